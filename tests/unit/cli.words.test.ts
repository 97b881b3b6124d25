// The CLI's words: a mistyped command recognised within two edits, and counts that agree with their nouns.
import { describe, expect, it } from "vitest";
import { summaryLine } from "../../src/cli/batch.js";
import { editDistance, mistypedCommand } from "../../src/cli/mistyped.js";
import { oversize } from "../../src/io/records.js";
import { plural } from "../../src/plural.js";

const COMMANDS = ["parse", "batch", "schema", "eval", "render", "convert", "help"];

describe("editDistance", () => {
  it.each([
    ["batch", "batch", 0],
    ["bacth", "batch", 1],
    ["btch", "batch", 1],
    ["batchx", "batch", 1],
    ["bathc", "batch", 1],
    ["evl", "eval", 1],
    ["rendr", "render", 1],
    ["baatchh", "batch", 2],
    ["", "eval", 4],
    ["article.txt", "parse", 9],
  ])("%s -> %s: %i", (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
    expect(editDistance(b, a)).toBe(edits);
  });
});

describe("mistypedCommand", () => {
  const none = () => false;
  it.each<[string, (path: string) => boolean, string | null]>([
    ["bacth", none, "batch"],
    ["shcema", none, "schema"],
    ["convret", none, "convert"],
    ["evals", none, "eval"],
    ["hepl", none, "help"],
    // an existing file of that name is an article to parse
    ["bacth", (path) => path === "bacth", null],
    ["batch", none, null],
    ["article.txt", none, null],
    ["xyzzy", none, null],
    ["-", none, null],
  ])("%s -> %s", (word, exists, meant) => {
    expect(mistypedCommand(word, COMMANDS, exists)).toBe(meant);
  });
});

describe("plural", () => {
  it.each<[number, string, string | undefined, string]>([
    [0, "error", undefined, "0 errors"],
    [1, "error", undefined, "1 error"],
    [2, "error", undefined, "2 errors"],
    [1, "document", undefined, "1 document"],
    [1234, "record", undefined, "1,234 records"],
    [1, "entry", "entries", "1 entry"],
    [3, "entry", "entries", "3 entries"],
  ])("%i %s -> %s", (count, singular, pluralForm, expected) => {
    expect(plural(count, singular, pluralForm)).toBe(expected);
  });
});

describe("batch: the summary line", () => {
  it.each([
    [{ records: 1, errors: 0, seconds: 0.5, resumed: 0 }, "newsparse: 1 record, 0 errors, 0.50 s\n"],
    [{ records: 3, errors: 1, seconds: 1.234, resumed: 0 }, "newsparse: 3 records, 1 error, 1.23 s\n"],
    [{ records: 2, errors: 2, seconds: 2, resumed: 1 }, "newsparse: 2 records, 2 errors, 2.00 s (after 1 already done)\n"],
  ])("%j -> %j", (summary, line) => {
    expect(summaryLine(summary)).toBe(line);
  });
});

describe("oversize messages", () => {
  it.each<[number | null, number, string]>([
    [2048, 1000, "big: is 2,048 bytes, over the limit of 1,000 bytes (raise it with --max-bytes)"],
    [2, 1, "big: is 2 bytes, over the limit of 1 byte (raise it with --max-bytes)"],
    [null, 1000, "big: is over the limit of 1,000 bytes (raise it with --max-bytes)"], // a gzip record not read to its end
  ])("%s bytes, limit %i", (bytes, limit, message) => {
    expect(oversize("big", bytes, limit)).toMatchObject({ kind: "failed", code: "oversize", message });
  });
});

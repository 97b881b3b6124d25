// gzip is recognised by its first bytes, whatever the name and wherever it comes from: a single article
// (`newsparse x.txt.gz`, gzip on stdin), NDJSON on `batch -`, a file named without `.gz`. A gzip that does
// not unpack is named as one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/schema.js";
import { runCli } from "../helpers/cli.js";

const ARTICLE = "Officials in Lyon said 40 people died on Monday.\n";
const RECORDS = [{ id: "g1", text: ARTICLE }, { id: "g2", text: "Talks in Geneva ended on Friday." }].map((r) => JSON.stringify(r) + "\n").join("");
const dir = mkdtempSync(join(tmpdir(), "newsparse-gzip-"));
const file = (name: string, bytes: Buffer) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
const placesOf = (stdout: string) => stdout.trim().split("\n").map((line) => {
  const record = JSON.parse(line) as Result & { error?: { code: string } };
  return [record.id, record.error?.code ?? record.places.map((p) => p.name).join(",")];
});

describe.concurrent("gzip by its magic bytes", () => {
  it.each<[string, string[], Buffer | undefined, Array<[string, string]>]>([
    ["an article file", [file("a.txt.gz", gzipSync(ARTICLE)), "--format", "ndjson"], undefined, [[join(dir, "a.txt.gz"), "Lyon"]]],
    ["an article on stdin", ["--format", "ndjson"], gzipSync(ARTICLE), [["stdin", "Lyon"]]],
    ["an article named .txt", [file("packed.txt", gzipSync(ARTICLE)), "--format", "ndjson"], undefined, [[join(dir, "packed.txt"), "Lyon"]]],
    ["NDJSON on batch -", ["batch", "-", "--quiet"], gzipSync(RECORDS), [["g1", "Lyon"], ["g2", "Geneva"]]],
    ["NDJSON named .ndjson", ["batch", file("packed.ndjson", gzipSync(RECORDS)), "--quiet"], undefined, [["g1", "Lyon"], ["g2", "Geneva"]]],
  ])("%s", async (_case, args, input, expected) => {
    const run = await runCli(args, input ? { input } : {});
    expect(run.code, run.stderr).toBe(0);
    expect(placesOf(run.stdout)).toEqual(expected);
  });

  it.each<[string, string[], number, RegExp]>([
    ["a cut-short gzip article: exit 3", [file("cut.txt.gz", gzipSync(ARTICLE).subarray(0, 20))], 3, /cut\.txt\.gz: starts as gzip but does not unpack \(Z_BUF_ERROR\)/],
    ["a corrupt gzip in a batch: an error record", ["batch", file("bad.txt", Buffer.from("\x1f\x8bgarbage", "latin1")), "--quiet"], 0, /^$/],
  ])("%s", async (_case, args, code, stderr) => {
    const run = await runCli(args);
    expect([run.code, run.stderr]).toEqual([code, expect.stringMatching(stderr)]);
    if (args[0] === "batch") expect(placesOf(run.stdout)).toEqual([[join(dir, "bad.txt"), "unreadable"]]);
  });
});

// io: runs of blank lines counted at once, and the cap on a stream's total bytes (a gzip's unpacked
// size), as [chunks, expected] rows; a number stands for a run of that many blank lines.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { lineRuns } from "../../src/io/lines.js";
import { readRecords } from "../../src/io/records.js";

const stream = (chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

async function runsOf(chunks: string[], maxTotal?: number): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  for await (const line of lineRuns(stream(chunks), Infinity, maxTotal)) {
    if ("blank" in line) out.push(line.blank);
    else if ("overTotal" in line) out.push(`over ${line.overTotal}`);
    else if ("tooLong" in line) out.push(`too long ${line.tooLong}`);
    else out.push(line.toString("utf8"));
  }
  return out;
}

describe("io: lineRuns", () => {
  it.each<[string[], Array<string | number>]>([
    [["a\n\n\nb\n"], ["a", 2, "b"]],
    [["\n\n\n"], [3]],
    [["\n\n", "\n\n"], [2, 2]],
    [["a\n", "\n\nb"], ["a", 2, "b"]],
    [["a", "\n\n"], ["a", 1]],
    [["a\r\n\r\nb\n"], ["a", "", "b"]],
  ])("%j -> %j", async (chunks, expected) => {
    expect(await runsOf(chunks)).toEqual(expected);
  });

  // the lines whole before the cap, then the cap; a line cut by it is not read
  it.each<[string[], number, Array<string | number>]>([
    [["ab\ncd\nef\n"], 6, ["ab", "cd", "over 6"]],
    [["ab\ncd\nef\n"], 5, ["ab", "over 5"]],
    [["ab\n", "\n\n\n\n", "cd\n"], 5, ["ab", 2, "over 5"]],
    [["ab\ncd\n"], 6, ["ab", "cd"]],
  ])("%j capped at %i bytes -> %j", async (chunks, maxTotal, expected) => {
    expect(await runsOf(chunks, maxTotal)).toEqual(expected);
  });
});

describe("io: readRecords after blank lines and past the cap", () => {
  it.each<[string[], number, Array<[string, string]>]>([
    [["\n\n\n{bad\n"], Infinity, [["in:4", "invalid_json"]]],
    [['{"id":"a","text":"x"}\n', "\n".repeat(100), '{"id":"b","text":"x"}\n'], Infinity, [["a", "record"], ["b", "record"]]],
    [['{"id":"a","text":"x"}\n', "\n".repeat(100), '{"id":"b","text":"x"}\n'], 50, [["a", "record"], ["in", "oversize"]]],
  ])("%j (cap %i) -> %j", async (chunks, maxTotal, expected) => {
    const items: Array<[string, string]> = [];
    for await (const item of readRecords(stream(chunks), "in", Infinity, maxTotal)) items.push([item.id, item.kind === "failed" ? item.code : item.kind]);
    expect(items).toEqual(expected);
  });
});

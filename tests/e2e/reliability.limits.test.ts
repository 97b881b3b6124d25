// Limits on what one input may cost, through the real CLI, at small sizes: --max-bytes for every
// command that reads articles, the unpacked size of a gzip input, the per-record clock of batch.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ndjson, scene as makeScene } from "../helpers/scene.js";

const ARTICLE = "Floodwater from the Danube reached Vienna on Friday morning, and two people were reported missing.\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-limits-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scene = (files: Record<string, string | Uint8Array>) => makeScene(dir, "limits", files);
const outcomes = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as { id: string; error?: { code: string; message: string } })
    .map((r) => [r.id, r.error?.code ?? "ok"]);

describe.concurrent("--max-bytes on every command that reads articles", () => {
  const big = "word ".repeat(400); // 2,000 bytes
  // [arguments, stdin or null, the line on stderr]
  it.each([
    [["parse", "big.txt", "--max-bytes", "1000"], null, /^newsparse: big\.txt: is 2,000 bytes, over the limit of 1,000 bytes \(raise it with --max-bytes\)\n$/],
    [["big.txt", "--max-bytes", "1000"], null, /big\.txt: is 2,000 bytes, over the limit of 1,000 bytes/],
    [["parse", "-", "--max-bytes", "1000"], big, /^newsparse: stdin: is over the limit of 1,000 bytes \(raise it with --max-bytes\)\n$/],
    [["render", "small.txt", "big.txt", "--max-bytes", "1000"], null, /big\.txt: is 2,000 bytes, over the limit of 1,000 bytes/],
  ])("newsparse %j: exit 3, one line naming the size and the limit", async (args, input, message) => {
    const run = await runCli(args, { cwd: scene({ "big.txt": big, "small.txt": ARTICLE }), ...(input === null ? {} : { input }) });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it.each([
    [["parse", "small.txt", "--max-bytes", "1000"]],
    [["render", "small.txt", "--max-bytes", "1000"]],
  ])("newsparse %j under the limit: exit 0", async (args) => {
    const run = await runCli(args, { cwd: scene({ "small.txt": ARTICLE }) });
    expect(run.code, run.stderr).toBe(0);
  });

  it.each([["parse"], ["render"], ["batch"]])("%s --help shows --max-bytes and its default", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.stdout.replace(/\s+/g, " ")).toMatch(/--max-bytes <n> refuse articles and NDJSON lines larger than this \(default 16777216\)/);
  });
});

describe.concurrent("batch: the unpacked size of a gzip input", () => {
  const records = ndjson({ id: "a", text: ARTICLE }, { id: "b", text: ARTICLE });
  const blank = "\n".repeat(2_000_000);
  const gz = (text: string) => gzipSync(Buffer.from(text));

  // [the gzip's text, flags, the records written]
  it.each([
    ["records, then 2 MB of blank lines, then a record", records + blank + ndjson({ id: "c", text: ARTICLE }), ["--max-unpacked-bytes", "1000000"], [["a", "ok"], ["b", "ok"], ["in.ndjson.gz", "oversize"]]],
    ["the same under a higher limit", records + blank + ndjson({ id: "c", text: ARTICLE }), ["--max-unpacked-bytes", "3000000"], [["a", "ok"], ["b", "ok"], ["c", "ok"]]],
    ["blank lines count as lines", blank + '{"id": broken\n', [], [["in.ndjson.gz:2000001", "invalid_json"]]],
  ])("%s", async (_name, text, flags, expected) => {
    const run = await runCli(["batch", "in.ndjson.gz", "--jobs", "1", "--quiet", ...flags], { cwd: scene({ "in.ndjson.gz": gz(text) }) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual(expected);
  });

  it("the oversize record names the limit and the flag that raises it", async () => {
    const run = await runCli(["batch", "in.ndjson.gz", "--jobs", "1", "--quiet", "--max-unpacked-bytes", "1000"], { cwd: scene({ "in.ndjson.gz": gz(records + blank) }) });
    expect(run.stdout).toMatch(/in\.ndjson\.gz: unpacks to more than 1,000 bytes; read up to line \d+ \(raise the limit with --max-unpacked-bytes\)/);
  });

  it("batch --help shows --max-unpacked-bytes and its default", async () => {
    const run = await runCli(["batch", "--help"]);
    expect(run.stdout.replace(/\s+/g, " ")).toMatch(/--max-unpacked-bytes <n> .*\(default 8589934592\)/);
  });
});

describe.concurrent("batch: the per-record clock", () => {
  it("--help shows the default of --timeout-ms and how to turn it off", async () => {
    const run = await runCli(["batch", "--help"]);
    expect(run.stdout.replace(/\s+/g, " ")).toMatch(/--timeout-ms <n> .*\(default 1800000; 0: no limit/);
  });

  // [flags, what each record becomes]
  it.each([
    [["--jobs", "2", "--timeout-ms", "1"], "timeout"],
    [["--jobs", "2", "--timeout-ms", "0"], "ok"],
    [["--jobs", "1", "--timeout-ms", "0"], "ok"],
  ])("batch %j: the long record is %s and the run goes on", async (flags, code) => {
    const long = { id: "long", text: ARTICLE.repeat(2000) };
    const run = await runCli(["batch", "in.ndjson", "--quiet", ...flags], { cwd: scene({ "in.ndjson": ndjson(long, { id: "after", text: "" }) }) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)[0]).toEqual(["long", code]);
    expect(outcomes(run.stdout).map(([id]) => id)).toEqual(["long", "after"]);
  });
});

// What newsparse writes, in process: an output that fails part way (a full disk) fails the run in
// one line with exit 74, plain or gzip; a stopped run stops waiting for a slow record; render's
// page names are unique; eval says how its predictions meet the gold.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { InputItem } from "../../src/batch/item.js";
import type { Mapped } from "../../src/batch/map.js";
import { mapInOrder, type Mapper } from "../../src/batch/ordered.js";
import { fileOut } from "../../src/batch/write.js";
import { runsInProcess } from "../../src/commands/batch.js";
import { pageNames } from "../../src/commands/render.js";
import { EXIT, NewsparseError } from "../../src/errors.js";
import { coverageNotes, type Predictions } from "../../src/eval/predictions.js";
import { runMain } from "../helpers/io.js";

/** A file on a disk that fills after `capacity` bytes: every later write fails with ENOSPC. */
function smallDisk(capacity: number, highWaterMark = 1024): Writable {
  let used = 0;
  return new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      used += chunk.length;
      setImmediate(() => done(used > capacity ? Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }) : undefined));
    },
  });
}

// random ids: gzip cannot shrink them, so the compressed stream reaches the disk during the run
const line = (k: number) => JSON.stringify({ id: `${k}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`, error: { code: "empty", message: "the article is empty" } }) + "\n";

async function writeUntilFailure(out: ReturnType<typeof fileOut>, lines: number): Promise<unknown> {
  try {
    for (let k = 0; k < lines; k += 1) await out.write(line(k));
    await out.close();
    return null;
  } catch (error) {
    return error;
  }
}

describe("outputs: a disk that fills fails the run with exit 74", () => {
  it.each([
    ["plain", false, 4096],
    ["gzip", true, 4096],
    ["gzip, full at once", true, 0],
    ["plain, full at once", false, 0],
  ])("%s", async (_name, gzip, capacity) => {
    const error = await writeUntilFailure(fileOut("--out o.ndjson", smallDisk(capacity), gzip), 20_000);
    expect(error).toBeInstanceOf(NewsparseError);
    expect((error as NewsparseError).exitCode).toBe(EXIT.ioError);
    expect((error as NewsparseError).message).toBe("--out o.ndjson: cannot write (no space left on device)");
  });

  it.each([
    [["schema"], "ENOSPC", "newsparse: stdout: cannot write (no space left on device)\n"],
    [["schema", "--gold"], "EIO", "newsparse: stdout: cannot write (input/output error)\n"],
    // commander writes these and returns: the failure is found when the command is done
    [["--version"], "ENOSPC", "newsparse: stdout: cannot write (no space left on device)\n"],
    [["--help"], "ENOSPC", "newsparse: stdout: cannot write (no space left on device)\n"],
  ])("%j to a stdout that fails with %s: one line, exit 74", async (args, code, stderr) => {
    const run = await runMain(args, { stdoutFailsLater: Object.assign(new Error(code), { code }) });
    expect([run.code, run.stderr]).toEqual([EXIT.ioError, stderr]);
  });
});

describe("outputs: an output that cannot be created is exit 74, before any record is read", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-outputs-"));
  const input = join(dir, "in.ndjson");
  writeFileSync(input, '{"id": "a", "text": ""}\n');
  it.each([
    [["--out", join(dir, "no/such/folder/out.ndjson")], `newsparse: --out ${join(dir, "no/such/folder/out.ndjson")}: cannot write (no such folder)\n`],
    [["--out", dir], `newsparse: --out ${dir}: cannot write (it is a folder)\n`],
    [["--stats", join(dir, "no/stats.json")], `newsparse: --stats ${join(dir, "no/stats.json")}: cannot write (no such folder)\n`],
  ])("batch in.ndjson %j", async (args, stderr) => {
    const run = await runMain(["batch", input, "--jobs", "1", ...args]);
    expect([run.code, run.stderr, run.stdout]).toEqual([EXIT.ioError, stderr, ""]);
  });
});

describe("outputs: a stop ends the run while a record is still being parsed", () => {
  it.each([[1], [3]])("%i records in flight, the head never done", async (window) => {
    const never: Mapper = { map: () => new Promise<Mapped>(() => {}), close: async () => {} };
    async function* items(): AsyncGenerator<InputItem> {
      for (let k = 0; k < 5; k += 1) yield { kind: "failed", id: `r${k}`, code: "empty", message: "the article is empty" };
    }
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 10);
    let written = 0;
    await mapInOrder(items(), never, window, async () => ((written += 1), true), stop.signal);
    expect(written).toBe(0);
  });
});

describe("outputs: render --out-dir names every page once", () => {
  it.each([
    [["c/a/x.txt", "c/b/x.txt", "c/x-2.txt"], ["x.html", "x-2.html", "x-2-2.html"]],
    [["a/x.txt", "b/x.txt", "c/x.txt"], ["x.html", "x-2.html", "x-3.html"]],
    [["X.txt", "x.txt"], ["X.html", "x-2.html"]],
    [["-", "stdin.txt"], ["stdin.html", "stdin-2.html"]],
    [["a.txt", "b.txt"], ["a.html", "b.html"]],
  ])("%j -> %j", (files, names) => {
    expect(pageNames(files)).toEqual(names);
  });
});

describe("outputs: eval says how its predictions meet the gold", () => {
  const result = (id: string) => ({ id }) as never;
  const predictions = (ids: string[], errorIds: string[] = []): Predictions => ({ byId: new Map(ids.map((id) => [id, result(id)])), errorIds });
  it.each([
    [predictions(["a", "b"]), ["a", "b"], 2, []],
    [predictions(["docs/a.txt", "docs/b.txt"]), ["a", "b"], 0, ['p.ndjson: 2 prediction ids match no gold document (the first: "docs/a.txt"); ids must be the gold documents\' ids', "p.ndjson: 2 gold documents have no prediction and are scored as empty"]],
    [predictions(["a"], ["b"]), ["a", "b"], 1, ["p.ndjson: 1 gold document has no prediction and is scored as empty", 'p.ndjson: 1 line is an error record (the first: "b")']],
    [predictions([], ["x"]), ["a"], 0, ['p.ndjson: 1 prediction id matches no gold document (the first: "x"); ids must be the gold documents\' ids', "p.ndjson: 1 gold document has no prediction and is scored as empty", 'p.ndjson: 1 line is an error record (the first: "x")']],
  ])("%#", (given, goldIds, matched, notes) => {
    expect(coverageNotes(given, goldIds, "p.ndjson")).toEqual({ matched, notes });
  });
});

describe("batch: where records run", () => {
  it.each<[string, number, number | undefined, number | undefined, boolean]>([
    // [case, jobs, clock in ms (undefined: --timeout-ms 0), --worker-memory-mb, on the main thread]
    ["--jobs 1 with the default clock", 1, 1_800_000, undefined, false],
    ["--jobs 1 --timeout-ms 0", 1, undefined, undefined, true],
    ["--jobs 1 --timeout-ms 0 --worker-memory-mb 256", 1, undefined, 256, false],
    ["--jobs 2 --timeout-ms 0", 2, undefined, undefined, false],
  ])("%s", (_case, jobs, timeoutMs, memory, inProcess) => {
    expect(runsInProcess(jobs, timeoutMs, memory)).toBe(inProcess);
  });
});

// batch --resume: a run killed at any moment (SIGKILL, Ctrl-C) and resumed writes the same file
// as one uninterrupted run: no duplicate, no gap, no torn line.
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cutTornLine } from "../../src/batch/resume.js";
import { BIN, runCli } from "../helpers/cli.js";

const CITIES = ["Lyon", "Porto", "Nairobi", "Vienna", "Quito", "Hanoi", "Tunis"];
const PEOPLE = ["Anne Martin", "Grace Otieno", "Tomas Silva", "Mei Chen", "Omar Haddad"];
const DAYS = ["Monday", "Tuesday", "Friday", "3 March 2019", "last week"];

/** Short articles, each a little different, so that the records are not all alike. */
function generated(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const city = CITIES[i % CITIES.length];
    const person = PEOPLE[i % PEOPLE.length];
    const day = DAYS[i % DAYS.length];
    const text = `The council of ${city} met on ${day}. "We will rebuild the bridge," said ${person}. About ${(i * 37) % 900} people attended, and ${i % 60} percent agreed.`;
    return JSON.stringify({ id: `g${i}`, text }) + "\n";
  }).join("");
}

const RECORDS = 300;
let dir: string;
let reference: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-resume-"));
  writeFileSync(join(dir, "in.ndjson"), generated(RECORDS));
  const run = await runCli(["batch", "in.ndjson", "--quiet", "--out", "reference.ndjson"], { cwd: dir });
  if (run.code !== 0) throw new Error(run.stderr);
  reference = readFileSync(join(dir, "reference.ndjson"), "utf8");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lineCount = (path: string) => {
  try {
    return readFileSync(path, "utf8").split("\n").length - 1;
  } catch {
    return 0;
  }
};

/** Starts a batch into `out`, and sends `signal` once `out` holds `after` lines; resolves with how it ended. */
function interrupt(out: string, signal: NodeJS.Signals, after: number): Promise<{ signal: NodeJS.Signals | null; linesAtKill: number }> {
  const child = spawn(process.execPath, [BIN, "batch", "in.ndjson", "--quiet", "--out", out], { cwd: dir, stdio: "ignore" });
  return new Promise((resolve, reject) => {
    let linesAtKill = -1;
    const poll = setInterval(() => {
      const seen = lineCount(join(dir, out));
      if (seen < after) return;
      clearInterval(poll);
      linesAtKill = seen;
      child.kill(signal);
    }, 10);
    child.on("error", reject);
    child.on("close", (_code, ended) => {
      clearInterval(poll);
      resolve({ signal: ended, linesAtKill });
    });
  });
}

describe("batch --resume after a kill", { timeout: 180_000 }, () => {
  it.each([
    ["SIGKILL", "SIGKILL" as const, ""],
    ["SIGKILL, and a torn last line", "SIGKILL" as const, '{"id":"g9999","meta":{"da'],
    ["Ctrl-C (SIGINT)", "SIGINT" as const, ""],
  ])("%s: the resumed file equals one uninterrupted run", async (label, signal, torn) => {
    const out = `out-${label.replace(/\W+/g, "-")}.ndjson`;
    const killed = await interrupt(out, signal, 20);
    // the run was still going when it was stopped, so there is something left to resume
    expect(killed.signal).toBe(signal);
    expect(killed.linesAtKill).toBeLessThan(RECORDS);
    const written = readFileSync(join(dir, out), "utf8");
    if (signal === "SIGINT") {
      // Ctrl-C ends cleanly: whole lines, each a record, the first records of the input in order
      expect(written.endsWith("\n")).toBe(true);
      const ids = written.split("\n").slice(0, -1).map((line) => JSON.parse(line).id);
      expect(ids).toEqual(ids.map((_, i) => `g${i}`));
    }
    appendFileSync(join(dir, out), torn);

    const resumed = await runCli(["batch", "in.ndjson", "--out", out, "--resume"], { cwd: dir });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/^newsparse: \d+ records, 0 errors, \d+\.\d\d s \(after \d+ already done\)\n$/);
    expect(readFileSync(join(dir, out), "utf8")).toBe(reference);
  });
});

describe.concurrent("batch --resume: what it refuses", () => {
  it.each([
    ["a file that starts with another record", '{"id":"other","error":{"code":"empty","message":"x"}}\n', /line 1 of out\.ndjson is record "other" but input record 1 is "g0"/],
    // LINES: the reference run's lines and one more (the rows are made before the reference run)
    ["a file with more records than the inputs", "LINES", /holds more records than the inputs \(300\)/],
    ["a line that is not a record", "not json\n", /line 1 of out\.ndjson is not a record written by batch/],
  ])("%s: usage error, the file untouched", async (_label, content, message) => {
    const root = mkdtempSync(join(dir, "refuse-"));
    writeFileSync(join(root, "in.ndjson"), generated(RECORDS));
    const before = content === "LINES" ? reference + reference.split("\n")[0] + "\n" : content;
    writeFileSync(join(root, "out.ndjson"), before);
    const run = await runCli(["batch", "in.ndjson", "--out", "out.ndjson", "--resume"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(root, "out.ndjson"), "utf8")).toBe(before);
  });

  it("--resume with no file yet is a fresh run", async () => {
    const root = mkdtempSync(join(dir, "fresh-"));
    writeFileSync(join(root, "in.ndjson"), generated(RECORDS));
    const run = await runCli(["batch", "in.ndjson", "--quiet", "--out", "out.ndjson", "--resume"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(root, "out.ndjson"), "utf8")).toBe(reference);
  });
});

describe("cutTornLine", () => {
  it.each([
    ["a\nb\nc", "a\nb\n"],
    ["a\nb\n", "a\nb\n"],
    ["torn", ""],
    ["", ""],
    [`${"x".repeat(100_000)}\n${"y".repeat(200_000)}`, `${"x".repeat(100_000)}\n`],
  ])("%j -> %j", async (content, expected) => {
    const path = join(mkdtempSync(join(dir, "cut-")), "out.ndjson");
    writeFileSync(path, content);
    expect(await cutTornLine(path)).toBe(Buffer.byteLength(expected));
    expect(readFileSync(path, "utf8")).toBe(expected);
  });
});

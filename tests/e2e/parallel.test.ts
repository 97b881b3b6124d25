// `batch -` is a line-for-line mapper, so GNU parallel (like Hadoop Streaming or Spark's
// RDD.pipe) can split the NDJSON across processes: nothing lost, duplicated or changed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runShell } from "../helpers/cli.js";

const hasParallel = spawnSync("parallel", ["--version"]).status === 0;

const CITIES = ["Lyon", "Porto", "Nairobi", "Vienna", "Quito", "Hanoi", "Tunis", "Oslo"];
const PEOPLE = ["Anne Martin", "Grace Otieno", "Tomas Silva", "Mei Chen", "Omar Haddad"];
const RECORDS = 3000;

// short articles, each different; every 250th record is bad, so error records travel too. Every
// record has an id: one without is named <source>:<line>, and a piece of the input counts its own lines
function generated(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    if (i % 250 === 249) return JSON.stringify(i % 500 === 499 ? { id: `r${i}` } : { id: `r${i}`, text: i }) + "\n";
    const text = `${PEOPLE[i % PEOPLE.length]} arrived in ${CITIES[i % CITIES.length]} on ${1 + (i % 28)} March 2019. "It is ${i} days," she said; ${(i * 13) % 1000} people waited.`;
    return JSON.stringify({ id: `r${i}`, text }) + "\n";
  }).join("");
}

let dir: string;
let single: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-parallel-"));
  writeFileSync(join(dir, "in.ndjson"), generated(RECORDS));
  if (!hasParallel) return;
  const run = await runCli(["batch", "-", "--quiet"], { cwd: dir, input: readFileSync(join(dir, "in.ndjson")) });
  if (run.code !== 0) throw new Error(run.stderr);
  single = run.stdout;
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byId = (ndjson: string) =>
  ndjson
    .split("\n")
    .filter((line) => line !== "")
    .sort((a, b) => {
      const [x, y] = [JSON.parse(a).id as string, JSON.parse(b).id as string];
      return x < y ? -1 : x > y ? 1 : 0;
    });

const needs = hasParallel ? "" : " (skipped: needs GNU parallel, apt-get install parallel)";

describe("GNU parallel --pipe over `batch -`", { timeout: 300_000 }, () => {
  // each piece is its own process with one thread: parallel supplies the parallelism
  const mapper = `"$NEWSPARSE" batch - --quiet --jobs 1`;

  it.skipIf(!hasParallel)(`--keep-order: the same lines as one process, line for line${needs}`, async () => {
    const run = await runShell(`parallel --will-cite --pipe -N 500 --keep-order ${mapper} < in.ndjson`, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")).toHaveLength(RECORDS + 1);
    expect(run.stdout).toBe(single);
  });

  it.skipIf(!hasParallel)(`unordered: the same lines as one process once sorted by id, none lost or twice${needs}`, async () => {
    const run = await runShell(`parallel --will-cite --pipe -N 500 ${mapper} < in.ndjson`, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const ids = byId(run.stdout).map((line) => JSON.parse(line).id as string);
    expect(new Set(ids).size).toBe(RECORDS);
    expect(byId(run.stdout)).toEqual(byId(single));
  });

});

// batch --jobs N and friends, through the real CLI: worker threads keep input order and lose
// nothing; gzip, patterns, --max-bytes, --timeout-ms, --worker-memory-mb, --stats, a closed pipe.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { globRegExp } from "../../src/batch/glob.js";
import { OutputRecordSchema, type OutputRecord } from "../../src/schema.js";
import { runCli, runShell } from "../helpers/cli.js";
import { ndjson, scene as makeScene } from "../helpers/scene.js";

const ARTICLES = [
  'The city council of Lyon voted on Tuesday to close the old bridge. "We have no choice," said Mayor Anne Martin.',
  "A storm struck the coast of Portugal on 3 March 2019, cutting power to 20,000 homes in Porto.",
  "Delegates from Kenya and Uganda met in Nairobi for three days. The Kenyan foreign minister, Grace Otieno, spoke.",
  "Floodwater from the Danube reached Vienna on Friday morning, and two people were reported missing.",
];
const article = (i: number) => ARTICLES[i % ARTICLES.length] ?? "";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-workers-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scene = (name: string, files: Record<string, string | Uint8Array>) => makeScene(dir, name, files);
const lines = (stdout: string): OutputRecord[] =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => OutputRecordSchema.parse(JSON.parse(line)));
const outcome = (record: OutputRecord) => ("error" in record ? record.error.code : "ok");
const outcomes = (stdout: string) => lines(stdout).map((r) => [r.id, outcome(r)]);

describe.concurrent("batch --jobs: order and completeness", () => {
  // every fifth record is bad, in a different way each time: line n -> [the line, the id it is written under, code]
  const bad: Array<(n: number) => [string, string, string]> = [
    (n) => [`{"id": "broken-${n}", "text": `, `in.ndjson:${n}`, "invalid_json"],
    (n) => [JSON.stringify({ id: `no-text-${n}` }), `no-text-${n}`, "invalid_record"],
    (n) => [JSON.stringify({ id: `number-${n}`, text: 42 }), `number-${n}`, "invalid_record"],
    (n) => [JSON.stringify({ id: `nul-${n}`, text: "one\u0000two" }), `nul-${n}`, "binary"],
    // over --max-bytes below: its id is in the bytes that are dropped unread
    (n) => [JSON.stringify({ id: `big-${n}`, text: "word ".repeat(400) }), `in.ndjson:${n}`, "oversize"],
  ];
  const records: string[] = [];
  const expected: Array<[string, string]> = [];
  for (let n = 1; n <= 60; n += 1) {
    const [line, id, code] = n % 5 === 0 ? (bad[(n / 5) % bad.length]?.(n) ?? ["", "", ""]) : [JSON.stringify({ id: `r${n}`, text: article(n) }), `r${n}`, "ok"];
    records.push(line);
    expected.push([id, code]);
  }
  const input = ndjson(...records);
  // the bad `big` record is 2,000 bytes of text; the good ones are far under 1,000
  const flags = ["--max-bytes", "1000", "--quiet"];

  it.each([["--jobs 1", ["--jobs", "1"]], ["--jobs 2", ["--jobs", "2"]], ["--jobs 3", ["--jobs", "3"]]])("%s writes one line per record, in order", async (_label, jobs) => {
    const run = await runCli(["batch", "in.ndjson", ...jobs, ...flags], { cwd: scene("order", { "in.ndjson": input }) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual(expected);
  });

  it("--jobs 2 writes exactly what --jobs 1 writes", async () => {
    const root = scene("same", { "in.ndjson": input });
    const [one, two] = await Promise.all([runCli(["batch", "in.ndjson", "--jobs", "1", ...flags], { cwd: root }), runCli(["batch", "in.ndjson", "--jobs", "2", ...flags], { cwd: root })]);
    expect(two.stdout).toBe(one.stdout);
  });
});

// one at a time: the clock of --timeout-ms runs on a loaded machine too
describe("batch: records a worker cannot finish", { timeout: 120_000 }, () => {
  const small = (id: string) => ({ id, text: article(0) });
  // a long article: seconds of work, and far more memory than a short one
  const long = (id: string, copies: number) => ({ id, text: Array.from({ length: copies }, (_, i) => article(i)).join("\n\n") });

  it("--timeout-ms: the slow record becomes a timeout record and a new worker takes the next", async () => {
    const root = scene("timeout", { "in.ndjson": ndjson(small("before"), long("slow", 20000), small("after")) });
    const run = await runCli(["batch", "in.ndjson", "--jobs", "1", "--timeout-ms", "3000"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual([
      ["before", "ok"],
      ["slow", "timeout"],
      ["after", "ok"],
    ]);
  });

  it("--timeout-ms 1: every record is written, ok or timeout, and the long one times out", async () => {
    const root = scene("timeout-1", { "in.ndjson": ndjson(small("a"), long("slow", 20000), small("b"), small("c")) });
    const run = await runCli(["batch", "in.ndjson", "--jobs", "2", "--timeout-ms", "1"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const seen = outcomes(run.stdout);
    expect(seen.map(([id]) => id)).toEqual(["a", "slow", "b", "c"]);
    expect(seen[1]).toEqual(["slow", "timeout"]);
    expect(seen.filter(([, code]) => code !== "ok" && code !== "timeout")).toEqual([]);
  });

  it("--worker-memory-mb: the record that exhausts its worker becomes a worker_crash record and the batch goes on", async () => {
    const root = scene("crash", { "in.ndjson": ndjson(small("before"), long("huge", 20000), small("after")) });
    const run = await runCli(["batch", "in.ndjson", "--jobs", "1", "--worker-memory-mb", "48"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual([
      ["before", "ok"],
      ["huge", "worker_crash"],
      ["after", "ok"],
    ]);
    expect(lines(run.stdout)[1]).toMatchObject({ error: { message: expect.stringMatching(/memory/) } });
  });

  it("--worker-memory-mb too small for a worker to start is a usage error", async () => {
    const run = await runCli(["batch", "in.ndjson", "--worker-memory-mb", "1"], { cwd: scene("no-start", { "in.ndjson": ndjson(small("a")) }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not start with --worker-memory-mb 1 .*raise it/);
  });

  it.each([
    [".txt file", { "big.txt": "word ".repeat(300), "ok.txt": article(1) }, ["big.txt", "ok.txt"], [["big.txt", "oversize"], ["ok.txt", "ok"]]],
    [".txt.gz that unpacks past the limit", { "big.txt.gz": gzipSync("word ".repeat(300)), "ok.txt": article(1) }, ["big.txt.gz", "ok.txt"], [["big.txt.gz", "oversize"], ["ok.txt", "ok"]]],
    ["NDJSON line (named by its line: its id is in the dropped bytes)", { "in.ndjson": ndjson(small("a"), { id: "big", text: "word ".repeat(300) }, small("c")) }, ["in.ndjson"], [["a", "ok"], ["in.ndjson:2", "oversize"], ["c", "ok"]]],
  ])("--max-bytes 1000: an oversize %s", async (_label, files, args, expected) => {
    const run = await runCli(["batch", ...args, "--max-bytes", "1000"], { cwd: scene("oversize", files) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual(expected);
  });

});

describe.concurrent("batch: gzip and patterns", () => {
  const records = ndjson(...ARTICLES.map((text, i) => ({ id: `g${i}`, text })));
  const files = {
    "in.ndjson": records,
    "in.ndjson.gz": gzipSync(records),
    "in.jsonl.gz": gzipSync(records),
    "arts/a.txt": ARTICLES[0] ?? "",
    "arts/b.txt.gz": gzipSync(ARTICLES[1] ?? ""),
    "arts/2019/c.txt": ARTICLES[2] ?? "",
    "arts/2019/d.md": "not an article",
    "corrupt.ndjson.gz": Buffer.concat([gzipSync(records).subarray(0, 40)]),
    "broken.txt.gz": Buffer.from("not gzip at all"),
  };

  it.each([
    ["a gzip NDJSON reads as the plain one", ["in.ndjson.gz"], ["g0", "g1", "g2", "g3"]],
    ["so does a gzip .jsonl", ["in.jsonl.gz"], ["g0", "g1", "g2", "g3"]],
    ["a folder reads .txt and .txt.gz, sorted, depth first", ["arts"], ["arts/2019/c.txt", "arts/a.txt", "arts/b.txt.gz"]],
    ["a ** pattern names what the folder holds", ["arts/**/*.txt*"], ["arts/2019/c.txt", "arts/a.txt", "arts/b.txt.gz"]],
    ["a * pattern stays in its folder", ["arts/*.txt"], ["arts/a.txt"]],
    // gzip is told by its first bytes, not its name: a `.txt.gz` of plain text is read as text
    ["a .txt.gz that is not gzip is read as it is", ["broken.txt.gz"], ["broken.txt.gz"]],
    ["a {a,b} pattern", ["in.{ndjson,jsonl}.gz"], ["g0", "g1", "g2", "g3", "g0", "g1", "g2", "g3"]],
  ])("%s", async (_label, args, ids) => {
    const run = await runCli(["batch", ...args], { cwd: scene("gz", files) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual(ids.map((id) => [id, "ok"]));
  });

  it.each([
    ["a pattern that matches nothing", ["nothing/**/*.txt"], [["nothing/**/*.txt", "not_found"]]],
    ["a corrupt gzip NDJSON: the records before the damage stand", ["corrupt.ndjson.gz"], [["corrupt.ndjson.gz", "unreadable"]]],
  ])("%s becomes an error record", async (_label, args, expected) => {
    const run = await runCli(["batch", ...args], { cwd: scene("gz-bad", files) });
    expect(run.code, run.stderr).toBe(0);
    expect(outcomes(run.stdout)).toEqual(expected);
  });

  it("--out FILE.gz writes the same lines, gzipped", async () => {
    const root = scene("gz-out", files);
    const plain = await runCli(["batch", "in.ndjson", "--quiet"], { cwd: root });
    const zipped = await runCli(["batch", "in.ndjson", "--quiet", "--out", "out.ndjson.gz"], { cwd: root });
    expect(zipped.code, zipped.stderr).toBe(0);
    expect(gunzipSync(readFileSync(join(root, "out.ndjson.gz"))).toString("utf8")).toBe(plain.stdout);
  });

  // [pattern, path, matches]
  it.each([
    ["arts/*.txt", "arts/a.txt", true],
    ["arts/*.txt", "arts/2019/c.txt", false],
    ["arts/**/*.txt", "arts/a.txt", true],
    ["arts/**/*.txt", "arts/2019/05/c.txt", true],
    ["arts/**", "arts/2019/c.txt", true],
    ["a?c.txt", "abc.txt", true],
    ["a?c.txt", "a/c.txt", false],
    ["[ab].txt", "b.txt", true],
    ["[!ab].txt", "b.txt", false],
    ["*.{txt,md}", "x.md", true],
    ["*.{txt,md}", "x.json", false],
    ["a.(b)+.txt", "a.(b)+.txt", true],
    ["{unclosed", "{unclosed", true],
  ])("glob %s matches %s: %s", (pattern, path, matches) => {
    expect(globRegExp(pattern).test(path)).toBe(matches);
  });
});

describe.concurrent("batch: figures and pipes", () => {
  it("--stats FILE writes the run's figures", async () => {
    const root = scene("stats", { "in.ndjson": ndjson({ id: "a", text: article(0) }, { id: "b" }, "nope", { id: "d", text: article(1) }) });
    const run = await runCli(["batch", "in.ndjson", "--stats", "stats.json", "--jobs", "2"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const stats = JSON.parse(readFileSync(join(root, "stats.json"), "utf8"));
    expect(stats).toMatchObject({ records: 4, errors: { total: 2, byCode: { invalid_record: 1, invalid_json: 1 } }, jobs: 2, resumed: 0, interrupted: false });
    expect(stats.seconds).toBeGreaterThan(0);
    expect(stats.recordsPerSecond).toBeGreaterThan(0);
    expect(stats.peakRssMb).toBeGreaterThan(10);
  });

  it("`batch - --jobs 2 | head -1` ends quietly", async () => {
    const run = await runShell(`for i in $(seq 2000); do echo '{"id": "r'$i'", "text": "The council of Lyon met on Tuesday."}'; done | "$NEWSPARSE" batch - --jobs 2 | head -1; echo "exit \${PIPESTATUS[-2]}"`);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([expect.stringMatching(/^\{"id":"r1",/), "exit 0"]);
  });

  it("writes nothing on stderr but the summary when stderr is not a terminal", async () => {
    const run = await runCli(["batch", "-", "--jobs", "2"], { input: ndjson({ id: "a", text: article(0) }) });
    expect(run.stderr).toMatch(/^newsparse: 1 record, 0 errors, \d+\.\d\d s\n$/);
  });
});

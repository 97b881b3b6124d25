// `npm run bench`: throughput of the whole pipeline and of its stages, against the compromise glue
// baseline on the same input; batch with --jobs 1 and 2; peak memory from 1,000 to 100,000 records;
// inputs that could make the work superlinear; model load time; the wall time of one short article
// in a fresh process. Speed is measured here, never in a timed test.
// BENCH_ARTICLES (default 1000) sizes the corpus, BENCH_MEMORY_RECORDS (default 100000) the long run;
// BENCH_ONLY=hostile or BENCH_ONLY=soak runs one part alone.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cpus } from "node:os";
// the built library, as shipped: the package's own entry (dist/bundle/index.js, scripts/bundle.ts);
// tsx would wrap every function of src/ in helpers of its own
import { parseArticle } from "newsparse";
import { benchCorpus, type Article } from "./bench/corpus.js";
import { hostileTable } from "./bench/hostile.js";
import { soak } from "./bench/soak.js";
import { SHARED } from "./shared.js";

const ROOT = join(import.meta.dirname, "..");
const MIN_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const cli = join(ROOT, "bin", "newsparse");

const only = process.env.BENCH_ONLY;
if (only === "hostile") hostileTable(cli);
if (only === "soak") await soak(cli);
if (only !== undefined) process.exit(0);

const { articles, sources } = benchCorpus(ROOT, SHARED, MIN_ARTICLES);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const kb = bytes / 1024;
console.log(`newsparse bench on ${cpus().length} cores (${cpus()[0]?.model ?? "cpu"}), node ${process.version}`);
console.log(`corpus: ${articles.length} articles, ${(kb / 1024).toFixed(2)} MB, ${(kb / articles.length).toFixed(2)} KB per article (${sources.join(", ")})`);

function run(label: string, work: (a: Article) => void, list: Article[]): number {
  const warm = list.slice(0, Math.min(50, list.length));
  for (const a of warm) work(a);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const a of list) work(a);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const listKb = list.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024;
  // above 1: V8's compiler and garbage-collector threads worked beside the one running the articles
  const share = (user + system) / 1e6 / seconds;
  console.log(`${label.padEnd(34)} ${(list.length / seconds).toFixed(1).padStart(8)} articles/s ${(listKb / seconds).toFixed(1).padStart(9)} KB/s  (process CPU time / wall time ${share.toFixed(2)})`);
  return listKb / seconds;
}

const stages = new Map<string, number>();
const newsparse = run(
  "newsparse parse (jobs 1)",
  (a) => parseArticle(a.text, { id: a.id, date: a.date }, (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms)),
  articles,
);
// the warm-up run added to the stage sums too: scale to the measured articles only
const total = [...stages.values()].reduce((a, b) => a + b, 0);
console.log("stages (share of pipeline time, ms per article):");
const stageWidth = Math.max(...[...stages.keys()].map((stage) => stage.length));
for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(stageWidth)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / (articles.length + Math.min(50, articles.length))).toFixed(3)} ms`);
const entityStages = ["read", "analyse", "extractCredits", "extractEntities", "resolveOverlaps", "mergeAliases"];
const entityMs = entityStages.reduce((n, s) => n + (stages.get(s) ?? 0), 0);
const measuredKb = kb * ((articles.length + Math.min(50, articles.length)) / articles.length);
console.log(`analysis + entities: ${(measuredKb / 1024 / (entityMs / 1000)).toFixed(2)} MB/s per core`);

// the baseline runs in its own process (see baseline.ts), on the same articles, warmed up the same way
const glue = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "bench", "baseline.ts")], { encoding: "utf8", env: process.env });
if (glue.status !== 0) throw new Error(`baseline failed: ${glue.stderr}`);
const measured = JSON.parse(glue.stdout) as { articles: number; seconds: number; kb: number; cpuSeconds: number };
const baseline = measured.kb / measured.seconds;
console.log(
  `${"compromise glue baseline (jobs 1)".padEnd(34)} ${(measured.articles / measured.seconds).toFixed(1).padStart(8)} articles/s ${baseline.toFixed(1).padStart(9)} KB/s  (process CPU time / wall time ${(measured.cpuSeconds / measured.seconds).toFixed(2)})`,
);
console.log(`newsparse / baseline: ${(newsparse / baseline).toFixed(2)}x`);
console.log(`peak memory (RSS) of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const short = join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt");
const walls: number[] = [];
for (let k = 0; k < 5; k++) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, short, "--format", "json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
  walls.push(performance.now() - started);
}
walls.sort((a, b) => a - b);
console.log(`one short article in a fresh process (./bin/newsparse FILE): ${walls[2]!.toFixed(0)} ms median of 5 (${walls.map((w) => w.toFixed(0)).join(", ")})`);

// ---- batch: --jobs 1 against --jobs 2, on the same records, through the real CLI ----
const tmp = mkdtempSync(join(tmpdir(), "newsparse-bench-"));
function records(n: number): string {
  const file = join(tmp, `records-${n}.ndjson`);
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const a = articles[k % articles.length]!;
    lines.push(JSON.stringify({ id: `r${k}`, text: a.text, ...(a.date ? { date: a.date } : {}) }));
  }
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}
interface Stats {
  records: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMb: number;
}
function batch(file: string, jobs: number): Stats {
  const stats = join(tmp, `stats-${jobs}.json`);
  const r = spawnSync(process.execPath, [cli, "batch", file, "--jobs", String(jobs), "--quiet", "--out", "/dev/null", "--stats", stats], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`batch failed: ${r.stderr}`);
  return JSON.parse(readFileSync(stats, "utf8")) as Stats;
}
// a larger run than the corpus, so that the workers' start-up (about a second each) weighs as little
// as it does on an archive
const batchRecords = Math.max(articles.length, Number(process.env.BENCH_BATCH_RECORDS ?? 10000));
const batchFile = records(batchRecords);
const one = batch(batchFile, 1);
const two = batch(batchFile, 2);
const kbPerRecord = kb / articles.length;
console.log(`batch of ${batchRecords} records (the corpus repeated):`);
console.log(`batch --jobs 1: ${one.recordsPerSecond.toFixed(1)} records/s, ${(one.recordsPerSecond * kbPerRecord).toFixed(1)} KB/s, peak ${one.peakRssMb.toFixed(0)} MB`);
console.log(`batch --jobs 2: ${two.recordsPerSecond.toFixed(1)} records/s, ${(two.recordsPerSecond * kbPerRecord).toFixed(1)} KB/s, peak ${two.peakRssMb.toFixed(0)} MB (${(two.recordsPerSecond / one.recordsPerSecond).toFixed(2)}x --jobs 1)`);
console.log(`batch --jobs 1 / compromise glue baseline: ${((one.recordsPerSecond * kbPerRecord) / baseline).toFixed(2)}x`);

const longRun = Number(process.env.BENCH_MEMORY_RECORDS ?? 100000);
for (const n of [1000, longRun]) {
  const s = batch(records(n), 2);
  console.log(`peak memory, batch --jobs 2, ${n} records: ${s.peakRssMb.toFixed(0)} MB (${s.recordsPerSecond.toFixed(1)} records/s)`);
}

hostileTable(cli);
await soak(cli);

// ---- model load, in a fresh process: reading and decoding models/*.bin (the module from src/, through tsx) ----
const load = spawnSync(
  process.execPath,
  ["--import", "tsx", "-e", `const t=performance.now(); import(${JSON.stringify(pathToFileURL(join(ROOT, "src", "tagger", "models.ts")).href)}).then(m=>{const s=performance.now(); m.posModel(); m.nameModel(); console.log(JSON.stringify({importMs:s-t, loadMs:performance.now()-s}))})`],
  { encoding: "utf8" },
);
if (load.status !== 0) throw new Error(`model load failed: ${load.stderr}`);
const loadTimes = JSON.parse(load.stdout) as { importMs: number; loadMs: number };
console.log(`models (pos.bin, names.bin, names-article.bin): loaded in ${loadTimes.loadMs.toFixed(0)} ms (module import ${loadTimes.importMs.toFixed(0)} ms)`);

// `npm run bench`: throughput of the whole pipeline and of its stages, against the compromise glue
// baseline on the same input, peak memory, and the wall time of one short article in a fresh process.
// Speed is measured here, never in a timed test.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cpus } from "node:os";
import { parseArticle } from "../src/index.js";
import { benchCorpus, type Article } from "./bench/corpus.js";

const ROOT = join(import.meta.dirname, "..");
const SHARED = process.env.NEWSPARSE_SHARED ?? join(ROOT, "..", "shared");
const MIN_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);

const { articles, sources } = benchCorpus(ROOT, SHARED, MIN_ARTICLES);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const kb = bytes / 1024;
console.log(`newsparse bench on ${cpus().length} cores (${cpus()[0]?.model ?? "cpu"}), node ${process.version}`);
console.log(`corpus: ${articles.length} articles, ${(kb / 1024).toFixed(2)} MB, ${(kb / articles.length).toFixed(2)} KB per article (${sources.join(", ")})`);

function run(label: string, work: (a: Article) => void, list: Article[]): number {
  const warm = list.slice(0, Math.min(50, list.length));
  for (const a of warm) work(a);
  const started = performance.now();
  for (const a of list) work(a);
  const seconds = (performance.now() - started) / 1000;
  const listKb = list.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024;
  console.log(`${label.padEnd(34)} ${(list.length / seconds).toFixed(1).padStart(8)} articles/s ${(listKb / seconds).toFixed(1).padStart(9)} KB/s`);
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
for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(18)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / (articles.length + Math.min(50, articles.length))).toFixed(3)} ms`);
const entityStages = ["readAndAnalyse", "extractCredits", "extractEntities", "resolveOverlaps", "mergeAliases"];
const entityMs = entityStages.reduce((n, s) => n + (stages.get(s) ?? 0), 0);
const measuredKb = kb * ((articles.length + Math.min(50, articles.length)) / articles.length);
console.log(`analysis + entities: ${(measuredKb / 1024 / (entityMs / 1000)).toFixed(2)} MB/s per core`);

// the baseline runs in its own process (see baseline.ts), on the same articles, warmed up the same way
const glue = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "bench", "baseline.ts")], { encoding: "utf8", env: process.env });
if (glue.status !== 0) throw new Error(`baseline failed: ${glue.stderr}`);
const measured = JSON.parse(glue.stdout) as { articles: number; seconds: number; kb: number };
const baseline = measured.kb / measured.seconds;
console.log(`${"compromise glue baseline (jobs 1)".padEnd(34)} ${(measured.articles / measured.seconds).toFixed(1).padStart(8)} articles/s ${baseline.toFixed(1).padStart(9)} KB/s`);
console.log(`newsparse / baseline: ${(newsparse / baseline).toFixed(2)}x`);
console.log(`peak memory (RSS) of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const cli = join(ROOT, "bin", "newsparse");
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

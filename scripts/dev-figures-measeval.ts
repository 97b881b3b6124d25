// Dev check of the figures extractor against MeasEval: each paragraph is converted as
// `newsparse convert --from measeval` does, run through parseArticle, and scored as
// `newsparse eval` scores figures (overlap P/R/F1, unit accuracy on overlapping pairs).
//   npx tsx scripts/dev-figures-measeval.ts [dir] [--misses]   (dir: ../shared/data/measeval/train)
// Develop on train only: trial is the held-out set.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { convertMeasevalDocument } from "../src/convert/measeval.js";
import { matchOneToOne, overlapStrength } from "../src/eval/match.js";
import { scoreDocument } from "../src/eval/score.js";
import { canonicalUnit } from "../src/lexicon/units.js";
import { parseArticle } from "../src/pipeline/run.js";
import { SHARED } from "./shared.js";

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith("--")) ?? join(SHARED, "data", "measeval", "train");
const showMisses = args.includes("--misses");

// the converter reads text/ or txt/
const textDir = [join(dir, "text"), join(dir, "txt")].find((candidate) => existsSync(candidate)) ?? join(dir, "text");

const totals = { gold: 0, predicted: 0, matched: 0, exact: 0, unitRight: 0 };
for (const file of readdirSync(join(dir, "tsv")).filter((name) => name.endsWith(".tsv")).sort()) {
  const id = basename(file, ".tsv");
  const text = readFileSync(join(textDir, `${id}.txt`), "utf8");
  const gold = convertMeasevalDocument(id, text, readFileSync(join(dir, "tsv", file), "utf8"));
  const pred = parseArticle(text, { id, date: null });
  const score = scoreDocument(gold, text, pred).figures!;
  totals.gold += score.overlap.tp + score.overlap.fn;
  totals.predicted += score.overlap.tp + score.overlap.fp;
  totals.matched += score.overlap.tp;
  totals.exact += score.exact.tp;
  totals.unitRight += score.unit.correct;
  if (!showMisses) continue;
  const g = gold.figures ?? [];
  const p = pred.figures;
  const pairs = matchOneToOne(g, p, overlapStrength);
  const context = (start: number, end: number) => JSON.stringify(text.slice(Math.max(0, start - 30), end + 30));
  for (const [i, j] of pairs) {
    const [gu, pu] = [canonicalUnit(g[i]!.unit), canonicalUnit(p[j]!.unit)];
    if (gu !== pu) console.log(`UNIT ${id}\t${JSON.stringify(g[i]!.text)} ${gu} <> ${JSON.stringify(p[j]!.text)} ${pu}`);
  }
  const goldMatched = new Set(pairs.map(([i]) => i));
  const predMatched = new Set(pairs.map(([, j]) => j));
  g.forEach((f, i) => goldMatched.has(i) || console.log(`MISS ${id}\t${JSON.stringify(f.text)} ${f.unit}\t${context(f.start, f.end)}`));
  p.forEach((f, j) => predMatched.has(j) || console.log(`EXTRA ${id}\t${f.kind} ${JSON.stringify(f.text)} ${f.unit}\t${context(f.start, f.end)}`));
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const precision = ratio(totals.matched, totals.predicted);
const recall = ratio(totals.matched, totals.gold);
const f1 = ratio(2 * precision * recall, precision + recall);
console.log(`gold ${totals.gold}, predicted ${totals.predicted}, overlapping ${totals.matched}, exact ${totals.exact}`);
console.log(`overlap: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; unit accuracy ${ratio(totals.unitRight, totals.matched).toFixed(3)}`);

// `npm run accuracy`: the headline figures on every dev set in ../shared/data (when it is there),
// the fixtures, and the seed article checked against its list of expected mentions (scripts/seed-check.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertCommand, type ConvertFormat } from "../src/commands/convert.js";
import { evalCommand } from "../src/commands/eval.js";
import { headlineRows } from "../src/eval/report.js";
import { parseArticle } from "../src/index.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { checkSeed } from "./seed-check.js";

const SHARED = process.env.NEWSPARSE_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
const DATA = join(SHARED, "data");

const DEV_SETS: Array<[string, ConvertFormat, string]> = [
  ["CoNLL-2003 dev", "conll", "conll2003/dev.txt"],
  ["TempEval-3 AQUAINT", "timeml", "tempeval3/TBAQ-cleaned/AQUAINT"],
  ["PolNeAR dev", "brat-attribution", "polnear/dev"],
  ["MeasEval trial", "measeval", "measeval/trial"],
];

const lines: string[] = [`newsparse accuracy, measured ${new Date().toISOString().slice(0, 10)}`, "", "| set | kind | figure | value |", "|---|---|---|---|"];
const row = (set: string, [kind, figure, value]: [string, string, string]) => lines.push(`| ${set} | ${kind} | ${figure} | ${value} |`);

const fixtures = evalCommand({ gold: [join(import.meta.dirname, "..", "fixtures", "gold")] });
for (const r of headlineRows(fixtures.metrics)) row(`fixtures (${fixtures.metrics.documents} docs)`, r);

if (existsSync(DATA)) {
  const tmp = mkdtempSync(join(tmpdir(), "newsparse-accuracy-"));
  for (const [name, format, path] of DEV_SETS) {
    const started = performance.now();
    const { documents } = convertCommand({ from: format, paths: [join(DATA, path)] });
    const file = join(tmp, `${format}.ndjson`);
    writeFileSync(file, documents.map((d) => JSON.stringify(d)).join("\n") + "\n");
    const report = evalCommand({ gold: [file] });
    for (const r of headlineRows(report.metrics)) row(`${name} (${report.metrics.documents} docs)`, r);
    process.stderr.write(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
} else {
  lines.push("", `(${DATA} is not here: the dev sets were not measured; fixtures only)`);
}

const seedFile = join(SHARED, "seed", "raqqa-2017-10-08.txt");
if (existsSync(seedFile)) {
  const checks = checkSeed(parseArticle(readFileSync(seedFile, "utf8"), { id: "seed" }));
  lines.push("", "Seed article (../shared/seed/raqqa-2017-10-08.txt) against its list of expected mentions:", "");
  for (const kind of [...new Set(checks.map((c) => c.kind))]) {
    const mine = checks.filter((c) => c.kind === kind);
    const missed = mine.filter((c) => !c.ok).map((c) => c.what);
    lines.push(`- ${kind}: ${mine.length - missed.length}/${mine.length}${missed.length ? ` — missing: ${missed.join("; ")}` : ""}`);
  }
}
console.log(lines.join("\n"));

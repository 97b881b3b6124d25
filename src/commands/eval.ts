// `newsparse eval GOLD [--pred PRED.ndjson]`: score extraction against annotated articles.
import { readFileSync } from "node:fs";
import { inputError } from "../errors.js";
import { coverageNotes, readPredictions } from "../eval/predictions.js";
import { checkGates, parseMinimums } from "../eval/gates.js";
import { loadGold } from "../eval/gold.js";
import { corpusMetrics, type Metrics } from "../eval/metrics.js";
import type { DocumentErrors, EvalReport } from "../eval/report.js";
import { scoreDocument } from "../eval/score.js";
import { refuseOversizeText } from "../io/input.js";
import { loadLexicon } from "../io/lexicon-file.js";
import { parseArticle } from "../pipeline/run.js";
import type { Result } from "../schema.js";

export interface EvalOptions {
  gold: string[];
  pred?: string;
  min?: string;
  baseline?: string;
  maxDrop?: number;
  errors?: boolean;
  /** Path of a user lexicon (`--lexicon`), honoured when the parser runs. */
  lexicon?: string;
  /** Gold articles larger than this are refused (`oversize`, exit 3), as every command refuses them. */
  maxBytes?: number;
  /** Told what a user should know about the predictions: ids that match no gold, error records. */
  onNote?: (note: string) => void;
}

function readBaseline(file: string): Metrics {
  try {
    const raw = JSON.parse(readFileSync(file, "utf8")) as { metrics?: Metrics } & Metrics;
    return raw.metrics ?? raw;
  } catch {
    throw inputError("unreadable", `${file}: cannot read the baseline; give a file written by 'newsparse eval --format json'`);
  }
}

export function evalCommand(options: EvalOptions): EvalReport {
  const docs = options.gold.flatMap((g) => loadGold(g));
  for (const { gold, text } of docs) refuseOversizeText(text, `gold document ${gold.id}`, options.maxBytes);
  const predictions = options.pred ? readPredictions(options.pred) : null;
  const coverage = predictions && options.pred ? coverageNotes(predictions, docs.map((d) => d.gold.id), options.pred) : null;
  const lexicon = options.lexicon ? loadLexicon(options.lexicon) : null;
  const scored = docs.map(({ gold, text }) => {
    const pred = predictions ? predictions.byId.get(gold.id) : parseArticle(text, { id: gold.id, date: gold.date, lexicon });
    const empty: Result = { id: gold.id, meta: { date: gold.date, title: null, url: null, dateline: null, credits: [] }, actors: [], places: [], dates: [], quotes: [], figures: [] };
    return { id: gold.id, text, score: scoreDocument(gold, text, pred ?? empty) };
  });
  const metrics = corpusMetrics(scored.map((s) => s.score));
  const gates = checkGates(metrics, parseMinimums(options.min ?? ""), options.baseline ? readBaseline(options.baseline) : null, options.maxDrop ?? 0);
  // a gate cannot pass on predictions that scored no document
  if (coverage && gates.length > 0) gates.push({ name: "predictions.matched", value: coverage.matched, threshold: 1, rule: "min", ok: coverage.matched >= 1 });
  for (const note of coverage?.notes ?? []) options.onNote?.(note);
  return {
    metrics,
    gates,
    passed: gates.every((g) => g.ok),
    ...(options.errors ? { errors: scored.filter((s) => s.score.errors.length > 0).map((s) => ({ id: s.id, text: s.text, errors: s.score.errors })) } : {}),
  };
}

// What `newsparse eval` reports, and its headline figures as [kind, figure, value] rows that the
// table, the markdown and the HTML page each show.
import type { Gate } from "./gates.js";
import type { Metrics } from "./metrics.js";
import type { ScoreError } from "./score.js";

export interface DocumentErrors {
  id: string;
  text: string;
  errors: ScoreError[];
}

export interface EvalReport {
  metrics: Metrics;
  gates: Gate[];
  passed: boolean;
  errors?: DocumentErrors[];
}

/** What was expected, what was got and the rule that got it: `expected person, got organization; by extract/entities:head`. */
export function errorDetail(e: ScoreError): string {
  const found = [e.expected !== undefined ? `expected ${e.expected}` : "", e.got !== undefined ? `got ${e.got}` : ""].filter(Boolean).join(", ");
  return [found, e.source ? `by ${e.source}` : ""].filter(Boolean).join("; ");
}

/** A score as every report writes it: `0.873`. */
export const pct = (x: number) => x.toFixed(3);

/** [kind, figure, value] rows, the headline figures of each scored kind. */
export function headlineRows(m: Metrics): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  if (m.entities) rows.push(["entities", "exact F1 (PER+ORG+LOC)", pct(m.entities.f1)]);
  for (const kind of ["actors", "places"] as const) {
    const e = m[kind];
    if (!e) continue;
    rows.push([kind, "exact P / R / F1", `${pct(e.exact.precision)} / ${pct(e.exact.recall)} / ${pct(e.exact.f1)}`]);
    rows.push([kind, "overlap F1", pct(e.overlap.f1)]);
    rows.push([kind, "type accuracy", pct(e.type_accuracy)]);
  }
  if (m.dates) {
    rows.push(["dates", "strict F1 / relaxed F1", `${pct(m.dates.strict.f1)} / ${pct(m.dates.relaxed.f1)}`]);
    rows.push(["dates", "type accuracy", pct(m.dates.type_accuracy)]);
    rows.push(["dates", "value P / R / F1", `${pct(m.dates.value_precision)} / ${pct(m.dates.value_recall)} / ${pct(m.dates.value_f1)}`]);
  }
  if (m.quotes) {
    for (const scope of ["all", "speech"] as const) {
      const q = m.quotes[scope];
      rows.push([`quotes (${scope})`, "P / R / F1", `${pct(q.match.precision)} / ${pct(q.match.recall)} / ${pct(q.match.f1)}`]);
      rows.push([`quotes (${scope})`, "recall direct / indirect", `${pct(q.direct_recall)} / ${pct(q.indirect_recall)}`]);
      rows.push([`quotes (${scope})`, "speaker accuracy", pct(q.speaker_accuracy)]);
    }
  }
  if (m.figures) {
    rows.push(["figures", "exact F1 / overlap F1", `${pct(m.figures.exact.f1)} / ${pct(m.figures.overlap.f1)}`]);
    rows.push(["figures", "value / unit accuracy", `${pct(m.figures.value_accuracy)} / ${pct(m.figures.unit_accuracy)}`]);
  }
  return rows;
}

// The eval report for people (table, markdown) — JSON is the report itself.
import type { ChalkInstance } from "chalk";
import type { EvalReport } from "../commands/eval.js";
import type { Metrics } from "../eval/metrics.js";

const pct = (x: number) => x.toFixed(3);

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

function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  return `…${flat(text.slice(Math.max(0, start - 40), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 40))}…`;
}

export function formatEvalTable(report: EvalReport, c: ChalkInstance): string {
  const lines = [c.bold(`documents: ${report.metrics.documents}`)];
  for (const [kind, figure, value] of headlineRows(report.metrics)) lines.push(`  ${kind.padEnd(16)} ${figure.padEnd(26)} ${c.bold(value)}`);
  for (const g of report.gates.filter((x) => !x.ok || x.rule === "min")) {
    const mark = g.ok ? c.green("pass") : c.red("FAIL");
    lines.push(`${mark} ${g.name} = ${g.value === null ? "missing" : pct(g.value)} (${g.rule === "min" ? "min" : "baseline - max-drop"} ${pct(g.threshold)})`);
  }
  for (const doc of report.errors ?? []) {
    lines.push("", c.bold(doc.id));
    for (const e of doc.errors) {
      const detail = [e.expected !== undefined ? `expected ${e.expected}` : "", e.got !== undefined ? `got ${e.got}` : ""].filter(Boolean).join(", ");
      lines.push(`  ${c.yellow(e.kind)} ${e.error}${detail ? ` (${detail})` : ""}: ${context(doc.text, e.start, e.end)}`);
    }
  }
  return lines.join("\n") + "\n";
}

export function formatEvalMarkdown(report: EvalReport): string {
  const rows = headlineRows(report.metrics).map(([k, f, v]) => `| ${k} | ${f} | ${v} |`);
  return [`| kind | figure | value (${report.metrics.documents} documents) |`, "|---|---|---|", ...rows].join("\n") + "\n";
}

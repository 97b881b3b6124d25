// The eval report for people (table, markdown) — JSON is the report itself.
import type { ChalkInstance } from "chalk";
import { errorDetail, headlineRows, pct, type EvalReport } from "../eval/report.js";
import { textAfter, textBefore } from "../window.js";

// a few words either side of an error, for `eval --errors`
const CONTEXT_WIDTH = 40;

function context(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  return `…${flat(textBefore(text, start, CONTEXT_WIDTH))}[${flat(text.slice(start, end))}]${flat(textAfter(text, end, CONTEXT_WIDTH))}…`;
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
      const detail = errorDetail(e);
      lines.push(`  ${c.yellow(e.kind)} ${e.error}${detail ? ` (${detail})` : ""}: ${context(doc.text, e.start, e.end)}`);
    }
  }
  return lines.join("\n") + "\n";
}

export function formatEvalMarkdown(report: EvalReport): string {
  const rows = headlineRows(report.metrics).map(([k, f, v]) => `| ${k} | ${f} | ${v} |`);
  return [`| kind | figure | value (${report.metrics.documents} documents) |`, "|---|---|---|", ...rows].join("\n") + "\n";
}

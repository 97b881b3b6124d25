// `eval --errors --format html`: each scored document's text with the gold-only spans (missed),
// prediction-only spans (spurious) and matched spans with a wrong type, value, unit or speaker marked.
import type { ScoreError } from "../eval/score.js";
import { errorDetail, headlineRows, type DocumentErrors, type EvalReport } from "../eval/report.js";
import { Ids, markedText } from "./article.js";
import { escapeHtml } from "./escape.js";
import type { Mark } from "../marks/marks.js";
import { legendHtml, pageHtml, type Section } from "./page.js";
import { panel } from "./panels.js";

const ERROR_KINDS = ["missed", "spurious", "mismatch"] as const;
type ErrorKind = (typeof ERROR_KINDS)[number];

const errorKind = (e: ScoreError): ErrorKind => (e.error === "false negative" ? "missed" : e.error === "false positive" ? "spurious" : "mismatch");

function errorMark(e: ScoreError): Mark<ErrorKind> {
  const details = [
    { label: "error", value: e.error },
    { label: "kind", value: e.kind },
    ...(e.expected !== undefined ? [{ label: "expected", value: e.expected }] : []),
    ...(e.got !== undefined ? [{ label: "got", value: e.got }] : []),
    ...(e.source ? [{ label: "rule", value: e.source }] : []),
    { label: "span", value: `${e.start}-${e.end}` },
  ];
  return { kind: errorKind(e), start: e.start, end: e.end, note: e.kind, details, entity: null };
}

function documentSection(doc: DocumentErrors, k: number): Section {
  const ids = new Ids(`d${k + 1}-`);
  const id = `${ids.prefix}doc`;
  const marks = doc.errors.map(errorMark);
  const items = doc.errors.map((e) => {
    const detail = errorDetail(e);
    const link = `<a class="k-${errorKind(e)}" href="#${escapeHtml(ids.mention(errorKind(e), e.start, e.end))}">${escapeHtml(e.text)}</a>`;
    return `<li>${link}<span class="meta">${escapeHtml(`${e.kind} ${e.error}${detail ? `: ${detail}` : ""}`)}</span></li>`;
  });
  const html =
    `<article class="doc" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h"><h2 id="${escapeHtml(id)}-h">${escapeHtml(doc.id)}</h2>` +
    `<div class="layout"><div class="text" aria-label="document text">${markedText(doc.text, marks, (m) => ERROR_KINDS.indexOf(m.kind), ids)}</div>` +
    `<aside class="panels" aria-label="Errors">${panel(ids, "errors", "Errors", doc.errors.length, `<ul>${items.join("")}</ul>`)}</aside></div></article>`;
  return { id, title: doc.id, html };
}

function metricsTable(report: EvalReport): string {
  const rows = headlineRows(report.metrics).map(([kind, figure, value]) => `<tr><td>${escapeHtml(kind)}</td><td>${escapeHtml(figure)}</td><td>${escapeHtml(value)}</td></tr>`);
  const documents = `${report.metrics.documents} ${report.metrics.documents === 1 ? "document" : "documents"}`;
  return `<details class="metrics"><summary>Scores over ${documents}</summary><table class="metrics"><thead><tr><th scope="col">kind</th><th scope="col">figure</th><th scope="col">value</th></tr></thead><tbody>${rows.join("")}</tbody></table></details>`;
}

export function renderEvalPage(report: EvalReport): string {
  const legend = legendHtml(
    [
      ["missed", "missed (gold only)"],
      ["spurious", "spurious (prediction only)"],
      ["mismatch", "wrong type, value, unit or speaker"],
    ],
    "hover, tap or Tab to a mark for expected and got",
  );
  const sections = (report.errors ?? []).map(documentSection);
  const title = `newsparse eval: ${sections.length} ${sections.length === 1 ? "document" : "documents"} with errors`;
  return pageHtml({ title, intro: legend + metricsTable(report), sections });
}

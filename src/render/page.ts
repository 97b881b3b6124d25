// One self-contained HTML page: inline CSS, no script, and a Content-Security-Policy that forbids
// every fetch, so a saved report opens anywhere and leaks nothing. Several sections get a table of contents.
import type { ParsedArticle } from "../pipeline/types.js";
import { Ids, markedText } from "./article.js";
import { CSS } from "./css.js";
import { escapeHtml } from "./escape.js";
import { nestingRank, resultMarks } from "../marks/marks.js";
import { actorsPanel, figuresPanel, placesPanel, quotesPanel } from "./panels.js";
import { datesPanel } from "./timeline.js";

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface Section {
  /** The section's element id, also its entry in the table of contents. */
  id: string;
  title: string;
  html: string;
}

export interface Page {
  title: string;
  /** HTML under the title: a legend, a metrics table. */
  intro: string;
  sections: Section[];
}

export function pageHtml(page: Page): string {
  const toc =
    page.sections.length > 1
      ? `<nav class="toc" aria-label="Contents"><b>${page.sections.length} articles</b><ol>${page.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join("")}</ol></nav>`
      : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="page"><h1>${escapeHtml(page.title)}</h1>${page.intro}${toc}</header>
<main>
${page.sections.map((s) => s.html).join("\n")}
</main>
</body>
</html>
`;
}

export type LegendEntry = [kind: string, label: string];

export function legendHtml(entries: LegendEntry[], note: string): string {
  const items = entries.map(([kind, label]) => `<li><span class="swatch m k-${kind}">${escapeHtml(label)}</span></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}<li>${escapeHtml(note)}</li></ul>`;
}

export const RESULT_LEGEND: LegendEntry[] = [
  ["actor", "actor"],
  ["place", "place"],
  ["date", "date"],
  ["quote", "quote"],
  ["figure", "figure"],
  ["speaker", "speaker"],
];

/** One article: its text with marks beside its panels. `prefix` keeps element ids unique on a page of several. */
export function articleSection({ result, text }: ParsedArticle, prefix: string): Section {
  const ids = new Ids(prefix);
  const id = `${prefix}article`;
  const sub = [result.meta.date ? `dated ${result.meta.date}` : "undated", result.meta.title].filter(Boolean).join(" · ");
  const html =
    `<article class="doc" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h"><h2 id="${escapeHtml(id)}-h">${escapeHtml(result.id)}</h2><p class="sub">${escapeHtml(sub)}</p>` +
    `<div class="layout"><div class="text" aria-label="article text">${markedText(text, resultMarks(result), nestingRank, ids)}</div>` +
    `<aside class="panels" aria-label="What was found">${actorsPanel(result, ids)}${placesPanel(result, ids)}${datesPanel(result, ids)}${quotesPanel(result, ids)}${figuresPanel(result, ids)}</aside></div></article>`;
  return { id, title: result.id, html };
}

/** `newsparse render`: one page for the given articles (one per page with --out-dir). */
export function renderArticles(articles: ParsedArticle[]): string {
  const single = articles.length === 1;
  const sections = articles.map((a, k) => articleSection(a, single ? "" : `d${k + 1}-`));
  const title = single ? `newsparse: ${articles[0]!.result.id}` : `newsparse: ${articles.length} articles`;
  return pageHtml({ title, intro: legendHtml(RESULT_LEGEND, "hover, tap or Tab to a mark for its details"), sections });
}

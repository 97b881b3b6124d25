// The side panels of one article: actors, places, quotes and figures, each entry linking to its
// mentions in the text (and a quote to its speaker's entry).
import type { Result } from "../schema.js";
import type { Ids } from "./article.js";
import { escapeHtml } from "./escape.js";
import { figureValue } from "../marks/marks.js";

export function panel(ids: Ids, key: string, title: string, count: number, body: string): string {
  const heading = `${ids.prefix}h-${key}`;
  const content = count === 0 ? `<p class="none">none found</p>` : body;
  return `<section class="panel p-${key}" aria-labelledby="${heading}"><h3 id="${heading}">${title} <span class="count">${count}</span></h3>${content}</section>`;
}

/** `mentions 1 2 3`: links to each mention in the text. */
function mentionLinks(ids: Ids, kind: string, mentions: Array<{ start: number; end: number; text: string }>): string {
  const links = mentions.map((m, k) => `<a href="#${escapeHtml(ids.mention(kind, m.start, m.end))}" aria-label="mention ${k + 1}: ${escapeHtml(m.text)}">${k + 1}</a>`);
  return `<span class="mentions">${mentions.length === 1 ? "mention" : "mentions"} ${links.join(" ")}</span>`;
}

const extra = (parts: Array<string | null>) => {
  const shown = parts.filter((p): p is string => Boolean(p));
  return shown.length ? `<span class="meta">${escapeHtml(shown.join(" · "))}</span>` : "";
};

export function actorsPanel(result: Result, ids: Ids): string {
  const items = result.actors.map(
    (a) =>
      `<li id="${escapeHtml(ids.entity(a.id))}" tabindex="-1"><span class="name k-actor">${escapeHtml(a.name)}</span> <span class="type">${escapeHtml([a.type, a.subtype].filter(Boolean).join(", "))}</span>` +
      extra([a.aliases.length ? `aka ${a.aliases.join(", ")}` : null, a.roles.length ? a.roles.join(", ") : null]) +
      mentionLinks(ids, "actor", a.mentions) +
      "</li>",
  );
  return panel(ids, "actors", "Actors", result.actors.length, `<ul class="entities">${items.join("")}</ul>`);
}

export function placesPanel(result: Result, ids: Ids): string {
  const items = result.places.map(
    (p) =>
      `<li id="${escapeHtml(ids.entity(p.id))}" tabindex="-1"><span class="name k-place">${escapeHtml(p.name)}</span> <span class="type">${escapeHtml(p.type)}</span>` +
      extra([p.country, p.coordinates ? `${p.coordinates.lat.toFixed(2)}, ${p.coordinates.lon.toFixed(2)}` : null, p.aliases.length ? `aka ${p.aliases.join(", ")}` : null]) +
      mentionLinks(ids, "place", p.mentions) +
      "</li>",
  );
  return panel(ids, "places", "Places", result.places.length, `<ul class="entities">${items.join("")}</ul>`);
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

export function quotesPanel(result: Result, ids: Ids): string {
  const items = result.quotes.map((q) => {
    const first = q.fragments[0]!;
    const speaker = q.speaker
      ? q.speaker.actorId
        ? `<a href="#${escapeHtml(ids.entity(q.speaker.actorId))}">${escapeHtml(q.speaker.name)}</a>`
        : escapeHtml(q.speaker.name)
      : "no speaker found";
    const quoted = `<a class="k-quote" href="#${escapeHtml(ids.mention("quote", first.start, first.end))}">${escapeHtml(clip(q.fragments.map((f) => f.text).join(" … "), 90))}</a>`;
    return `<li>${quoted}<span class="by">— ${speaker}</span>${extra([q.kind, q.cue ? `cue: ${q.cue.text}` : null])}</li>`;
  });
  return panel(ids, "quotes", "Quotes", result.quotes.length, `<ul class="quotes">${items.join("")}</ul>`);
}

export function figuresPanel(result: Result, ids: Ids): string {
  const items = result.figures.map(
    (f) =>
      `<li><a class="k-figure" href="#${escapeHtml(ids.mention("figure", f.start, f.end))}">${escapeHtml(f.text)}</a> <span class="value">${escapeHtml(figureValue(f))}</span>` +
      extra([f.kind, f.counted ? `counts ${f.counted.text}` : null, f.event]) +
      "</li>",
  );
  return panel(ids, "figures", "Figures", result.figures.length, `<ul class="figures">${items.join("")}</ul>`);
}

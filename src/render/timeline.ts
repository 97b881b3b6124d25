// The dates panel: DATE and TIME values on a small horizontal axis, one row each, ordered by
// date, with the article's date as a line across the rows; durations, sets and values that name
// no calendar stretch (`PRESENT_REF`, `XXXX-10`) are listed below it.
import type { DateMention, Result } from "../schema.js";
import type { Ids } from "./article.js";
import { escapeHtml } from "./escape.js";
import { dateValue } from "../marks/marks.js";
import { panel } from "./panels.js";

const DAY = 86_400_000;

interface Stretch {
  from: number;
  to: number;
}

/** The days a TIMEX3 value covers, in ms since 1970: `2019` a year, `2019-03` a month, `2019-W10`, `2019-Q1`, `2019-03-12T...` a day. */
export function timexStretch(value: string | null): Stretch | null {
  if (value === null) return null;
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q([1-4])|H([12])))?(?:T.*)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const utc = (month: number, day: number) => Date.UTC(year, month, day);
  if (m[3] !== undefined) return { from: utc(Number(m[2]) - 1, Number(m[3])), to: utc(Number(m[2]) - 1, Number(m[3]) + 1) };
  if (m[2] !== undefined) return { from: utc(Number(m[2]) - 1, 1), to: utc(Number(m[2]), 1) };
  if (m[4] !== undefined) {
    // ISO week 1 holds the year's first Thursday
    const jan4 = utc(0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const from = monday + (Number(m[4]) - 1) * 7 * DAY;
    return { from, to: from + 7 * DAY };
  }
  if (m[5] !== undefined) return { from: utc((Number(m[5]) - 1) * 3, 1), to: utc(Number(m[5]) * 3, 1) };
  if (m[6] !== undefined) return { from: utc((Number(m[6]) - 1) * 6, 1), to: utc(Number(m[6]) * 6, 1) };
  return { from: utc(0, 1), to: utc(12, 1) };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function axis(placed: Array<{ date: DateMention; at: Stretch }>, reference: number | null, ids: Ids): string {
  const ends = [...placed.flatMap(({ at }) => [at.from, at.to]), ...(reference === null ? [] : [reference, reference + DAY])];
  let lo = Math.min(...ends);
  let hi = Math.max(...ends);
  const pad = Math.max((hi - lo) * 0.04, 3 * DAY);
  lo -= pad;
  hi += pad;
  const x = (ms: number) => (ms - lo) / (hi - lo);
  const refLine = reference === null ? "" : `<span class="ref" style="left:${pct(x(reference + DAY / 2))}" aria-hidden="true"></span>`;
  const rows = placed.map(({ date, at }) => {
    const href = `#${escapeHtml(ids.mention("date", date.start, date.end))}`;
    const bar = `<span class="bar" style="left:${pct(x(at.from))};width:${pct(x(at.to) - x(at.from))}"></span>`;
    return `<li><a href="${href}"><span class="when">${escapeHtml(date.text)}</span> <span class="value">${escapeHtml(dateValue(date))}</span></a><span class="track" aria-hidden="true">${refLine}${bar}</span></li>`;
  });
  const scale = `<p class="scale">axis ${iso(lo)} to ${iso(hi)}${reference === null ? "" : `; dashed line: the article's date, ${iso(reference)}`}</p>`;
  return `<ol class="timeline" aria-label="dates in time order">${rows.join("")}</ol>${scale}`;
}

export function datesPanel(result: Result, ids: Ids): string {
  const placed: Array<{ date: DateMention; at: Stretch }> = [];
  const listed: DateMention[] = [];
  for (const date of result.dates) {
    const at = date.type === "DATE" || date.type === "TIME" ? timexStretch(date.value) : null;
    if (at) placed.push({ date, at });
    else listed.push(date);
  }
  placed.sort((a, b) => a.at.from - b.at.from || a.at.to - b.at.to);
  const reference = timexStretch(result.meta.date)?.from ?? null;
  const others = listed.map(
    (d) => `<li><a href="#${escapeHtml(ids.mention("date", d.start, d.end))}"><span class="when">${escapeHtml(d.text)}</span></a> <span class="value">${escapeHtml(dateValue(d))}</span> <span class="meta">${d.type}</span></li>`,
  );
  const body = (placed.length ? axis(placed, reference, ids) : "") + (others.length ? `<h4>Durations, sets, unanchored</h4><ul class="others">${others.join("")}</ul>` : "");
  return panel(ids, "dates", "Dates", result.dates.length, body);
}

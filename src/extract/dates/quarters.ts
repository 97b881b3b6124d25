// Quarters of a year, frequent in business news: `the third quarter` -> 2017-Q3,
// `third-quarter` (profit), `the 1988 second quarter` -> 1988-Q2, `the fourth quarter of 1990`,
// `the last quarter of 2022` -> 2022-Q4, `next year's first quarter` -> 2018-Q1.
// Without a year, the most recent such quarter up to the article's own: results are reported
// after the quarter, even in a future clause (`will report third-quarter profit`); a forecast is of
// one to come (`forecast third-quarter revenue`).
import { dayOf, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { textBefore } from "../../window.js";

// `expects fourth-`, `forecast for the ` before a quarter
const FORECAST_WIDTH = 40;

const ORDINALS = ["first", "second", "third", "fourth"];
/** `the last quarter` alone is the one before this; only `the last quarter of 2022` is a fourth. */
const LAST = /^(?:last|final)$/i;
const QUARTER = new RegExp(
  String.raw`\b(?:(the)\s+)?(?:fiscal\s+)?(?:(\d{4})\s+)?(${ORDINALS.join("|")}|last|final)([\s-]+)quarter\b(?:\s+of\s+(?:the\s+year\s+)?(\d{4})\b)?`,
  "gi",
);

/** `this year's third quarter`, `next year's first quarter`: the year named by its distance from the article's. */
const YEARS_QUARTER = new RegExp(String.raw`\b(this|next|last)\s+year's\s+(${ORDINALS.join("|")})\s+quarter\b`, "gi");
const SHIFT: Record<string, number> = { this: 0, next: 1, last: -1 };

export function findQuarters(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(YEARS_QUARTER)) {
    const [whole, direction = "", ordinal = ""] = match;
    const year = reference ? pad(dayOf(reference).year + (SHIFT[direction.toLowerCase()] ?? 0), 4) : "XXXX";
    const value = `${year}-Q${ORDINALS.indexOf(ordinal.toLowerCase()) + 1}`;
    found.push({ start: match.index, end: match.index + whole.length, type: "DATE", value, mod: null, source: "quarter" });
  }
  for (const match of text.matchAll(QUARTER)) {
    const [whole, the, before, ordinal = "", joint = "", after] = match;
    const written = before ?? after;
    if (LAST.test(ordinal) && !after) continue;
    const quarter = LAST.test(ordinal) ? 4 : ORDINALS.indexOf(ordinal.toLowerCase()) + 1;
    const year = written ? Number(written) : reference ? yearOf(reference, quarter, FORECAST.test(textBefore(text, match.index, FORECAST_WIDTH))) : null;
    const value = year === null ? `XXXX-Q${quarter}` : `${pad(year, 4)}-Q${quarter}`;
    // `the [third-quarter] profit`: as an adjective the quarter leaves the determiner to its noun
    const start = the && joint === "-" ? match.index + (/^the\s+/i.exec(whole)?.[0].length ?? 0) : match.index;
    found.push({ start, end: match.index + whole.length, type: "DATE", value, mod: null, source: "quarter" });
  }
  return found;
}

/** `forecast third-quarter revenue`, `expects fourth-quarter sales`: a quarter still to come. */
const FORECAST = /\b(?:forecasts?|forecasted|projects?|projected|expects?|expected|predicts?|predicted|sees|outlook|guidance)\s+(?:(?:for|of)\s+)?(?:the\s+|its\s+)?$/i;

function yearOf(reference: Date, quarter: number, ahead: boolean): number {
  const today = dayOf(reference);
  const current = Math.ceil(today.month / 3);
  if (ahead) return quarter > current ? today.year : today.year + 1;
  return quarter <= current ? today.year : today.year - 1;
}

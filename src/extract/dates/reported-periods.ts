// The year or week a story reports on, named with no number: `For the year, net rose` -> 2017,
// `the full year`, `the fiscal year`, `For the week, the index fell` -> 2017-W40. Before `ended` or
// `ending` it is a stretch of time up to that date: `the year ended March 31` -> P1Y. And the day of
// the article after `later in`: `later in [the day]`, or counted in a present clause: `It's [the
// second day] of an offensive`, `Today is [the eighth day] of the strike`, `fell for [the third
// straight day]`.
import { dayOf, dayValue, type Period, periodValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { textAfter } from "../../window.js";

// ` ended`, ` ending` after the period
const ENDED_AFTER_WIDTH = 12;

/** Not `the year-earlier quarter`, `the year 2000`, `the year before`, `the week of Oct. 9`. */
const THE_PERIOD = /\bthe\s+(?:(?:full|fiscal|whole|entire)\s+)?(year|week)\b(?!-|\s+(?:of|before|after|earlier|ago|later|\d|two thousand)\b)/gi;
/** `later in the day`: the article's own day; `earlier`/`later` are signals, outside the span. */
const IN_THE_DAY = /\b(?:earlier|later|early|late)\s+in\s+(the\s+day)\b/gi;
const ENDED_AFTER = /^\s+(?:ended|ending)\b/i;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))`;
/** `is the second day of the strike`, `fell for the third straight day`: the day the article is written on. */
const COUNTED_DAY = new RegExp(
  String.raw`\b(?:(?:is|'s)\s+(the\s+${ORDINAL}\s+(?:straight\s+|consecutive\s+|full\s+)?day)|for\s+(the\s+${ORDINAL}\s+(?:straight|consecutive)\s+day))\b(?!-)`,
  "gi",
);

export function findReportedPeriods(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(THE_PERIOD)) {
    // `Person of the Year`, `Player of the Week`: a title
    if (!/^[a-z]/.test(match[1] ?? "")) continue;
    const unit = (match[1] ?? "") as Period;
    const end = match.index + match[0].length;
    if (ENDED_AFTER.test(textAfter(text, end, ENDED_AFTER_WIDTH))) {
      found.push({ start: match.index, end, type: "DURATION", value: unit === "year" ? "P1Y" : "P1W", mod: null, source: "reported-period" });
      continue;
    }
    const value = reference ? periodValue(dayOf(reference), unit, 0) : null;
    found.push({ start: match.index, end, type: "DATE", value, mod: null, source: "reported-period" });
  }
  for (const pattern of [IN_THE_DAY, COUNTED_DAY]) found.push(...articleDays(text, pattern, reference));
  return found;
}

/** The article's own day, for the group of each match that was written. */
function articleDays(text: string, pattern: RegExp, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const written = match[1] ?? match[2] ?? "";
    const start = match.index + match[0].length - written.length;
    found.push({ start, end: start + written.length, type: "DATE", value: reference ? dayValue(dayOf(reference)) : null, mod: null, source: "reported-period" });
  }
  return found;
}

// Periods named by reference to another, as business news writes them: `the quarter`,
// `the year-earlier quarter`, `the current fiscal year`, and `a year earlier` after a month or a
// quarter (`prices rose in October from a year earlier` -> 2016-10), `the 1988 quarter` -> 1988-Q3,
// `the year-ago third quarter` -> 2016-Q3, `the past year` -> 2016. Found with a fallback value
// from the article date, then resolved against the dates written before them.
import { dayOf, periodValue, type Period } from "./calendar.js";
import type { Anaphora, Candidate } from "./candidate.js";

/** `the current fiscal year` -> 2017; `the latest quarter` -> the last one that has ended. */
const CURRENT = /\b(?:the\s+)?(current|present|latest|most recent)\s+(?:fiscal\s+)?(week|month|quarter|year)\b(?![- ]\w*(?:old|long)\b)/gi;
/** `the past year` and `the last decade`, as TimeML reads them: the year or decade before the article's. */
const PAST_PERIOD = /\bthe\s+(?:past|last)\s+(year|decade)\b(?!\s+or\b)/gi;
/** `the quarter`, `that quarter`, `the fiscal quarter`, `the same quarter`, `the latest period`: the quarter spoken of. */
const THE_QUARTER = /\b(?:(?:the|that|this)\s+(?:same\s+|comparable\s+|fiscal\s+)?quarter\b(?!\s+of\b|-)|the\s+latest\s+period\b)/gi;
/** `the year-earlier quarter`, `the year-ago period`, `year-earlier` (as in `year-earlier profit`). */
const YEAR_BEFORE = /\b(?:(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+(?:quarter|period)\b|year-(?:earlier|ago)\b)/gi;
/**
 * `last year's quarter`, `the same period last year`, `the quarter a year ago`, `the corresponding
 * quarter a year ago`: the quarter spoken of, a year back.
 */
const PERIOD_YEAR_BEFORE = /\b(?:last year's\s+(?:quarter|period)|the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:last year|a year (?:ago|earlier)))\b/gi;
/** `the year-ago third quarter`: the quarter written, in the year before the one compared with. */
const YEAR_BEFORE_ORDINAL = /\b(?:the\s+)?year-(?:earlier|ago)\s+(first|second|third|fourth)\s+quarter\b/gi;
/** `the year-earlier nine months`: a stretch of months, a year back, which TimeML writes as the stretch. */
const YEAR_BEFORE_MONTHS = /\b(?:the\s+)?year-(?:earlier|ago)\s+(three|six|nine|twelve)\s+months\b/gi;
const ORDINALS = ["first", "second", "third", "fourth"];
const MONTH_COUNTS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12 };
/** `the 1988 quarter`, `the 1989 period`: the quarter spoken of, in the year written. */
const YEAR_PERIOD = /\bthe\s+((?:19|20)\d\d)\s+(?:quarter|period)\b/gi;
/** chrono's `a year earlier` and `a year ago`: a year before whatever the sentence compares with. */
const A_YEAR_BEFORE = /^(?:a|one) year (?:earlier|ago|before)$/i;
/** A span of months longer than a quarter: `the nine months` (P9M), `the first half` (P6M). */
const MONTHS_SPAN = /^P(?:[4-9]|1[01])M$/;
/** A value with a calendar year at a known granularity: 2017, 2017-Q3, 2017-10, 2017-10-05. */
const ANCHOR = /^\d{4}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?$/;

export function findAnaphora(text: string, reference: Date | null): Candidate[] {
  const today = reference ? dayOf(reference) : null;
  const found: Candidate[] = [];
  for (const match of text.matchAll(CURRENT)) {
    const unit = (match[2] ?? "").toLowerCase() as Period;
    const ended = /latest|recent/i.test(match[1] ?? "") ? -1 : 0;
    // `the latest week` is still this week; only a quarter or a year is `latest` once it has ended
    const shift = unit === "quarter" || unit === "year" ? ended : 0;
    found.push(candidate(match.index, match[0], today ? periodValue(today, unit, shift) : null, "current"));
  }
  for (const match of text.matchAll(PAST_PERIOD)) {
    const decade = /decade/i.test(match[1] ?? "");
    const value = !today ? null : decade ? String(Math.floor(today.year / 10) - 1) : periodValue(today, "year", -1);
    found.push(candidate(match.index, match[0], value, "past-period"));
  }
  for (const match of text.matchAll(THE_QUARTER)) {
    found.push(candidate(match.index, match[0], today ? periodValue(today, "quarter", -1) : null, "quarter"));
  }
  for (const match of text.matchAll(YEAR_BEFORE)) {
    // with nothing to compare with: the year before the latest quarter, or the year before this one
    const fallback = !today ? null : /quarter$/i.test(match[0]) ? periodValue(today, "quarter", -5) : periodValue(today, "year", -1);
    found.push(candidate(match.index, match[0], fallback, "year-before"));
  }
  for (const match of text.matchAll(PERIOD_YEAR_BEFORE)) {
    found.push(candidate(match.index, match[0], today ? periodValue(today, "year", -1) : null, "year-before"));
  }
  for (const match of text.matchAll(YEAR_BEFORE_ORDINAL)) {
    const quarter = ORDINALS.indexOf((match[1] ?? "").toLowerCase()) + 1;
    found.push(candidate(match.index, match[0], today ? `${periodValue(today, "year", -1)}-Q${quarter}` : null, "year-before-ordinal"));
  }
  for (const match of text.matchAll(YEAR_BEFORE_MONTHS)) {
    const months = MONTH_COUNTS[(match[1] ?? "").toLowerCase()] ?? 0;
    found.push({ ...candidate(match.index, match[0], `P${months}M`, "year-before-months"), type: "DURATION" });
  }
  for (const match of text.matchAll(YEAR_PERIOD)) {
    found.push(candidate(match.index, match[0], match[1] ?? null, "year-period"));
  }
  return found;
}

/**
 * Gives `the quarter` the quarter last written before it, and a year-before phrase the value of the
 * period it compares with, a year back: the last quarter (`the year-earlier quarter`), or for
 * `a year ago` a month or day of its own sentence or a quarter of the sentence before.
 */
export function resolveAnaphora(candidates: Candidate[], text: string, sentenceOf: (offset: number) => number): Candidate[] {
  let lastQuarter: { value: string; sentence: number } | null = null;
  let lastAnchor: { value: string; sentence: number } | null = null;
  // the quarter an earnings report is about is the first one it names; later ones are comparisons
  // (`after a flat second quarter`), so a comparison written sentences later goes back to the first
  let firstQuarter: { value: string; sentence: number } | null = null;
  const compared = (sentence: number) => (lastQuarter && sentence - lastQuarter.sentence <= 1 ? lastQuarter : firstQuarter);
  return candidates.map((candidate) => {
    const { value, anaphora } = candidate;
    const sentence = sentenceOf(candidate.start);
    const quarter = compared(sentence);
    if (anaphora === "quarter") return lastQuarter ? { ...candidate, value: lastQuarter.value } : candidate;
    if (anaphora === "year-before") return quarter ? { ...candidate, value: yearBefore(quarter.value) } : candidate;
    if (anaphora === "year-before-ordinal") return quarter && value ? { ...candidate, value: yearBefore(quarter.value).slice(0, 4) + value.slice(4) } : candidate;
    if (anaphora === "year-period") return quarter && value ? { ...candidate, value: value + quarter.value.slice(4) } : candidate;
    if (A_YEAR_BEFORE.test(text.slice(candidate.start, candidate.end))) {
      // the month or day of its own sentence, or the quarter reported just before (`Net fell to $5 million
      // from $7 million a year earlier.` after `third-quarter profit`)
      if (lastAnchor?.sentence === sentence && lastAnchor.value.includes("-")) return { ...candidate, value: yearBefore(lastAnchor.value) };
      // or any quarter before, while no other date or span of months has been written since
      if (quarter && (sentence - quarter.sentence <= 1 || lastAnchor === lastQuarter)) return { ...candidate, value: yearBefore(quarter.value) };
      return candidate;
    }
    // `For the nine months, ...`: what follows compares whole years, not the quarter
    if (candidate.type === "DURATION" && value && MONTHS_SPAN.test(value)) lastAnchor = { value, sentence };
    if (candidate.type === "DATE" && value && ANCHOR.test(value)) {
      lastAnchor = { value, sentence };
      if (value.includes("-Q")) lastQuarter = lastAnchor;
      firstQuarter ??= lastQuarter;
    }
    return candidate;
  });
}

/** `2017-Q3` -> `2016-Q3`, `2017-10` -> `2016-10`. */
function yearBefore(value: string): string {
  return String(Number(value.slice(0, 4)) - 1).padStart(4, "0") + value.slice(4);
}

function candidate(start: number, whole: string, value: string | null, anaphora: Anaphora): Candidate {
  return { start, end: start + whole.length, type: "DATE", value, mod: null, source: `anaphora/${anaphora}`, anaphora };
}

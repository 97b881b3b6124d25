// A clock time written without its day takes the day written right after it, past a zone in
// brackets: `at 10:35 a.m. (0735 GMT) Friday` -> both times on Friday, not on the article's day;
// and `0730 GMT Friday` is one time, as chrono reads `10:40 a.m. Friday`.
import { MONTH_ABBREVIATIONS } from "../../lexicon/months.js";
import type { Candidate } from "./candidate.js";

/** A day in the time's own words: `Friday`, `tonight`, `Aug. 7`. */
const DAY_WRITTEN = new RegExp(
  String.raw`\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow)\b|\b(?:${MONTH_ABBREVIATIONS.join("|")})[a-z]*\.?\s+\d`,
  "i",
);
/** Between the time and its day: `local time` (the span's trailer, added later), a bracketed zone, `on`, or nothing. */
const BETWEEN = /^\)?\s*(?:local\s+time\s*)?(?:\([^()]{1,30}\)\s*)?(?:on\s+)?$/i;
const ADJACENT = /^\s+(?:on\s+)?$/i;
/** BETWEEN is never longer than this but for runs of spaces: the search for the day stops there, so it stays linear. */
const MAX_BETWEEN_CHARS = 200;
const CLOCK_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** The candidates, in text order, with each dayless clock time moved onto the day written after it. */
export function withDaysWritten(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = 0; at < candidates.length; at++) {
    const time = candidates[at];
    if (!time) continue;
    const clock = time.type === "TIME" ? CLOCK_VALUE.exec(time.value ?? "") : null;
    if (!clock || DAY_WRITTEN.test(text.slice(time.start, time.end))) {
      out.push(time);
      continue;
    }
    const day = dayAfter(candidates, at, text);
    if (!day) {
      out.push(time);
      continue;
    }
    const value = `${day.value}${clock[1]}`;
    if (ADJACENT.test(text.slice(time.end, day.start)) && candidates[at + 1] === day) {
      out.push({ ...time, end: day.end, value });
      at++;
    } else out.push({ ...time, value });
  }
  return out;
}

/** The first day candidate after candidate `at` that BETWEEN joins to it, looked for within MAX_BETWEEN_CHARS. */
function dayAfter(candidates: Candidate[], at: number, text: string): Candidate | undefined {
  const time = candidates[at]!;
  for (let k = at + 1; k < candidates.length && candidates[k]!.start - time.end <= MAX_BETWEEN_CHARS; k++) {
    const next = candidates[k]!;
    if (next.type === "DATE" && DAY_VALUE.test(next.value ?? "") && BETWEEN.test(text.slice(time.end, next.start))) return next;
  }
  return undefined;
}

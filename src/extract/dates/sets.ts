// Recurring times (TIMEX3 SET): `every Monday` -> XXXX-WXX-1, `each July` -> XXXX-07, `each day`
// and `daily` -> P1D, `every two years` -> P2Y, `every morning` -> XXXX-XX-XXTMO, `2 percent a year`
// -> P1Y, and weekdays in the plural: `on Mondays` -> XXXX-WXX-1, `Tuesday nights` -> XXXX-WXX-2TNI.
import type { Candidate } from "./candidate.js";
import { COUNT_PATTERN, countValue } from "./numbers.js";
import { PART_OF_DAY_PATTERN, partOfDayCode } from "./parts-of-day.js";
import { durationValue, UNIT_PATTERN, unitOf } from "./units.js";
import { MONTH_NAMES } from "./calendar.js";
import { startsSentence } from "./sentence-start.js";
import { textBefore } from "../../window.js";

// `12 percent ` or `twice ` before `a year`
const RATE_LEAD_WIDTH = 32;

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());

const EVERY = new RegExp(
  String.raw`\b(?:every|each)\s+(?:(other|${COUNT_PATTERN})\s+)?(${UNIT_PATTERN}|${WEEKDAYS.join("|")}|${MONTHS.join("|")}|weekend|${PART_OF_DAY_PATTERN})\b`,
  "gi",
);

/** Capitalised, as a name of the day: `Sundays`, `Friday evenings`, not `Friday night` (one night). */
const WEEKDAY_PLURAL = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b(?:\s+(mornings|afternoons|evenings|nights))?|\s+(mornings|afternoons|evenings|nights)\b)/g;

/** A rate: `2 percent a year`, `2,100 euros a month`, `twice a week`, `four flights per day`. */
const RATE = /\b(?:a|per)\s+(hour|day|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|of|old)\b|-)/gi;
/** What a rate follows: a number, a unit after a number, or a count of times, in the same clause. */
const RATE_LEAD = /(?:\d|\b(?:percent|times|twice|once|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\b)[^,.;:!?()\d]{0,24}$/i;
/** `for a year`, `within a week`, `more than a year`: a duration, which the durations finder reads. */
const DURATION_LEAD = /\b(?:for|within|in|over|than|about|nearly|almost|after|before|of|least|to|the|half|only)\s+$/i;

/** `daily`, but not the `Daily Mail` or `The Daily Star`: capitalised inside a sentence, it is a name. */
const ADVERBS = /\b(?:(hourly)|(daily)|(weekly)|(monthly)|(yearly|annually))\b/gi;
const ADVERB_VALUES = ["PT1H", "P1D", "P1W", "P1M", "P1Y"];

export function findSets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(EVERY)) {
    const value = everyValue(match[1], match[2] ?? "");
    if (value) found.push(set(match.index, match.index + match[0].length, value));
  }
  for (const match of text.matchAll(WEEKDAY_PLURAL)) {
    const part = partOfDayCode((match[2] ?? match[3] ?? "").replace(/s$/, "")) ?? "";
    const value = `XXXX-WXX-${WEEKDAYS.indexOf((match[1] ?? "").toLowerCase()) + 1}${part}`;
    found.push(set(match.index, match.index + match[0].length, value));
  }
  for (const match of text.matchAll(RATE)) {
    const before = textBefore(text, match.index, RATE_LEAD_WIDTH);
    if (!RATE_LEAD.test(before) || DURATION_LEAD.test(before)) continue;
    const unit = unitOf(match[1] ?? "");
    if (unit) found.push(set(match.index, match.index + match[0].length, durationValue(1, unit)));
  }
  for (const match of text.matchAll(ADVERBS)) {
    if (/^[A-Z]/.test(match[0]) && !startsSentence(text, match.index)) continue;
    const group = match.slice(1).findIndex((written) => written !== undefined);
    const value = ADVERB_VALUES[group];
    if (value) found.push(set(match.index, match.index + match[0].length, value));
  }
  return found;
}

function everyValue(countWord: string | undefined, what: string): string | null {
  const lower = what.toLowerCase();
  const weekday = WEEKDAYS.indexOf(lower);
  if (weekday >= 0) return `XXXX-WXX-${weekday + 1}`;
  const month = MONTHS.indexOf(lower);
  // `they each may vote`: a month only with its capital
  if (month >= 0) return countWord === undefined && /^[A-Z]/.test(what) ? `XXXX-${String(month + 1).padStart(2, "0")}` : null;
  if (lower === "weekend") return "XXXX-WXX-WE";
  const part = partOfDayCode(lower);
  if (part) return `XXXX-XX-XX${part}`;
  const unit = unitOf(lower);
  if (!unit) return null;
  const count = countWord === undefined ? 1 : countWord.toLowerCase() === "other" ? 2 : countValue(countWord);
  return count === null ? null : durationValue(count, unit);
}

function set(start: number, end: number, value: string): Candidate {
  return { start, end, type: "SET", value, mod: null, source: "set" };
}

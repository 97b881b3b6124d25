// `the night of Aug. 7`, `the morning of Friday`: chrono merges the part of the day with the date
// after `of` but keeps the article's day (or drops the date), so the date is read again on its own
// and the part of the day added to it: 1998-08-07TNI.
import type { ChronoHit } from "./chrono-runner.js";
import { runChrono } from "./chrono-runner.js";
import type { Timex } from "./chrono-timex.js";
import { PART_OF_DAY_PATTERN, partOfDayCode } from "./parts-of-day.js";

const PART_OF = new RegExp(String.raw`^(${PART_OF_DAY_PATTERN})\s+of\s+`, "i");

export interface PartOfDate {
  /** The date after `of`, as chrono reads it alone, with its phrase. */
  hit: ChronoHit;
  phrase: string;
  /** The TIMEX3 code of the part of the day: TNI. */
  code: string;
}

/** The date of `night of Aug. 7`, or null when the phrase is no part of the day of a date. */
export function partOfDate(text: string, hit: ChronoHit, reference: Date | null): PartOfDate | null {
  const phrase = text.slice(hit.start, hit.end);
  const part = PART_OF.exec(phrase);
  if (!part) return null;
  const from = hit.start + part[0].length;
  const date = runChrono(text.slice(from, hit.end), reference, []).find((inner) => inner.start === 0);
  if (!date) return null;
  const shifted = { ...date, start: from + date.start, end: from + date.end };
  return { hit: shifted, phrase: text.slice(shifted.start, shifted.end), code: partOfDayCode(part[1] ?? "") ?? "" };
}

/** A day's value with the part of the day added: 1998-08-07 -> 1998-08-07TNI; anything else as it is. */
export function withPartOfDay(timex: Timex, code: string): Timex {
  return /^\d{4}-\d{2}-\d{2}$/.test(timex.value ?? "") ? { type: "TIME", value: `${timex.value}${code}` } : timex;
}

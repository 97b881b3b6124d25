// Holidays with a fixed or computable day: `Christmas` -> 2017-12-25, `next Christmas`,
// `Easter` (Western, by the Gregorian computus). A bare holiday is the next one in future text and
// the last one in past text, as bare months are.
import { type Day, dayOf, dayValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const HOLIDAY = /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Easter Sunday|Easter|Halloween|Valentine's Day)\b(?!\s+(?:Island|tree|card|market|party|holidays?|season|break)s?\b)/g;

const FIXED: Record<string, [number, number]> = {
  "christmas eve": [12, 24],
  "christmas day": [12, 25],
  christmas: [12, 25],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  halloween: [10, 31],
  "valentine's day": [2, 14],
};

export function findHolidays(text: string, reference: Date | null, future: (start: number, end: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  const today = reference ? dayOf(reference) : null;
  for (const match of text.matchAll(HOLIDAY)) {
    const [whole, written, name = ""] = match;
    const direction = written?.toLowerCase();
    const end = match.index + whole.length;
    const forward = direction === "next" || (direction !== "last" && future(match.index, end));
    const value = today ? dayValue(occurrence(name.toLowerCase(), today, forward, direction === "this")) : null;
    found.push({ start: match.index, end, type: "DATE", value, mod: null, source: "holiday" });
  }
  return found;
}

/** The holiday in the article's year, or the one before or after it. */
function occurrence(name: string, today: Day, forward: boolean, thisYear: boolean): Day {
  const inYear = (year: number): Day => {
    const fixed = FIXED[name];
    return fixed ? { year, month: fixed[0], day: fixed[1] } : easter(year);
  };
  const same = inYear(today.year);
  if (thisYear) return same;
  const sameIsAfter = dayValue(same) > dayValue(today);
  if (forward) return sameIsAfter ? same : inYear(today.year + 1);
  return sameIsAfter ? inYear(today.year - 1) : same;
}

/** Easter Sunday in the Gregorian calendar (the anonymous computus). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

// Clock times written the wire services' way, on a 24-hour clock with a zone, which chrono does
// not read: `(0330 GMT)` -> 03:30 on the article's day, `1400 UTC`, `at 0900 local time`.
import { dayOf, dayValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const ZONED_TIME = /\b([01]\d|2[0-3])([0-5]\d)(?:\s+hours)?\s+(?:GMT|UTC|local\s+time)\b/g;

export function findZonedTimes(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(ZONED_TIME)) {
    const value = reference ? `${dayValue(dayOf(reference))}T${match[1]}:${match[2]}` : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "TIME", value, mod: null, source: "zoned-time" });
  }
  return found;
}

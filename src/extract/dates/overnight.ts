// `overnight`, which chrono does not read: in a day's news it is the night before the article's
// day, `fighting raged overnight`, `overnight losses in New York` -> 1998-08-07TNI in an article of
// the 8th. Not `an overnight stay`, which is no particular night.
import { addDays, dayOf, dayValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const OVERNIGHT = /(?<!\b(?:an?|per)\s+)\bovernight\b(?!-)/gi;

export function findOvernight(text: string, reference: Date | null): Candidate[] {
  const value = reference ? `${dayValue(addDays(dayOf(reference), -1))}TNI` : null;
  return [...text.matchAll(OVERNIGHT)].map((match) => ({ start: match.index, end: match.index + match[0].length, type: "TIME", value, mod: null, source: "overnight" }));
}

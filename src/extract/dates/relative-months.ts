// A month name after `last`, `next` or `this`, which chrono does not read: `last May` -> 2017-05
// in an article of 2017-10-08, `last October` -> 2016-10, `next March` -> 2018-03; and a month
// before the year named so, which chrono reads as two dates: `July last year` -> 2016-07,
// `January this year` -> 2017-01, `March 3 next year` -> 2018-03-03.
import { type Day, dayOf, MONTH_NAMES, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const RELATIVE_MONTH = new RegExp(`\\b(last|next|this|past)\\s+(${MONTH_NAMES.join("|")})\\b`, "gi");
const MONTH_OF_YEAR = new RegExp(`\\b(${MONTH_NAMES.join("|")})(?:\\s+(\\d{1,2})(?!\\d))?\\s+(?:of\\s+)?(last|next|this)\\s+year\\b`, "g");
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

export function findRelativeMonths(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(RELATIVE_MONTH)) {
    const month = MONTH_NAMES.indexOf(match[2] ?? "") + 1;
    if (month === 0) continue; // `last may`: the verb, lower case
    const value = reference ? `${pad(yearOf(dayOf(reference), month, (match[1] ?? "").toLowerCase()), 4)}-${pad(month)}` : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "relative-month" });
  }
  for (const match of text.matchAll(MONTH_OF_YEAR)) {
    const [whole, name = "", day, direction = ""] = match;
    const year = reference ? pad(dayOf(reference).year + (YEAR_SHIFT[direction.toLowerCase()] ?? 0), 4) : "XXXX";
    const value = `${year}-${pad(MONTH_NAMES.indexOf(name) + 1)}${day ? `-${pad(Number(day))}` : ""}`;
    found.push({ start: match.index, end: match.index + whole.length, type: "DATE", value, mod: null, source: "relative-month" });
  }
  return found;
}

/** `last` is strictly before the article's month, `next` strictly after, `this` in its year. */
function yearOf(reference: Day, month: number, direction: string): number {
  if (direction === "next") return month > reference.month ? reference.year : reference.year + 1;
  if (direction === "this") return reference.year;
  return month < reference.month ? reference.year : reference.year - 1;
}

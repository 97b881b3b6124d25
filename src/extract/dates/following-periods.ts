// A year or month named from the date written before it: `On May 22, 1995 he was promoted, and
// the following year he left` -> 1996, `The following month` -> the month after, `that year`,
// `the same month`, `the year before` -> the year before. With no date before, the article date.
import { dayOf, type Day, periodValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const FOLLOWING = /\b(?:the\s+(following|previous|preceding)\s+(year|month)|(?:that|the\s+same)\s+(year|month)|the\s+(year|month)\s+(before|after))\b(?![- ]\w*(?:old|long)\b)/gi;
const SHIFTS: Record<string, number> = { following: 1, after: 1, previous: -1, preceding: -1, before: -1 };
const SOURCE = "following-period";
/** A value with a calendar year: 1995, 1995-05, 1995-05-22, 1995-Q2. */
const DATED = /^(\d{4})(?:-(\d{2}))?/;

export function findFollowingPeriods(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  const today = reference ? dayOf(reference) : null;
  for (const match of text.matchAll(FOLLOWING)) {
    const direction = (match[1] ?? match[5] ?? "").toLowerCase();
    const unit = (match[2] ?? match[3] ?? match[4] ?? "").toLowerCase() === "month" ? "month" : "year";
    const shift = SHIFTS[direction] ?? 0;
    // the fallback value; the shift is kept in the source's reading, done again once a date is known
    const value = today ? periodValue(today, unit, shift) : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: `${SOURCE}/${unit}/${shift}` });
  }
  return found;
}

/** Counts each following period from the last date written before it. */
export function resolveFollowingPeriods(candidates: Candidate[]): Candidate[] {
  let last: Day | null = null;
  let monthKnown = false;
  return candidates.map((candidate) => {
    const [source, unit, shift] = candidate.source.split("/");
    if (source === SOURCE && last && (unit === "year" || monthKnown)) {
      const value = periodValue(last, unit === "month" ? "month" : "year", Number(shift));
      last = { year: Number(value.slice(0, 4)), month: unit === "month" ? Number(value.slice(5, 7)) : last.month, day: 1 };
      return { ...candidate, value, source: SOURCE };
    }
    const dated = candidate.type === "DATE" ? DATED.exec(candidate.value ?? "") : null;
    if (dated) {
      last = { year: Number(dated[1]), month: dated[2] ? Number(dated[2]) : 1, day: 1 };
      monthKnown = dated[2] !== undefined;
    }
    return source === SOURCE ? { ...candidate, source: SOURCE } : candidate;
  });
}

// `the coming week` -> the week after the article's, `the upcoming year` -> the next year: chrono
// reads `next week` but not `coming`. The plural, `the coming weeks`, is a vague stretch of time,
// which the durations finder reads.
import { dayOf, type Period, periodValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const COMING = /\b(?:the|this)\s+(?:coming|upcoming)\s+(week|month|quarter|year)\b(?![- ]\w*(?:old|long)\b)/gi;

export function findComingPeriods(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(COMING)) {
    const unit = (match[1] ?? "").toLowerCase() as Period;
    const value = reference ? periodValue(dayOf(reference), unit, 1) : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "coming-period" });
  }
  return found;
}

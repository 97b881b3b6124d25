// The start, middle or end of a period, which TimeML writes as the period with a mod (the day is
// not given): `the end of the month` -> 2017-10 END, `the beginning of next year` -> 2018 START,
// `the end of November` -> 2017-11 END, `year-end` -> 2017 END, `the end of the decade` -> 201 END.
import type { DateMod } from "../../schema.js";
import { dayOf, longPeriodValue, MONTH_NAMES, nearestMonthYear, pad, type Period, periodValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const PART = String.raw`(beginning|start|end|middle|rest|remainder|close)`;
const OF_UNIT = new RegExp(String.raw`\b(?:the\s+)?${PART}\s+of\s+(the|this|next|last|that)\s+(week|month|year|quarter|decade|century)\b`, "gi");
const OF_MONTH = new RegExp(String.raw`\b(?:the\s+)?${PART}\s+of\s+(${MONTH_NAMES.join("|")})\b(?:,?\s+(\d{4})\b)?`, "g");
const YEAR_END = /\b(?:year[- ]end|year's end)\b/gi;

const MODS: Record<string, DateMod | null> = { beginning: "START", start: "START", end: "END", close: "END", middle: "MID", rest: null, remainder: null };

export function findBoundaries(text: string, reference: Date | null, tense: (start: number, end: number) => boolean | null): Candidate[] {
  const found: Candidate[] = [];
  const today = reference ? dayOf(reference) : null;
  for (const match of text.matchAll(OF_UNIT)) {
    const [whole, part = "", direction = "", unit = ""] = match;
    const shift = { next: 1, last: -1 }[direction.toLowerCase()] ?? 0;
    const lower = unit.toLowerCase();
    const value = !today ? null : lower === "decade" || lower === "century" ? longPeriodValue(today.year, lower, shift) : periodValue(today, lower as Period, shift);
    found.push(candidate(match.index, whole, value, part));
  }
  for (const match of text.matchAll(OF_MONTH)) {
    const [whole, part = "", name = "", written] = match;
    const month = MONTH_NAMES.indexOf(name) + 1;
    const year = written ? Number(written) : today ? nearestMonthYear(today, month, tense(match.index, match.index + match[0].length)) : null;
    found.push(candidate(match.index, whole, `${year === null ? "XXXX" : pad(year, 4)}-${pad(month)}`, part));
  }
  for (const match of text.matchAll(YEAR_END)) {
    found.push(candidate(match.index, match[0], today ? pad(today.year, 4) : null, "end"));
  }
  return found;
}

function candidate(start: number, whole: string, value: string | null, part: string): Candidate {
  return { start, end: start + whole.length, type: "DATE", value, mod: MODS[part.toLowerCase()] ?? null, source: "boundary" };
}

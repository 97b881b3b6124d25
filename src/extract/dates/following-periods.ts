// A year, month or week named from the date written before it: `On May 22, 1995 he was promoted,
// and the following year he left` -> 1996, `The following month` -> the month after, `that year`,
// `the same month`, `the year before` -> the year before, `the following week` -> the ISO week
// after; `On Aug. 3 he was arrested, and the next day released` -> the 4th, `that night` -> the 3rd
// at night (TNI), `the next morning` -> the 4th in the morning (TMO): TimeML anchors these to the
// time the text speaks of, not to the article date, which only serves when no date is written
// before them.
import { addDays, dayOf, type Day, dayValue, periodValue } from "./calendar.js";
import type { Candidate, Following } from "./candidate.js";
import { PART_OF_DAY_PATTERN, partOfDayCode } from "./parts-of-day.js";

const FOLLOWING =
  /\b(?:the\s+(following|previous|preceding)\s+(year|month|week|day)|(?:that|the\s+same)\s+(year|month|week)|the\s+(year|month|week)\s+(before|after)|the\s+(next)\s+(day))\b(?![- ]\w*(?:old|long)\b)/gi;
/** `that night`, `the same evening`, `the next morning`: a part of the day named from the day written before it. */
const PART_FOLLOWING = new RegExp(String.raw`\b(?:that|the\s+(same|next|following|previous|preceding))\s+(${PART_OF_DAY_PATTERN})\b(?![- ]\w*(?:old|long)\b)`, "gi");
const SHIFTS: Record<string, number> = { following: 1, next: 1, after: 1, previous: -1, preceding: -1, before: -1 };
type Unit = Following["unit"];
const SOURCE = "following-period";
/** A value with a calendar year: 1995, 1995-05, 1995-05-22, 1995-Q2, 1995-05-22TNI. */
const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

export function findFollowingPeriods(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  const today = reference ? dayOf(reference) : null;
  for (const match of text.matchAll(FOLLOWING)) {
    const direction = (match[1] ?? match[5] ?? match[6] ?? "").toLowerCase();
    const unit = (match[2] ?? match[3] ?? match[4] ?? match[7] ?? "").toLowerCase() as Unit;
    const shift = SHIFTS[direction] ?? 0;
    // the fallback value; the shift is kept, done again once a date is known
    const value = today ? shifted(today, unit, shift) : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: SOURCE, following: { unit, shift, partOfDay: "" } });
  }
  for (const match of text.matchAll(PART_FOLLOWING)) {
    const shift = SHIFTS[(match[1] ?? "").toLowerCase()] ?? 0;
    const code = partOfDayCode(match[2] ?? "") ?? "";
    const value = today ? shifted(today, "day", shift) + code : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "TIME", value, mod: null, source: SOURCE, following: { unit: "day", shift, partOfDay: code } });
  }
  return found;
}

/** Counts each following period from the last date written before it. */
export function resolveFollowingPeriods(candidates: Candidate[]): Candidate[] {
  let last: Day | null = null;
  // how much of the last date was written: 1 a year, 2 a month, 3 a day
  let known = 0;
  const needs: Record<Unit, number> = { year: 1, month: 2, week: 3, day: 3 };
  return candidates.map((candidate) => {
    const following = candidate.following;
    if (following && last && known >= needs[following.unit]) {
      const { unit, shift, partOfDay } = following;
      const value = shifted(last, unit, shift);
      last = unit === "week" ? addDays(last, 7 * shift) : { year: Number(value.slice(0, 4)), month: unit === "year" ? last.month : Number(value.slice(5, 7)), day: unit === "day" ? Number(value.slice(8, 10)) : last.day };
      return { ...candidate, value: value + partOfDay };
    }
    const dated = candidate.type === "DATE" || candidate.type === "TIME" ? DATED.exec(candidate.value ?? "") : null;
    if (dated) {
      last = { year: Number(dated[1]), month: dated[2] ? Number(dated[2]) : 1, day: dated[3] ? Number(dated[3]) : 1 };
      known = dated[3] ? 3 : dated[2] ? 2 : 1;
    }
    return candidate;
  });
}

/** The year, month, week or day `shift` of them from `day`, at that granularity. */
function shifted(day: Day, unit: Unit, shift: number): string {
  return unit === "day" ? dayValue(addDays(day, shift)) : periodValue(day, unit, shift);
}

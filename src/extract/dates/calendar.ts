// Calendar arithmetic on UTC day numbers, and the TIMEX3 spellings of days, months and weeks.
// Everything is UTC: the article date is an instant at 12:00 UTC and the host's zone never matters.

const DAY_MS = 86_400_000;

export { MONTH_NAMES } from "../../lexicon/months.js";

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

export function dayOf(instant: Date): Day {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

export function addDays(day: Day, delta: number): Day {
  return dayOf(new Date(Date.UTC(day.year, day.month - 1, day.day) + delta * DAY_MS));
}

/** 0 = Sunday ... 6 = Saturday, as chrono and Date count them. */
function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** `2017-10-05` */
export function dayValue(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

/** `2017-W40`: the ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekValue(day: Day): string {
  const isoWeekday = (weekdayOf(day) + 6) % 7; // Monday 0 ... Sunday 6
  const thursday = addDays(day, 3 - isoWeekday);
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstOfYear) / DAY_MS / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

/** The weekday's most recent day on or before `from` (past) or its next day on or after it (future). */
export function nearestWeekday(from: Day, weekday: number, future: boolean): Day {
  const today = weekdayOf(from);
  return future ? addDays(from, (weekday - today + 7) % 7) : addDays(from, -((today - weekday + 7) % 7));
}

/**
 * The year of a bare month: the most recent one on or before `from` (past), the next one on or
 * after it (future), or with no tense the closer of the two (`in January` written in November).
 */
export function nearestMonthYear(from: Day, month: number, future: boolean | null): number {
  const ahead = (month - from.month + 12) % 12;
  const forward = future ?? (ahead > 0 && ahead < 12 - ahead);
  if (forward) return month >= from.month ? from.year : from.year + 1;
  return month <= from.month ? from.year : from.year - 1;
}


/** The week, month, quarter or year that holds `day`, moved by `shift` of them: (2017-10-08, quarter, -1) -> 2017-Q3. */
export type Period = "week" | "month" | "quarter" | "year";

export function periodValue(day: Day, unit: Period, shift: number): string {
  if (unit === "year") return pad(day.year + shift, 4);
  if (unit === "week") return isoWeekValue(addDays(day, 7 * shift));
  const index = day.year * 12 + (day.month - 1) + shift * (unit === "quarter" ? 3 : 1);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return unit === "quarter" ? `${pad(year, 4)}-Q${Math.ceil(month / 3)}` : `${pad(year, 4)}-${pad(month)}`;
}

/** The decade or century that holds `year`, moved by `shift` of them, as TimeML writes it: (1998, decade, 1) -> 200, (1998, century, 0) -> 19. */
export function longPeriodValue(year: number, unit: "decade" | "century", shift: number): string {
  return unit === "decade" ? pad(Math.floor(year / 10) + shift, 3) : pad(Math.floor(year / 100) + shift, 2);
}

// A chrono result as a TIMEX3 value at the granularity the text gives: chrono fills every
// component, so what was *written* decides: `Oct. 5` -> 2017-10-05, `September` -> 2017-09,
// `two years ago` -> 2015, `three weeks ago` -> 2017-W38, `Sunday night` -> 2017-10-08TNI.
import type { ParsedResult } from "chrono-node";
import type { DateType } from "../../schema.js";
import { addDays, type Day, dayOf, dayValue, isoWeekValue, nearestMonthYear, nearestWeekday, pad } from "./calendar.js";
import { CLOCK } from "./chrono-filters.js";
import type { ChronoHit } from "./chrono-runner.js";
import { partOfDayIn } from "./parts-of-day.js";
import { UNIT_PATTERN, unitOf, type Granularity } from "./units.js";

export interface Timex {
  type: DateType;
  value: string | null;
}

export interface Anchor {
  /** The article date; null when unknown, and then relative dates have no value. */
  reference: Date | null;
  /** The clause speaks of the future (true) or the past (false), or nothing tells (null): decides bare weekdays and months. */
  future: boolean | null;
  /** The date closes a period (`the quarter ended [Sept. 30]`) or follows a past verb closely (`died on [July 4]`). */
  ended?: boolean;
}

/** Parsers whose components are all written in the text; every other one counts from the article date. */
const ABSOLUTE_PARSERS = new Set([
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENYearMonthDayParser",
  "ENYearMonthNameParser",
  "SlashDateFormatParser",
  "ISOFormatParser",
  "ENSlashMonthFormatParser",
  "ENTimeExpressionParser",
]);
/** Parsers that count in units (`two years ago`, `last month`): the unit is the granularity. */
const UNIT_PARSERS = /^EN(?:TimeUnit|RelativeDateFormat)/;
const UNIT_WORD = new RegExp(`\\b(${UNIT_PATTERN})\\b`, "gi");
/** Words that make chrono's own reading of a weekday right: `last Friday`, `next Monday`. */
const EXPLICIT_DIRECTION = /\b(?:last|next|this|coming|past|previous)\b/i;
const VAGUE_COUNT = /\b(?:several|few|many|some|couple)\b/i;
const THIS = /\bthis\b/i;
const DAY_MS = 86_400_000;
/** `afternoon yesterday`: chrono keeps the day of the part of the day written first, so the word decides. */
const CASUAL_DAY = /\b(yesterday|today|tomorrow)\b/i;
const CASUAL_SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

export function chronoTimex(hit: ChronoHit, phrase: string, anchor: Anchor): Timex {
  const { result } = hit;
  const clock = result.start.isCertain("hour") && CLOCK.test(phrase);
  const partOfDay = clock ? null : partOfDayIn(phrase);
  const type: DateType = clock || partOfDay ? "TIME" : "DATE";
  if (result.tags().has("casualReference/now")) return { type: "DATE", value: "PRESENT_REF" };
  const relative = hit.parsers.some((parser) => !ABSOLUTE_PARSERS.has(parser));
  if (relative && anchor.reference === null) return { type, value: null };

  const byUnit = hit.parsers.some((parser) => UNIT_PARSERS.test(parser)) ? lastUnit(phrase) : null;
  if (byUnit && anchor.reference) {
    // `several years ago`: no count, so no calendar value, only a direction
    if (VAGUE_COUNT.test(phrase)) return { type: "DATE", value: result.start.date() < anchor.reference ? "PAST_REF" : "FUTURE_REF" };
    // `this week` is the article's own week; chrono starts it on the Sunday before
    const day = THIS.test(phrase) ? dayOf(anchor.reference) : unitShifted(result, anchor.reference, byUnit);
    return { type: byUnit === "hour" || byUnit === "minute" ? "TIME" : "DATE", value: atGranularity(day, result, byUnit) };
  }

  // chrono puts a bare `midnight` at the start of the next day; TimeML ends the article's day with it
  if (clock && /^midnight$/i.test(phrase) && anchor.reference) return { type, value: `${dayValue(dayOf(anchor.reference))}T24:00` };
  const date = calendarPart(result, phrase, anchor);
  if (date === null) return { type, value: null };
  if (/\bweekend\b/i.test(phrase) && date.day) return { type: "DATE", value: `${isoWeekValue(weekendDay(phrase, date.day, anchor))}-WE` };
  const time = clock ? clockValue(result, phrase) : (partOfDay ?? "");
  return { type, value: date.value + time };
}

/** The date part: a day when the text gives one (or a weekday), else a month or a year. */
function calendarPart(result: ParsedResult, phrase: string, anchor: Anchor): { value: string; day: Day | null } | null {
  const start = result.start;
  const reference = anchor.reference ? dayOf(anchor.reference) : null;
  const chronoDay: Day = { year: start.get("year") ?? 0, month: start.get("month") ?? 1, day: start.get("day") ?? 1 };
  const casual = CASUAL_DAY.exec(phrase)?.[1]?.toLowerCase();
  if (casual && reference) {
    const day = addDays(reference, CASUAL_SHIFT[casual] ?? 0);
    return { value: dayValue(day), day };
  }
  if (start.isCertain("weekday") && !start.isCertain("day")) {
    if (!reference) return null;
    const day = EXPLICIT_DIRECTION.test(phrase) ? chronoDay : nearestWeekday(reference, start.get("weekday") ?? 0, anchor.future === true);
    return { value: dayValue(day), day };
  }
  const yearKnown = start.isCertain("year") || reference !== null;
  if (start.isCertain("day") || (!start.isCertain("month") && !start.isCertain("year"))) {
    // a day, or a casual phrase or clock time (`this morning`, `5 p.m.`) on the article's day
    if (!start.isCertain("day") && !reference) return null;
    // `Dec. 7` with no year: chrono's nearest year, unless the tense points the other way
    if (!yearKnown) return { value: `XXXX-${pad(chronoDay.month)}-${pad(chronoDay.day)}`, day: null };
    const day = start.isCertain("year") || !reference ? chronoDay : { ...chronoDay, year: yearByTense(chronoDay, reference, anchor) };
    return { value: dayValue(day), day };
  }
  if (start.isCertain("month")) {
    const month = chronoDay.month;
    if (start.isCertain("year")) return { value: `${pad(chronoDay.year, 4)}-${pad(month)}`, day: null };
    if (!reference) return { value: `XXXX-${pad(month)}`, day: null };
    return { value: `${pad(nearestMonthYear(reference, month, anchor.future), 4)}-${pad(month)}`, day: null };
  }
  return { value: pad(chronoDay.year, 4), day: null };
}

/**
 * `the year ended [March 31]` written in November is last March; `will vote on [Jan. 5]` is next
 * January. Only a period that `ended` or a past verb right before the date says past: `said`
 * before `payable Dec. 7` does not.
 */
function yearByTense(day: Day, reference: Day, anchor: Anchor): number {
  const order = (day.month - reference.month) * 32 + (day.day - reference.day);
  const future = anchor.future === true ? true : anchor.ended ? false : null;
  if (future === false && day.year === reference.year + 1) return reference.year;
  if (future === false && day.year === reference.year && order > 0) return reference.year - 1;
  if (future === true && day.year === reference.year - 1) return reference.year;
  if (future === true && day.year === reference.year && order < 0) return reference.year + 1;
  return day.year;
}

/**
 * A weekend's week: from Friday to Sunday `the weekend` is the one at hand; earlier in the week it
 * is the last one, or the coming one in future text; `next weekend` is the first one still to come.
 */
function weekendDay(phrase: string, chronoDay: Day, anchor: Anchor): Day {
  if (!anchor.reference || /\b(?:last|past|previous)\b/i.test(phrase)) return chronoDay;
  const today = dayOf(anchor.reference);
  const isoWeekday = (anchor.reference.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const nextSaturday = addDays(today, (5 - isoWeekday + 7) % 7);
  // on a Saturday the coming Saturday is today; on a Sunday it is already next week's
  if (/\bnext\b/i.test(phrase)) return isoWeekday === 5 ? addDays(nextSaturday, 7) : nextSaturday;
  if (isoWeekday >= 4 || anchor.future === true || /\b(?:this|coming)\b/i.test(phrase)) return isoWeekday >= 5 ? today : nextSaturday;
  return addDays(nextSaturday, -7);
}

/** `5 p.m.` -> T17:00; `midnight Friday` -> T24:00, the end of the day named, as TimeML writes it. */
function clockValue(result: ParsedResult, phrase: string): string {
  const hour = result.start.get("hour") ?? 0;
  const minute = result.start.get("minute") ?? 0;
  if (hour === 0 && minute === 0 && /\bmidnight\b/i.test(phrase)) return "T24:00";
  return `T${pad(hour)}:${pad(minute)}`;
}

function lastUnit(phrase: string): Granularity | null {
  let last: Granularity | null = null;
  for (const match of phrase.matchAll(UNIT_WORD)) {
    const granularity = unitOf(match[1] ?? "")?.granularity;
    if (granularity === "decade" || granularity === "century") last = "year";
    else if (granularity) last = granularity;
  }
  return last;
}

/**
 * chrono's day for a count of units; for weeks, the article date moved by whole weeks
 * (chrono snaps `last week` to a Sunday, which is the ISO week before).
 */
function unitShifted(result: ParsedResult, reference: Date, granularity: Granularity): Day {
  const start = result.start;
  const chronoDay: Day = { year: start.get("year") ?? 0, month: start.get("month") ?? 1, day: start.get("day") ?? 1 };
  if (granularity !== "week") return chronoDay;
  const days = (Date.UTC(chronoDay.year, chronoDay.month - 1, chronoDay.day) - reference.getTime()) / DAY_MS;
  return addDays(dayOf(reference), Math.round(days / 7) * 7);
}

/** `two years ago` -> 2015, `last month` -> 2017-09, `three weeks ago` -> 2017-W37, `two hours ago` -> 2017-10-08T10:00. */
function atGranularity(day: Day, result: ParsedResult, granularity: Granularity): string {
  switch (granularity) {
    case "year":
      return pad(day.year, 4);
    case "quarter":
      return `${pad(day.year, 4)}-Q${Math.ceil(day.month / 3)}`;
    case "month":
      return `${pad(day.year, 4)}-${pad(day.month)}`;
    case "week":
      return isoWeekValue(day);
    case "day":
      return dayValue(day);
    default:
      return `${dayValue(day)}T${pad(result.start.get("hour") ?? 0)}:${pad(result.start.get("minute") ?? 0)}`;
  }
}

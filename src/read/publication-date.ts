// A record's date as news exports and feeds write it -> the day the article was published, where it
// was published: the date as written at the offset given, or the UTC day of a Unix time.
//   2022-06-20                         -> 2022-06-20
//   2022-06-20T23:30:00-05:00          -> 2022-06-20 (the evening of the 20th in New York)
//   Mon, 20 Jun 2022 08:00:00 +0000    -> 2022-06-20 (RSS, HTTP: RFC 2822)
//   1655712000 / 1655712000000         -> 2022-06-20 (Unix seconds / milliseconds)
import { MONTH_ABBREVIATIONS } from "../lexicon/months.js";

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const RFC_2822 = new RegExp(
  String.raw`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(\d{1,2})\s+(${MONTH_ABBREVIATIONS.join("|")})\s+(\d{4})\s+\d{2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T|Z)?$`,
);
const UNIX = /^\d{9,13}$/;
// a Unix time of 12 digits or more counts milliseconds: 10^11 seconds would be the year 5138
const MILLISECONDS_FROM = 1e11;

const pad = (n: number) => String(n).padStart(2, "0");

/** The day `value` names, as YYYY-MM-DD, or null when it is none of the forms above. */
export function publicationDay(value: string | number): string | null {
  const text = String(value).trim();
  const iso = ISO.exec(text);
  if (iso) return iso[1]!;
  const rfc = RFC_2822.exec(text);
  if (rfc) return `${rfc[3]}-${pad(MONTH_ABBREVIATIONS.indexOf(rfc[2]!) + 1)}-${pad(Number(rfc[1]))}`;
  if (UNIX.test(text)) {
    const n = Number(text);
    return new Date(n >= MILLISECONDS_FROM ? n : n * 1000).toISOString().slice(0, 10);
  }
  return null;
}

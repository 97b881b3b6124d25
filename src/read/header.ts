// Metadata written into the article itself: the archive's date header (` date 2017-10-08 A bridge ...`)
// or a first line `Date: ...`. Found here so that extractors never see it.
import * as chrono from "chrono-node";

export interface Header {
  date: string | null;
  /** The span to blank out of the text that extractors read. */
  start: number;
  end: number;
}

// ` date 2017-10-08 A bridge destroyed ...`: the first text follows on the same line
const ARCHIVE_DATE = /^\s*date (\d{4}-\d{2}-\d{2})(?=\s)/;
// `Date: October 8, 2017`
const DATE_LINE = /^\s*Date:[ \t]*([^\n]*)/i;

export function readHeader(raw: string): Header | null {
  const archive = ARCHIVE_DATE.exec(raw);
  if (archive?.[1] && isRealDay(archive[1])) return { date: archive[1], start: 0, end: archive[0].length };
  const line = DATE_LINE.exec(raw);
  if (line?.[1] !== undefined) {
    return { date: calendarDay(line[1]), start: 0, end: line[0].length };
  }
  return null;
}

/**
 * `October 8, 2017` -> `2017-10-08`, read from chrono's components so the machine's timezone plays no
 * part; only a full day counts. (A plain Date reference: with `{ instant, timezone }` chrono 2.10 spends
 * tens of milliseconds on a text that ends in `2, 2016`.)
 */
function calendarDay(value: string): string | null {
  const start = chrono.parse(value, new Date(Date.UTC(2000, 0, 1, 12)))[0]?.start;
  if (!start || !start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  const day = `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
  return isRealDay(day) ? day : null;
}

export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

// The dateline that opens a wire story says where and when it was filed, and by whom:
// `BEIRUT, Nov 5 (Reuters) -`, `WASHINGTON (AP) —`, `CANBERRA, Australia (AP)_`, or a line of its
// own as in CoNLL-converted text, `LONDON 1996-08-30`. It is metadata: its date is no date mention.
import { span } from "../pipeline/types.js";
import { MONTH_ABBREVIATIONS, MONTH_START_PATTERN } from "../lexicon/months.js";
import type { Dateline } from "../schema.js";

/** Only the first lines of a story can hold its dateline (after a headline or a caption). */
const LINES_SEARCHED = 4;
const PLACE_WORD = String.raw`[A-Z][\p{L}.'-]*`;
/** `NEW YORK`, `Beirut`, `THE HAGUE`: up to four words, each capitalised. */
const PLACE = String.raw`${PLACE_WORD}(?:[ \t]+${PLACE_WORD}){0,3}`;
const MONTH_DAY = String.raw`(?:${MONTH_START_PATTERN})[a-z]*\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?`;
const DAY_MONTH = String.raw`\d{1,2}[ \t]+(?:${MONTH_START_PATTERN})[a-z]*\.?(?:[ \t]+\d{4})?`;
const DATE = String.raw`\d{4}-\d{2}-\d{2}|${MONTH_DAY}|${DAY_MONTH}`;

/** `BEIRUT, Lebanon, Nov. 5 (Reuters) -`: the place, a region, a date, the agency, then a dash. */
const OPENING = new RegExp(
  String.raw`^(${PLACE})(?:,[ \t]*(?!${MONTH_DAY})(${PLACE}))?(?:,?[ \t]+(${DATE}))?(?:[ \t]*\(([A-Z][\p{L}&.' -]{0,30})\))?[ \t]*(?:--?|—|–|_)[ \t]*(?=\S)`,
  "u",
);
/** `LONDON 1996-08-30` or `BEIRUT, Nov 5`, alone on its line. */
const OWN_LINE = new RegExp(String.raw`^(${PLACE})(?:,[ \t]*(?!${MONTH_DAY})(${PLACE}))?,?[ \t]+(${DATE})[ \t]*$`, "u");

/** The span lies inside the dateline: metadata, where no statement starts and no place takes the agency as an alias. */
export function withinDateline(dateline: Dateline | null, span: { start: number; end: number }): boolean {
  return dateline !== null && span.start >= dateline.start && span.end <= dateline.end;
}

/** Matched on the normalised `text`; the span's text is sliced from `raw`, offset for offset. */
export function readDateline(raw: string, text: string, reference: Date | null): Dateline | null {
  let at = 0;
  for (let line = 0; line < LINES_SEARCHED && at < text.length; ) {
    const lineEnd = text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at);
    const indent = /^[ \t]*/.exec(text.slice(at, lineEnd))?.[0].length ?? 0;
    const content = text.slice(at + indent, lineEnd);
    if (content.trim() !== "") {
      const found = datelineIn(content, reference);
      if (found) return { ...found, ...span({ raw }, at + indent, at + indent + found.end) };
      line++;
    }
    at = lineEnd + 1;
  }
  return null;
}

function datelineIn(line: string, reference: Date | null): Dateline | null {
  const own = OWN_LINE.exec(line);
  if (own) return build(line, own[0].trimEnd().length, own[1], own[3], null, reference);
  const opening = OPENING.exec(line);
  if (!opening) return null;
  const [whole, place = "", , date, agency] = opening;
  // a capitalised opening (`Beirut -`) needs a date or an agency; `SOCCER - JAPAN WIN` is a headline
  if (!date && !agency && (!isUpperCase(place) || !/\p{Ll}/u.test(line.slice(whole.length)))) return null;
  return build(line, whole.trimEnd().length, place, date, agency ?? null, reference);
}

function build(line: string, end: number, place: string | undefined, date: string | undefined, agency: string | null, reference: Date | null): Dateline {
  return { start: 0, end, text: line.slice(0, end), place: place ?? null, date: date ? dateValue(date, reference) : null, agency: agency?.trim() ?? null };
}

function isUpperCase(word: string): boolean {
  return /\p{Lu}{2}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** `1996-08-30` as written; `Nov 5` in the year that puts it on or shortly before the article date. */
function dateValue(written: string, reference: Date | null): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return written;
  const month = MONTH_ABBREVIATIONS.findIndex((name) => new RegExp(`\\b${name}`, "i").test(written)) + 1;
  const day = Number(/\b(\d{1,2})\b/.exec(written)?.[1]);
  const year = /\b(\d{4})\b/.exec(written)?.[1];
  if (month === 0 || !(day >= 1 && day <= 31)) return null;
  const monthDay = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year) return `${year}-${monthDay}`;
  if (!reference) return `XXXX-${monthDay}`;
  const sameYear = reference.getUTCFullYear();
  // a story filed on Dec 31 and dated Jan 1 belongs to the year before
  const filed = Date.UTC(sameYear, month - 1, day);
  const filedYear = filed - reference.getTime() > 31 * 86_400_000 ? sameYear - 1 : sameYear;
  return `${filedYear}-${monthDay}`;
}

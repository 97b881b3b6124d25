// Years and decades that chrono leaves alone: `in 1998`, `since 2014`, `the 2017 elections`,
// `the 1996-2000 plan` -> 1996, `in '98` -> 1998 (the century nearest the article's),
// `the 1990s` -> 199, `the early 1980s` -> 198 START, `the nineties` -> 199, `the 20th century` -> 19. Numbers that only look like years are
// left out: `Resolution 2254`, `2000 troops`, `about 1500`, `1998.5`, `2017%`.
import { MONTH_START_PATTERN } from "../../lexicon/months.js";
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";
import { textAfter, textBefore } from "../../window.js";

// `since ` before `'98`
const SHORT_YEAR_LEAD_WIDTH = 16;
// `the year `, `fiscal `, read with the year
const YEAR_WORDS_WIDTH = 12;
// `Resolution `, `in the `, `mid-` before a year
const BEFORE_YEAR_WIDTH = 24;
// `-2000`, ` elections`, `.` after it
const AFTER_YEAR_WIDTH = 16;

const YEAR = /(?<![\p{L}\p{N}$£€#/.,])(1\d{3}|20\d{2})(?![\p{L}\p{N}%]|[.,]\d)/gu;
const DECADE = /\b(?:the\s+)?(?:(early|mid|late)[\s-]+)?(1\d{2}|20\d)0s\b/gi;
const DECADE_MODS: Record<string, DateMod> = { early: "START", mid: "MID", late: "END" };
/** `the 20th century` -> 19, `the eleventh century` -> 10. */
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi;
/** `the nineties` -> 199, `the '80s` -> 198: decades of the 1900s written as words or with an apostrophe. */
const DECADE_WORD = /\bthe\s+(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|'([2-9])0s)\b/gi;
/** `in '98`, `the class of '02`: a year cut to two digits, after a word that leads to a year. */
const SHORT_YEAR = /(?<![\p{L}\p{N}'])'(\d\d)(?![\p{L}\p{N}'%]|[.,]\d)/gu;
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/** Words after which a number is a year: `in 1998`, `Since 2014`, `fiscal 1989`, `mid-2016`. */
const YEAR_LEAD = /\b(?:in|since|until|till|by|before|after|from|through|throughout|during|between|early|late|mid|fiscal|year|spring|summer|autumn|fall|winter)[\s-]+$/i;
const MONTH_NAME = new RegExp(String.raw`\b(?:${MONTH_START_PATTERN})[a-z]*\.?\s+$`);
const SHORT_YEAR_LEAD = /\b(?:in|since|until|by|before|after|from|through|during|of|early|late|mid)[\s-]+$/i;
/** Counting words: `about 1500`, `some 2000`, `No. 1998`. */
const COUNT_LEAD = /\b(?:about|some|nearly|almost|around|approximately|roughly|over|than|least|only|just|total of|no\.|number|another)\s+$/i;
/** A year can be followed by a verb or a function word: `2017 was`, `1998 and 1999`, `2016 to`. */
const AFTER_YEAR = /^\s+(?:was|is|will|has|had|saw|marked|and|or|to|through|when|as|with|after|before|until|onwards?)\b/i;
/** Or preceded by a determiner, as an adjective: `the 2017 elections`, `its 2016 report`. */
const DETERMINER_LEAD = /\b(?:the|a|an|its|his|her|their|our|this|that|last|next|[\p{L}]+'s)\s+$/iu;

export function findYears(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SHORT_YEAR)) {
    if (!SHORT_YEAR_LEAD.test(textBefore(text, match.index, SHORT_YEAR_LEAD_WIDTH))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: fullYear(Number(match[1]), reference), mod: null, source: "year" });
  }
  for (const match of text.matchAll(DECADE)) {
    const mod = match[1] ? (DECADE_MODS[match[1].toLowerCase()] ?? null) : null;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: match[2] ?? null, mod, source: "year" });
  }
  for (const match of text.matchAll(CENTURY)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: String(Number(match[1]) - 1).padStart(2, "0"), mod: null, source: "year" });
  }
  for (const match of text.matchAll(DECADE_WORD)) {
    const digit = match[1] ? DECADE_WORDS.indexOf(match[1].toLowerCase()) + 2 : Number(match[2]);
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value: `19${digit}`, mod: null, source: "year" });
  }
  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isYear(text, start, end, Number(match[0]))) continue;
    // `the year 2000` and `fiscal 1989` are read whole
    const lead = /\b(?:the year|fiscal)\s+$/i.exec(textBefore(text, start, YEAR_WORDS_WIDTH));
    found.push({ start: lead ? start - lead[0].length : start, end, type: "DATE", value: match[0], mod: null, source: "year" });
  }
  return found;
}

function isYear(text: string, start: number, end: number, year: number): boolean {
  const before = textBefore(text, start, BEFORE_YEAR_WIDTH);
  const after = textAfter(text, end, AFTER_YEAR_WIDTH);
  // `1998-2002` and `mid-2016`: a hyphen only after another year or `mid`
  if (/-$/.test(before) && !/(?:\d{4}|\bmid)-$/i.test(before)) return false;
  if (COUNT_LEAD.test(before)) return false;
  // `the 1996-2000 plan`, `the 1998-99 season`: the first year of a range
  if (year >= 1900 && /^-(?:\d{4}|\d\d)(?![\p{L}\p{N}%])/u.test(after)) return true;
  // and its last: `the 1996-2000 period`
  if (/(?<![\p{N}-])(?:19|20)\d\d-$/u.test(before)) return true;
  if (YEAR_LEAD.test(before)) return true;
  if (year < 1900) return false;
  if (/^(?:\s*$|\s*[,.;:!?)'"]|'s\b)/.test(after)) return !capitalisedNameBefore(before);
  return AFTER_YEAR.test(after) || (DETERMINER_LEAD.test(before) && !capitalisedNameBefore(before));
}

/** `Resolution 2254`, `Windows 2000`: a name that ends with a number. */
function capitalisedNameBefore(before: string): boolean {
  return /[A-Z][\p{L}]*\s+$/u.test(before) && !MONTH_NAME.test(before) && !/(?:^|[.!?"]\s+|\n\s*)[A-Z][\p{L}]*\s+$/u.test(before);
}

/** `98` -> 1998 in an article of 1998 or 2001, `05` -> 2005: the year within a century's half of the article's. */
function fullYear(twoDigits: number, reference: Date | null): string {
  const now = reference ? reference.getUTCFullYear() : 1999;
  const year = Math.floor(now / 100) * 100 + twoDigits;
  return String(year > now + 50 ? year - 100 : year < now - 50 ? year + 100 : year);
}

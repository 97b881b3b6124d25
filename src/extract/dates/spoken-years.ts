// Years written as they are spoken, in broadcast transcripts: `nineteen ninety-six` -> 1996,
// `January nineteen ninety-seven` -> 1997-01, `the year two thousand` -> 2000. `two thousand`
// alone is mostly a count (`two thousand troops`), so it needs `the year` before it; so is
// `nineteen hundred`, which is left out.
import { MONTH_NAMES, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

const TWO_DIGITS = String.raw`(?:${TEENS.join("|")}|(?:${TENS.join("|")})(?:[\s-](?:${ONES.join("|")}))?)`;
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(${MONTH_NAMES.join("|")})\s+)?(?:(nineteen)\s+(${TWO_DIGITS})|(?:the\s+year\s+)(two\s+thousand)(?:\s+(?:and\s+)?(${ONES.join("|")}))?)\b`,
  "gi",
);

export function findSpokenYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SPOKEN_YEAR)) {
    const [whole, month, nineteen, rest = "", , ones] = match;
    const year = nineteen ? 1900 + twoDigits(rest) : 2000 + (ones ? ONES.indexOf(ones.toLowerCase()) + 1 : 0);
    const monthIndex = month ? MONTH_NAMES.findIndex((name) => name.toLowerCase() === month.toLowerCase()) + 1 : 0;
    // `may nineteen ninety` is no month: only a capitalised name counts
    const monthWritten = month !== undefined && /^[A-Z]/.test(month);
    const start = month && !monthWritten ? match.index + month.length + whole.slice(month.length).search(/\S/) : match.index;
    const value = monthWritten ? `${pad(year, 4)}-${pad(monthIndex)}` : pad(year, 4);
    found.push({ start, end: match.index + whole.length, type: "DATE", value, mod: null, source: "spoken-year" });
  }
  return found;
}

/** `ninety-six` -> 96, `twelve` -> 12. */
function twoDigits(written: string): number {
  const [tens = "", ones] = written.toLowerCase().split(/[\s-]/);
  const teen = TEENS.indexOf(tens);
  if (teen >= 0) return 10 + teen;
  return (TENS.indexOf(tens) + 2) * 10 + (ones ? ONES.indexOf(ones) + 1 : 0);
}

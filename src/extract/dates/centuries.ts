// Decades and centuries named from the article's own: `this century` -> 19 in an article of 1998,
// `the next century` -> 20, `the coming century`, `the next decade` -> 200; and counted back,
// which chrono does not read: `a decade ago` -> 198, `two centuries ago` -> 17, `a few decades
// ago` -> PAST_REF. TimeML writes a decade as its first three digits and a century as its first two.
// Not `the past century` or `the last century`, which news uses for a stretch as often as for a date.
import { dayOf, longPeriodValue } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { COUNT_PATTERN, countValue } from "./numbers.js";

const RELATIVE_CENTURY = /\b(?:(this|the\s+(?:current|present))|(?:the\s+)?(next|coming|new))\s+(century|decade)\b(?![- ]\w*(?:old|long)\b)/gi;
/** `a decade ago`, `two centuries ago`, `a few decades ago`; a bare `decades ago` is vague-ago.ts's. */
const AGO = new RegExp(String.raw`\b(${COUNT_PATTERN})\s+(decades?|century|centuries)\s+ago\b`, "gi");

export function findCenturies(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  const year = reference ? dayOf(reference).year : null;
  for (const match of text.matchAll(RELATIVE_CENTURY)) {
    const unit = (match[3] ?? "").toLowerCase() === "decade" ? "decade" : "century";
    const value = year === null ? null : longPeriodValue(year, unit, match[1] ? 0 : 1);
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "century" });
  }
  for (const match of text.matchAll(AGO)) {
    const count = countValue(match[1] ?? "");
    if (count === null) continue;
    const span = /^decade/i.test(match[2] ?? "") ? 10 : 100;
    const value = year === null ? null : count === "X" ? "PAST_REF" : String(Math.floor((year - count * span) / span));
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "century" });
  }
  return found;
}

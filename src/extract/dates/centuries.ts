// Centuries named from the article's own: `this century` -> 19 in an article of 1998, `the next
// century` -> 20, `the coming century`. TimeML writes a century as its first two digits.
// Not `the past century` or `the last century`, which news uses for a stretch as often as for a date.
import { dayOf, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const RELATIVE_CENTURY = /\b(?:(this|the\s+(?:current|present))|(?:the\s+)?(next|coming|new))\s+century\b(?![- ]\w*(?:old|long)\b)/gi;

export function findCenturies(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(RELATIVE_CENTURY)) {
    const century = reference ? Math.floor(dayOf(reference).year / 100) : null;
    const value = century === null ? null : pad(match[1] ? century : century + 1);
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "century" });
  }
  return found;
}

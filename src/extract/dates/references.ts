// Words that point at the present, past or future without a calendar value:
// `currently` -> PRESENT_REF, `recently` -> PAST_REF, `in the future` -> FUTURE_REF.
// chrono already reads `now`; these are what it misses. A leading `in`/`at` stays outside
// the span, as in TimeML: `in [the past]`, `at [present]`.
import type { Candidate } from "./candidate.js";

const REFERENCES: Array<[RegExp, string]> = [
  [/\b(?:currently|nowadays|these days)\b/gi, "PRESENT_REF"],
  [/\bat (present)\b/gi, "PRESENT_REF"],
  [/\b(?:recently|lately)\b/gi, "PAST_REF"],
  [/\bin (the (?:recent |distant )?past)\b/gi, "PAST_REF"],
  [/\b(?:in|into|for) (the (?:near |distant |foreseeable )?future)\b/gi, "FUTURE_REF"],
  [/\b(?<!\bas )soon\b(?! as\b)/gi, "FUTURE_REF"], // not `as soon as`
];

export function findReferences(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [pattern, value] of REFERENCES) {
    for (const match of text.matchAll(pattern)) {
      const written = match[1] ?? match[0];
      const start = match.index + match[0].lastIndexOf(written);
      found.push({ start, end: start + written.length, type: "DATE", value, mod: null, source: "reference" });
    }
  }
  return found;
}

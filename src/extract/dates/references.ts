// Words that point at the present, past or future without a calendar value:
// `currently` -> PRESENT_REF, `recently` -> PAST_REF, `in the future` -> FUTURE_REF, `in recent
// years` -> PAST_REF, `at the time,` -> PAST_REF, `over the near term` -> FUTURE_REF, and the adjectives `current` and `recent`.
// Not `previously`: TimeBank leaves it out far more often than not.
// chrono already reads `now`; these are what it misses. A leading `in`/`at` stays outside
// the span, as in TimeML: `in [the past]`, `at [present]`.
import type { Candidate } from "./candidate.js";

const REFERENCES: Array<[RegExp, string]> = [
  [/\b(?:currently|nowadays|these days|right now)\b/gi, "PRESENT_REF"],
  // `the then current chairman`: current as of a past time
  [/\bthen[\s-]current\b/gi, "PAST_REF"],
  [/\bat (present)\b/gi, "PRESENT_REF"],
  [/\b(?:at|for) (the moment)\b/gi, "PRESENT_REF"],
  // `the current four flights`, but not `the current account` or a river's `strong current`
  [/\b(?<!then[\s-])current(?=\s+(?!account|accounts|affairs|events)[a-z\d])/gi, "PRESENT_REF"],
  [/\b(?:(?:more|most|very) )?(?:recently|lately)\b/gi, "PAST_REF"],
  // `the recent fighting`, and `in [recent years]` as TimeML reads it (`recent months` is a
  // duration, which the durations finder reads)
  [/\brecent(?:\s+(?:years|decades)\b|(?=\s+[a-z]))/gi, "PAST_REF"],
  [/\bin (the (?:recent |distant )?past)\b/gi, "PAST_REF"],
  // but not `the future of the city`
  [/\b(?:in|into|for|about|toward|towards) (the (?:near |distant |foreseeable )?future)\b(?! of\b)/gi, "FUTURE_REF"],
  [/\b(?:in|over|for) (the (?:near|short) term)\b/gi, "FUTURE_REF"],
  // `in coming months`, `future quarters`, `in past years`: units with no count point one way, no further
  [/\b(?:coming|future)\s+(?:days|weeks|months|quarters|years)\b/gi, "FUTURE_REF"],
  [/\bin (past years)\b/gi, "PAST_REF"],
  // `during [that time]`, `At [the time], he was a senator`: the past the story speaks of; but not
  // `at the time he was captured`, where `the time` is the clause's own
  [/\b(?:at|during|by|since|until|till|from) (that time)\b(?!\s+of\b)/gi, "PAST_REF"],
  [/\bat (the time)(?=\s*[,;:.!?)])/gi, "PAST_REF"],
  [/\b(?<!\bas )soon\b(?! as\b)/gi, "FUTURE_REF"], // not `as soon as`
  // `could one day lead the party`, `someday`: an unnamed day to come
  [/\b(?:will|would|could|can|may|might|should|shall)\s+(one day)\b(?!\s+(?:later|earlier|after|before|ago)\b)/gi, "FUTURE_REF"],
  [/\bsome ?day\b/gi, "FUTURE_REF"],
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

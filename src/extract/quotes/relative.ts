// Reported speech inside a relative clause, where the relative pronoun is the subject of what was said:
//   a law, which critics said was discriminatory against transgender students
//   information that government officials said would compromise national security
//   moves that he said improved Indiana's economy  /  what she said is growing demand
//   what he calls corruption in politics  (a verb of naming: the name follows the cue)
// The content runs, as PolNeAR marks it, from the relative pronoun (cue and speaker inside it) to
// the end of the clause: `[which officials said will go into effect in the next few months]`.
import type { SpeakerPhrase } from "./types.js";
import { speakerBefore } from "./mentions.js";
import { isAdverb, isFiniteVerb, lower, type Words } from "./words.js";

const RELATIVE_PRONOUNS = new Set(["which", "that", "who", "what"]);
/** `which U.S. officials say`: the subject between the pronoun and the cue is short. */
const MAX_SUBJECT_WORDS = 6;

export interface RelativeReport {
  speaker: SpeakerPhrase;
  /** First word of the content: the relative pronoun. */
  start: number;
  /** The verb the relative pronoun is the subject of. */
  verb: number;
}

/** The relative report whose cue is word `cue` in sentence words [s, e); null when the cue is not one. */
export function relativeReport(words: Words, [s, e]: [number, number], cue: number, naming = false): RelativeReport | null {
  let start = cue + 1;
  while (start < e && isAdverb(words, start)) start++;
  // `what he calls corruption in politics`: after a verb of naming, the name follows, not a verb
  if (start >= e || (!naming && !isFiniteVerb(words, start))) return null;
  for (let r = cue - 1; r >= Math.max(s, cue - 1 - MAX_SUBJECT_WORDS); r--) {
    if (!RELATIVE_PRONOUNS.has(lower(words, r)) || (naming && lower(words, r) !== "what")) continue;
    if (r + 1 >= cue) return null;
    const speaker = speakerBefore(words, r + 1, cue);
    return speaker && speaker.start === r + 1 ? { speaker, start: r, verb: start } : null;
  }
  return null;
}

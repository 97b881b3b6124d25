// `to say`, its speaker the subject of the verb it completes:
//   He went on to say that ...            Voters are more likely to say they ...
//   The senator took to Twitter to say ...
// Not a refusal (`declined to say whether`, `did not want to say`), and not `It is hard to say`.
import { clauseFollows } from "./chunks.js";
import { speakerBefore } from "./mentions.js";
import type { SpeakerPhrase } from "./types.js";
import { gapBefore, isFiniteVerb, lower, type Words } from "./words.js";

/** `was not yet willing to say`: the verb the infinitive completes is this close before `to`. */
const MAX_VERB_WORDS = 6;
const EMPTY_SUBJECTS = new Set(["it", "that", "this", "there", "what"]);
const REFUSALS = new Set(["not", "n't", "never", "declined", "declines", "refused", "refuses", "hesitated", "reluctant", "unwilling", "afraid"]);

/** The speaker of `say` at word `cue` after `to`, when a clause (`start` on) follows: the subject of the nearest finite verb before. */
export function infinitiveSubject(words: Words, [s, e]: [number, number], cue: number, start: number): SpeakerPhrase | null {
  // `He went on to say, “...”`: a quotation's attribution, not a report
  if (lower(words, cue) !== "say" || start < 0 || /[,:"\u201c]/.test(gapBefore(words, cue + 1)) || !clauseFollows(words, start, e)) return null;
  return infinitiveSpeaker(words, s, cue);
}

/** The subject of the finite verb that the cue at word `cue`, after `to`, completes (`Bryne went on to say, “...”`); null for a refusal or an empty subject. */
export function infinitiveSpeaker(words: Words, s: number, cue: number): SpeakerPhrase | null {
  if (lower(words, cue - 1) !== "to") return null;
  for (let v = cue - 2; v > s && v >= cue - 1 - MAX_VERB_WORDS; v--) {
    if (/[,;:()\u2014]/.test(gapBefore(words, v + 1)) || REFUSALS.has(lower(words, v))) return null;
    if (!isFiniteVerb(words, v)) continue;
    const speaker = speakerBefore(words, s, v);
    return speaker && !EMPTY_SUBJECTS.has(lower(words, speaker.mention[0])) ? speaker : null;
  }
  return null;
}

// An attribution between commas inside the statement it reports:
//   Many of the closures, he said, have involved public courses.
//   The argument would be aided, Devine said, by the upcoming primary calendar.
// The content is both pieces, without the attribution.
import { afterListener, howSaid } from "./attribution.js";
import type { Attribution } from "./types.js";
import { hasComma } from "./clause.js";
import { CLAUSE_ENDS, PARTICIPLE_CUES } from "./cues.js";
import { speakerBefore } from "./mentions.js";
import { lower, type Words } from "./words.js";

/** `he said on Sunday,`: adjunct words allowed between the cue and its closing comma. */
const MAX_ADJUNCT_WORDS = 4;
/** Each piece of the statement has at least this many words. */
const MIN_PIECE_WORDS = 2;

export interface Interrupted extends Attribution {
  /** The piece before the attribution. */
  before: [number, number];
  /** First word of the piece after it. */
  resume: number;
}

/** The attribution at cue `cue` of sentence words [s, e) when commas set it inside its statement; null otherwise. */
export function interruptedAttribution(words: Words, [s, e]: [number, number], cue: number): Interrupted | null {
  const speaker = speakerBefore(words, s, cue);
  if (!speaker || speaker.start - s < MIN_PIECE_WORDS || !hasComma(words, speaker.start)) return null;
  let resume = afterListener(words, cue, e);
  const limit = Math.min(e, resume + MAX_ADJUNCT_WORDS);
  while (resume < limit && !hasComma(words, resume)) resume++;
  if (resume >= limit || !hasComma(words, resume) || e - resume < MIN_PIECE_WORDS) return null;
  // `, he said, adding ...`, `, said Smith, who ...`: the attribution's own tail, not the statement
  const next = lower(words, resume);
  if (PARTICIPLE_CUES.has(next) || CLAUSE_ENDS.has(next) || next === "according") return null;
  // `, he said, on condition of anonymity`, `, she said, in an interview`: how it was said, not what
  if (howSaid(words, resume, e)) return null;
  return { cue: [cue, cue + 1], speaker, before: [s, speaker.start], resume };
}

// Reported questions: a form of `ask` followed by the question as a clause.
//   Asked on Fox News [who leads the party in his view], he said Ryan.
//   Asked by Stephanopoulos [whether he ...], Carson said ...     (the asker: Stephanopoulos)
//   He asked workers [if they planned to attend the caucuses].
//   Christie said when asked [whether he would issue a quarantine ...].
//   ..., he appears uneasy when asked about [his daughter's work for the campaign].
//   when Mr. Hurt asked [Norton to republish the book this year], it declined
// The content runs from the question word; after an opening `Asked` it ends at the comma
// before the main clause. Often no asker is named: the speaker is then null.
import { MIN_CONTENT_WORDS } from "./clause.js";
import { BE_FORMS } from "./cues.js";
import { speakerAfter } from "./mentions.js";
import type { SpeakerPhrase } from "./types.js";
import { gapBefore, lower, type Words } from "./words.js";

const ASK = new Set(["ask", "asks", "asked", "asking"]);
export const QUESTION_WORDS = new Set(["if", "whether", "who", "whom", "whose", "what", "why", "how", "where", "when", "which"]);
/** `Asked on Fox News who`, `asked workers at the rally if`: words allowed between the cue and the question word. */
const MAX_GAP_WORDS = 6;

export interface Question {
  cue: number;
  /** The asker when written after `by`: `Asked by Stephanopoulos whether ...`. */
  asker: SpeakerPhrase | null;
  /** No asker is written (`Asked ...`, `when asked ...`, `was asked ...`); otherwise the cue's subject asks. */
  unnamed: boolean;
  /** First word of the question. */
  start: number;
  /** True when the attribution opens a participle clause (`Asked ...,` / `When asked ...,`): the question ends at a comma. */
  opening: boolean;
}

/** `when asked whether`, `after being asked`: a subordinate clause with no asker. */
const SUBORDINATE = new Set(["when", "after", "once", "if", "while", "before", "whenever", "being"]);

/**
 * First word of what was asked after the cue: a question word (`asked workers if ...`), the topic after
 * `about` (`when asked about his daughter's work`), or a request (`asked Norton to republish the book`); -1 when none.
 */
function questionStart(words: Words, cue: number, e: number): number {
  if (lower(words, cue + 1) === "about") return cue + 2;
  const limit = Math.min(e, cue + 1 + MAX_GAP_WORDS);
  for (let k = cue + 1; k < limit; k++) {
    // `asked for $45 million, which ...`, `asked, “...”`: what was asked follows without a break
    if (/[,;:"\u201c\u201d(]/.test(gapBefore(words, k))) return -1;
    if (QUESTION_WORDS.has(lower(words, k))) return k;
    // `asked Norton to republish`, `asked it to be fetched`: a request of one short object
    if (lower(words, k) === "to" && k > cue + 1 && k - cue <= 4) return cue + 1;
    if (lower(words, k) === "for" || lower(words, k) === "that") return -1;
  }
  return -1;
}

/** The question after the cue at word `cue` of sentence words [s, e); null when the cue is not a form of `ask` with one. */
export function askedQuestion(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Question | null {
  if (!ASK.has(lower(words, cue))) return null;
  const start = questionStart(words, cue, e);
  if (start < 0 || e - start < MIN_CONTENT_WORDS - 1) return null;
  const before = lower(words, cue - 1);
  const subordinate = SUBORDINATE.has(before) || BE_FORMS.has(before);
  // `Asked ...,` and `When asked ...,` open the sentence; `Christie said when asked whether ...` ends it
  const opening = cue === sentenceStart || (cue - 1 === sentenceStart && subordinate);
  // `Asked by Stephanopoulos whether`: the asker follows `by`
  const by = lower(words, cue + 1) === "by" ? speakerAfter(words, cue + 2, start) : null;
  return { cue, asker: by && cue >= s ? { mention: by.mention, start: by.start } : null, unnamed: opening || subordinate, start, opening };
}

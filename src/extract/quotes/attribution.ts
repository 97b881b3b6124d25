// An attribution: a cue and its speaker, found beside a quote or a reported clause.
//   “...,” the military source said.      (trailing, subject first)
//   “...,” said the military source.      (trailing, inverted)
//   The minister said: “...”              (leading)
import { ADJUNCT_STARTS, CUE_VERBS, DETERMINERS, LISTENERS, PREPOSITIONS, TELL } from "./cues.js";
import { speakerAfter, speakerBefore, type SpeakerPhrase } from "./mentions.js";
import { gapBefore, isCapitalised, lower, type Words } from "./words.js";

export interface Attribution {
  /** Word range of the cue: `said`, `according to`. */
  cue: [number, number];
  speaker: SpeakerPhrase;
}

/** Words allowed after the cue of a trailing attribution: `told Reuters on Sunday in a statement`. */
export const MAX_TAIL_WORDS = 8;

/** Length in words of a cue starting at word i, 0 when there is none. */
export function cueLength(words: Words, i: number): number {
  const word = lower(words, i);
  if (word === "according" && lower(words, i + 1) === "to") return 2;
  if (!CUE_VERBS.has(word)) return 0;
  // `the said document`, `self-declared`
  if (["the", "a", "an"].includes(lower(words, i - 1)) || /^-$/.test(gapBefore(words, i))) return 0;
  return 1;
}

/** `told Reuters`, `told reporters`, `told the newspaper`: the first word after the listener of `tell`, or after the cue. */
export function afterListener(words: Words, cue: number, end: number): number {
  let k = cue + 1;
  if (!TELL.has(lower(words, cue))) return k;
  if (LISTENERS.has(lower(words, k))) return k + 1;
  // `told the newspaper`, `told the New York Times`
  if (DETERMINERS.has(lower(words, k))) k++;
  const name = k;
  while (k < end && isCapitalised(words, k) && k - name < 4) k++;
  return k === name ? Math.min(end, k + 1) : k;
}

/** What may follow a closing attribution: `on Sunday`, `in a statement`, `yesterday`; after an inverted subject, an appositive too. */
function adjunctsOnly(words: Words, after: number, end: number, inverted: boolean): boolean {
  if (after >= end) return true;
  if (inverted && /,/.test(gapBefore(words, after))) return true;
  return ADJUNCT_STARTS.has(lower(words, after)) || PREPOSITIONS.has(lower(words, after));
}

/** An attribution that starts at word `from` and closes its sentence (which ends before word `end`). */
export function trailingAttribution(words: Words, from: number, end: number): Attribution | null {
  const limit = Math.min(end, from + 16);
  for (let c = from; c < limit; c++) {
    const length = cueLength(words, c);
    if (length === 0) continue;
    // `told` has a listener, not an inverted subject: `..., told Reuters` is no speaker
    if (lower(words, c) === "according" || (c === from && TELL.has(lower(words, c)))) return null;
    const speaker = c === from ? speakerAfter(words, c + length, end) : speakerBefore(words, from, c);
    if (!speaker || (c > from && speaker.start !== from)) return null;
    const after = c === from ? speaker.mention[1] : afterListener(words, c, end);
    if (end - after > MAX_TAIL_WORDS || !adjunctsOnly(words, after, end, c === from)) return null;
    return { cue: [c, c + length], speaker };
  }
  return null;
}

/** The attribution just before a quote opening at word `quote`: `he said:`, `the army said in a statement,`. */
export function leadingAttribution(words: Words, sentenceStart: number, quote: number): Attribution | null {
  for (let c = quote - 1; c >= Math.max(sentenceStart, quote - MAX_TAIL_WORDS); c--) {
    const length = cueLength(words, c);
    if (length === 0 || lower(words, c) === "according") continue;
    const speaker = speakerBefore(words, sentenceStart, c);
    return speaker ? { cue: [c, c + length], speaker } : null;
  }
  return null;
}

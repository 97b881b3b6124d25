// Reported speech in one sentence: the reported clause, its cue and its speaker.
//   X said (that) ...  /  X told Reuters (that) ...  /  X has previously said that ...
//   ..., X said.  /  ..., said X.  /  ..., X told Reuters on Sunday.
//   According to X, ...  /  ..., according to X.
//   X said in a statement on its website that ...
import { afterListener, type Attribution, cueLength, MAX_TAIL_WORDS, trailingAttribution } from "./attribution.js";
import { ADJUNCT_STARTS, CONTRAST_WORDS, DETERMINERS, PREPOSITIONS } from "./cues.js";
import { speakerAfter, speakerBefore } from "./mentions.js";
import { gapBefore, lower, type Words } from "./words.js";

export interface Reported extends Attribution {
  /** Word range of the reported clause, without `that` and without the attribution. */
  content: [number, number];
}

/** Fewer words than this is not a statement (`..., he said.` after a two-word clause). */
const MIN_CONTENT_WORDS = 3;
/** `said in a statement on a website for the campaign that ...`: how far a `that` may follow the cue. */
const MAX_ADJUNCT_WORDS = 15;

const hasComma = (words: Words, i: number): boolean => /,/.test(gapBefore(words, i));

function accordingTo(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const speaker = speakerAfter(words, cue + 2, e);
  if (!speaker) return null;
  const [, speakerEnd] = speaker.mention;
  if (cue === s && speakerEnd < e && hasComma(words, speakerEnd)) {
    return { cue: [cue, cue + 2], speaker, content: [speakerEnd, e] };
  }
  if (cue > s && hasComma(words, cue) && e - speakerEnd <= MAX_TAIL_WORDS) {
    return { cue: [cue, cue + 2], speaker, content: [s, cue] };
  }
  return null;
}

/** `..., X said.` / `..., said X.`: the clause is everything before the attribution. */
function trailing(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const subject = speakerBefore(words, s, cue);
  if (subject && subject.start - s >= MIN_CONTENT_WORDS && hasComma(words, subject.start)) {
    const attribution = trailingAttribution(words, subject.start, e);
    if (attribution?.cue[0] === cue) return { ...attribution, content: [s, subject.start] };
  }
  if (cue - s >= MIN_CONTENT_WORDS && hasComma(words, cue)) {
    const attribution = trailingAttribution(words, cue, e);
    if (attribution) return { ...attribution, content: [s, cue] };
  }
  return null;
}

/** Where the clause starts after `said`: past `told Reuters`, past `in a statement ... that`, past `that`. */
function clauseStart(words: Words, cue: number, e: number): number {
  let k = afterListener(words, cue, e);
  if (PREPOSITIONS.has(lower(words, k)) || ADJUNCT_STARTS.has(lower(words, k))) {
    const limit = Math.min(e, k + MAX_ADJUNCT_WORDS);
    let that = k;
    while (that < limit && lower(words, that) !== "that") that++;
    if (that < limit) return that + 1;
    k += DETERMINERS.has(lower(words, k + 1)) ? 3 : 2;
  }
  return lower(words, k) === "that" ? k + 1 : k;
}

/** `..., while 9 percent disagreed`: a clause joined by one of these is the writer's, not the speaker's. */
function clauseEnd(words: Words, start: number, e: number): number {
  for (let i = start + MIN_CONTENT_WORDS; i < e; i++) if (CONTRAST_WORDS.has(lower(words, i)) && hasComma(words, i)) return i;
  return e;
}

/** `X said (that) ...`: the clause is everything after the cue. */
function leading(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const speaker = speakerBefore(words, s, cue);
  if (!speaker) return null;
  const start = clauseStart(words, cue, e);
  if (e - start < MIN_CONTENT_WORDS || /:/.test(gapBefore(words, start))) return null;
  return { cue: [cue, cue + 1], speaker, content: [start, clauseEnd(words, start, e)] };
}

/** The reported statement of sentence [s, e), if any; `skip` says which words are quoted or already used. */
export function reportedSpeech(words: Words, sentence: [number, number], skip: (word: number) => boolean): Reported | null {
  const [s, e] = sentence;
  for (let c = s; c < e; c++) {
    if (skip(c) || cueLength(words, c) === 0) continue;
    const found =
      lower(words, c) === "according" ? accordingTo(words, sentence, c) : (trailing(words, sentence, c) ?? leading(words, sentence, c));
    if (found) return found;
  }
  return null;
}

// `According to X, ...`, `..., according to X.`, and `according to X` set between commas before a clause
// or inside one: `Among the precedents at risk, according to X, are 16 rulings on ...`.
import { clauseFollows } from "./chunks.js";
import { afterLastColon, clauseEnd, hasComma, MIN_CONTENT_WORDS } from "./clause.js";
import { DISCOURSE } from "./cues.js";
import { speakerAfter } from "./mentions.js";
import type { Reported, SpeakerPhrase } from "./types.js";
import { gapBefore, isFiniteVerb, lower, type Words } from "./words.js";

/** `according to exit polls conducted for the AP by Edison Research,`: a source runs to the next comma, any noun phrase. */
const MAX_SOURCE_WORDS = 20;

function sourceAfter(words: Words, first: number, e: number): SpeakerPhrase | null {
  let last = first;
  const limit = Math.min(e, first + MAX_SOURCE_WORDS + 1);
  while (last < limit && (last === first || !/[,;:()\u2014]/.test(gapBefore(words, last)))) last++;
  if (first >= e || last >= limit && last < e) return speakerAfter(words, first, e);
  return { mention: [first, last], start: first };
}

export function accordingTo(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const speaker = sourceAfter(words, cue + 2, e);
  if (!speaker) return null;
  const [, speakerEnd] = speaker.mention;
  // `According to X, ...`, `But according to X, ...`, also after a colon: `And it has not gone unnoticed: According to recent polls, ...`
  const opens = cue === s || (cue === s + 1 && DISCOURSE.has(lower(words, s))) || /:/.test(gapBefore(words, cue));
  if (opens && speakerEnd < e && hasComma(words, speakerEnd)) {
    return { rule: "according-to", cue: [cue, cue + 2], speaker, content: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `In addition, according to the department, nearly nine million more workers will ...`: set between commas before a clause
  if (hasComma(words, cue) && speakerEnd < e && hasComma(words, speakerEnd) && clauseFollows(words, speakerEnd, e)) {
    return { rule: "according-to", cue: [cue, cue + 2], speaker, content: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `Notably absent, according to members, was any mention of ...`: the statement runs on past its source
  // (not before a quotation: `whose book, according to its summary, “draws ...”` is the quote's attribution)
  const predicate = isFiniteVerb(words, speakerEnd) && !/["\u201c]/.test(gapBefore(words, speakerEnd));
  if (cue - s >= MIN_CONTENT_WORDS && hasComma(words, cue) && speakerEnd < e && hasComma(words, speakerEnd) && predicate) {
    return { rule: "according-to", cue: [cue, cue + 2], speaker, content: [s, cue], rest: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `..., according to X.`, `..., according to exit polls (a sizable margin)` and `... 271 pledged delegates according to a count by the AP`
  if (cue - s >= MIN_CONTENT_WORDS && (speakerEnd >= e || /[,(;:]/.test(gapBefore(words, speakerEnd)))) {
    return { rule: "according-to", cue: [cue, cue + 2], speaker, content: [afterLastColon(words, s, cue), cue] };
  }
  return null;
}

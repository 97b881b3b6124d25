// The speaker of a quote that a clause ending in a colon introduces, when no saying verb does:
//   Politico reveals a few relevant facts: “...”            -> Politico
//   Trump leaned in and boomed: “...”                       -> Trump
//   According to HuffPo: “...”                              -> HuffPo
//   Pollsters agree - Carl Bialik: “...”   /   Clinton: “...” -> the name before the colon
import { sentenceSubject } from "./attribution.js";
import { speakerAfter } from "./mentions.js";
import type { SpeakerPhrase } from "./types.js";
import { gapBefore, isCapitalised, lower, type Words } from "./words.js";

/** The last chunk of the introducer (after a dash or a full stop) when it is a bare name: `- Carl Bialik:`. */
function bareName(words: Words, from: number, quote: number): SpeakerPhrase | null {
  let s = quote - 1;
  while (s > from && !/[\u2014\u2013\-.,;]/.test(gapBefore(words, s))) s--;
  for (let i = s; i < quote; i++) if (!isCapitalised(words, i)) return null;
  return s < quote ? { mention: [s, quote], start: s } : null;
}

/** The speaker of the introducer [sentenceStart, quote) that ends in a colon. */
export function introducerSpeaker(words: Words, sentenceStart: number, quote: number): SpeakerPhrase | null {
  if (lower(words, sentenceStart) === "according" && lower(words, sentenceStart + 1) === "to") return speakerAfter(words, sentenceStart + 2, quote);
  return bareName(words, sentenceStart, quote) ?? sentenceSubject(words, sentenceStart, quote);
}

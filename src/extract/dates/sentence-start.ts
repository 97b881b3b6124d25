// Whether a word opens a sentence, where its capital says nothing: `Daily, ...` is an adverb,
// `the Daily Mail` a name.
import { textBefore } from "../../window.js";

// `." `, `!\n` before the word
const SENTENCE_END_WIDTH = 4;

/** True when `at` follows the start of the text, a sentence's end or a line break. */
export function startsSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["')\]]?\s+|\n\s*)$/.test(textBefore(text, at, SENTENCE_END_WIDTH));
}

// Whether a word opens a sentence, where its capital says nothing: `Daily, ...` is an adverb,
// `the Daily Mail` a name.

/** True when `at` follows the start of the text, a sentence's end or a line break. */
export function startsSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]["')\]]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

// The words of a document (tokens with a letter or digit: `»,` is punctuation) and the
// sentences over them. compromise misses a break after a closing mark (`soon." Then`),
// so a sentence also ends there.
import type { Doc, Token } from "../../pipeline/types.js";
import { paragraphs } from "../../analyse/analyse.js";
import { withinDateline } from "../../read/dateline.js";

export interface Words {
  doc: Doc;
  list: Token[];
  /** Word ranges [first, last + 1). */
  sentences: Array<[number, number]>;
  /** Sentence index of each word. */
  sentenceOf: number[];
  /** Paragraph index of each word. */
  paragraphOf: number[];
}

const WORD = /[\p{L}\p{N}]/u;
const END_AFTER_MARK = /[.!?\u2026]["\u201d\u00bb']\s+$/;

export function readWords(doc: Doc): Words {
  // the dateline (`BAGHDAD (Reuters) -`) is metadata: no sentence, subject or statement starts in it
  const list = doc.analysis.tokens.filter((t) => WORD.test(t.text) && !withinDateline(doc.dateline, t));
  const sentences: Array<[number, number]> = [];
  const sentenceOf: number[] = [];
  const paragraphOf: number[] = [];
  const blocks = paragraphs(doc.text);
  let block = 0;
  let first = 0;
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    while (block < blocks.length - 1 && word.start >= blocks[block]![1]) block++;
    paragraphOf.push(block);
    const previous = list[i - 1];
    const crosses = previous !== undefined && previous.sentence !== word.sentence;
    const capital = /^\p{Lu}/u.test(word.text);
    // only a new sentence of the analysis, or a capital after a closing mark, can break: the text
    // between the words is read only then
    if (previous && (crosses || capital)) {
      const gap = doc.text.slice(previous.end, word.start);
      // `Sen. Rand Paul (R-Ky.) said`: an abbreviation's full stop before a lower-case word ends no sentence
      // and one before a comma ends none either: `in Palm Beach Gardens, Fla., in 2012`
      const abbreviation = (/^\p{Ll}/u.test(word.text) && /^[.)\] \t]+$/.test(gap)) || /^\.,/.test(gap);
      const breaks = (crosses && !abbreviation) || (END_AFTER_MARK.test(gap) && capital);
      if (breaks) {
        sentences.push([first, i]);
        first = i;
      }
    }
    sentenceOf.push(sentences.length);
  }
  if (list.length > 0) sentences.push([first, list.length]);
  return { doc, list, sentences, sentenceOf, paragraphOf };
}

/** The text between word i - 1 (or the paragraph start) and word i. */
export function gapBefore(words: Words, i: number): string {
  const end = words.list[i]?.start ?? words.doc.text.length;
  const start = i > 0 ? words.list[i - 1]!.end : 0;
  return words.doc.text.slice(start, end);
}

/** Index of the first word starting at or after `offset` (list length when none). */
export function wordAt(words: Words, offset: number): number {
  let [lo, hi] = [0, words.list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const lower = (words: Words, i: number): string => words.list[i]?.lower ?? "";

export const isCapitalised = (words: Words, i: number): boolean => /^\p{Lu}/u.test(words.list[i]?.text ?? "");

/** Char span [start, end) of words [first, last + 1). */
export function charSpan(words: Words, [first, end]: [number, number]): [number, number] {
  return [words.list[first]!.start, words.list[end - 1]!.end];
}

/** Penn tag of word i, or "" when untagged. */
export const posOf = (words: Words, i: number): string => words.list[i]?.pos ?? "";

const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/** Word i is a finite verb (`said`, `says`, `say` after a plural, `will`): a clause's own verb. */
export const isFiniteVerb = (words: Words, i: number): boolean => FINITE.test(posOf(words, i));

/** `has previously said`, not `Kelly said`: an adverb by its tag, or by its `-ly` when untagged. */
export const isAdverb = (words: Words, i: number): boolean => {
  const pos = words.list[i]?.pos;
  return pos ? /^RB/.test(pos) : /ly$/.test(lower(words, i));
};

/** `“We won,” he said, adding that ...`: the first word after the last closing mark before word `cue`, where the subject is. */
export function afterQuote(words: Words, sentenceStart: number, cue: number): number {
  for (let k = cue - 1; k > sentenceStart; k--) if (/[\u201d\u00bb]|[,.!?]["']/.test(gapBefore(words, k))) return k;
  return sentenceStart;
}

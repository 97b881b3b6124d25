// What the whole article says about a word, for names the sentence alone cannot settle:
// `RAQQA` in an upper-case headline is written `Raqqa` mid-sentence below; `Assad` was tagged a
// person earlier; `SDF` spells the initials of `Syrian Democratic Forces`, an organisation found before.
import { TYPES, type LabelledSpan } from "./scheme.js";
import type { WordInfo } from "./words.js";

/** How a word is written elsewhere in the article: bit 1 in lower case, bit 2 capitalised mid-sentence, bit 4 capitalised first. */
export type CaseBits = number;

const UPPER_FIRST = /^\p{Lu}/u;

/** How each word of the article is written (CaseBits), headlines in capitals left out: read once, shared by both name passes. */
export function casesOf(sentences: Array<{ infos: WordInfo[]; allCaps: boolean }>): ReadonlyMap<string, CaseBits> {
  const cases = new Map<string, CaseBits>();
  for (const { infos, allCaps } of sentences) {
    if (allCaps) continue;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (!info.hasLetter) continue;
      const bit = info.capitalised ? (i === 0 ? 4 : 2) : info.hasLower ? 1 : 0;
      cases.set(info.lower, (cases.get(info.lower) ?? 0) | bit);
    }
  }
  return cases;
}

export class DocumentContext {
  private tagged = new Map<string, number[]>();
  private initials = new Map<string, number>();

  constructor(private readonly cases: ReadonlyMap<string, CaseBits>) {}

  caseOf(lower: string): CaseBits {
    return this.cases.get(lower) ?? 0;
  }

  /** The type most often given to this word earlier in the article, or -1. */
  taggedAs(lower: string): number {
    const counts = this.tagged.get(lower);
    if (!counts) return -1;
    let best = 0;
    for (let t = 1; t < counts.length; t++) if (counts[t]! > counts[best]!) best = t;
    return best;
  }

  /** The type of an earlier multi-word name whose initials this acronym spells, or -1. */
  expands(word: string): number {
    return this.initials.get(word) ?? -1;
  }

  /** Remembers the names found in one sentence. */
  remember(sentence: { words: string[]; infos: WordInfo[] }, spans: LabelledSpan[]): void {
    for (const s of spans) {
      const type = TYPES.indexOf(s.type);
      let letters = "";
      for (let k = s.first; k < s.last; k++) {
        const info = sentence.infos[k]!;
        if (UPPER_FIRST.test(sentence.words[k]!)) letters += sentence.words[k]![0];
        if (!info.hasLetter) continue;
        let counts = this.tagged.get(info.lower);
        if (!counts) this.tagged.set(info.lower, (counts = new Array<number>(TYPES.length).fill(0)));
        counts[type]!++;
      }
      if (s.last - s.first > 1 && letters.length >= 2) this.initials.set(letters, type);
    }
  }
}

/** `SOCCER - JAPAN GET LUCKY WIN`: a headline in capitals, where case says nothing about names. */
export function isAllCaps(infos: WordInfo[]): boolean {
  let letters = 0;
  for (const info of infos) {
    if (info.hasLower) return false;
    if (info.hasLetter) letters++;
  }
  return letters >= 2;
}

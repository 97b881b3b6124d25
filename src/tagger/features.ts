// The name tagger's features for one token: the word, its shape and affixes, its neighbours, the tags
// just given, the word lists and gazetteer, and what the article says about the word elsewhere.
import { DocumentContext, isAllCaps } from "./context.js";
import { gazetteerTags } from "./gazetteer.js";
import { fnv1a, mix } from "./hash.js";
import { wordInfo, type WordInfo } from "./words.js";

/** One sentence, prepared once: word facts and gazetteer tags. */
export interface SentenceView {
  words: string[];
  infos: WordInfo[];
  gazetteer: ReadonlyArray<readonly number[]>;
  allCaps: boolean;
  /** 1 for a token with no capital letter: it does not begin a name (decode.ts). */
  plain: Uint8Array;
}

// CoNLL-2003 writes every double quotation mark straight: `“Units of ...` reads as `" Units of ...`
const DOUBLE_QUOTES = new Set(["\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb"]);

export function prepare(written: string[]): SentenceView {
  const words = written.map((w) => (DOUBLE_QUOTES.has(w) ? '"' : w));
  const infos = words.map(wordInfo);
  const allCaps = isAllCaps(infos);
  const plain = new Uint8Array(infos.length);
  for (let i = 0; i < infos.length; i++) plain[i] = infos[i]!.hasUpper ? 0 : 1;
  return { words, infos, allCaps, plain, gazetteer: gazetteerTags(words, infos, allCaps) };
}

const enum T {
  Bias,
  Form,
  Lower,
  Shape,
  Short,
  Affix,
  Word,
  NeighbourShort = Word + 5,
  LeftPair = NeighbourShort + 5,
  RightPair,
  PrevTag,
  PrevTags,
  PrevTagWord,
  PrevTagShort,
  StartShort,
  CaseElsewhere,
  Gazetteer,
  List,
  Tagged,
  TaggedShort,
  LeftWordShort,
  ShortTrigram,
  Acronym,
  ListNeighbour,
  Pos,
  PosLeft,
  PosRight,
  PosShort,
  // shape templates seen in an all-caps headline are counted apart
  CapsOffset = 64,
}

const PAD = wordInfo("<pad>");
const NONE = fnv1a("");

/** Word `k` of the sentence, or the padding beyond its ends. */
const infoAt = (s: SentenceView, k: number): WordInfo => (k >= 0 && k < s.infos.length ? s.infos[k]! : PAD);

/** The features of the word itself, the same wherever it stands in a sentence of the same case (word-scores.ts). */
export function wordFeatures(w: WordInfo, allCaps: boolean, out: Uint32Array): number {
  const n = wordHead(w, allCaps ? T.CapsOffset : 0, out, 0);
  return wordLists(w, allCaps ? T.CapsOffset : 0, out, n);
}

function wordHead(w: WordInfo, caps: number, out: Uint32Array, n: number): number {
  out[n++] = mix(T.Bias, 0);
  out[n++] = mix(T.Form, w.formHash);
  out[n++] = mix(T.Lower, w.lowerHash);
  out[n++] = mix(T.Shape + caps, w.shapeHash);
  out[n++] = mix(T.Short + caps, w.shortHash);
  for (let a = 0; a < w.affixHashes.length; a++) out[n++] = mix(T.Affix, w.affixHashes[a]!, a);
  return n;
}

function wordLists(w: WordInfo, caps: number, out: Uint32Array, n: number): number {
  for (let k = 0; k < w.listHashes.length; k++) out[n++] = mix(T.List + caps, w.listHashes[k]!, w.capitalised ? 1 : 0);
  if (w.listHashes.length === 0) out[n++] = mix(T.List, NONE);
  return n;
}

/** The features of the two labels before a token alone, written into `out` from `n`; returns the new count (label-scores.ts keeps their scores). */
export function nameLabelFeatures(prev: number, prev2: number, out: Uint32Array, n = 0): number {
  out[n++] = mix(T.PrevTag, prev);
  out[n++] = mix(T.PrevTags, prev, prev2);
  return n;
}

/**
 * Features of token `i` given the two labels before it (indices into the label list; 0 is `O`) and the
 * sentence's part-of-speech tags (hashed). Written into `out`; returns the count. With `contextOnly`,
 * the word's own features (wordFeatures) and those of the labels alone (nameLabelFeatures) are left out:
 * the caller adds their kept scores.
 */
export function nameFeatures(s: SentenceView, pos: Uint32Array, i: number, prev: number, prev2: number, doc: DocumentContext, out: Uint32Array, contextOnly = false): number {
  let n = 0;
  const w = s.infos[i]!;
  const caps = s.allCaps ? T.CapsOffset : 0;
  if (!contextOnly) n = wordHead(w, caps, out, n);
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    const o = infoAt(s, i + d);
    out[n++] = mix(T.Word + d + 2, o.lowerHash);
    out[n++] = mix(T.NeighbourShort + d + 2 + caps, o.shortHash, w.shortHash);
  }
  const left = infoAt(s, i - 1);
  const right = infoAt(s, i + 1);
  out[n++] = mix(T.LeftPair, left.lowerHash, w.lowerHash);
  out[n++] = mix(T.RightPair, w.lowerHash, right.lowerHash);
  if (!contextOnly) n = nameLabelFeatures(prev, prev2, out, n);
  out[n++] = mix(T.PrevTagWord, prev, w.lowerHash);
  out[n++] = mix(T.PrevTagShort + caps, prev, w.shortHash);
  out[n++] = mix(T.LeftWordShort + caps, left.lowerHash, w.shortHash);
  out[n++] = mix(T.ShortTrigram + caps, left.shortHash, mix(0, w.shortHash, right.shortHash));
  if (i === 0) out[n++] = mix(T.StartShort + caps, w.shortHash);
  const tag = pos[i]!;
  out[n++] = mix(T.Pos, tag);
  out[n++] = mix(T.PosLeft, i > 0 ? pos[i - 1]! : 0, tag);
  out[n++] = mix(T.PosRight, tag, i + 1 < pos.length ? pos[i + 1]! : 0);
  out[n++] = mix(T.PosShort + caps, tag, w.shortHash);
  if (w.hasLetter) {
    out[n++] = mix(T.CaseElsewhere + caps, doc.caseOf(w.lower), w.shortHash);
    const tagged = doc.taggedAs(w.lower);
    out[n++] = mix(T.Tagged, tagged);
    out[n++] = mix(T.TaggedShort + caps, tagged, w.shortHash);
    if (w.upper && !s.allCaps) out[n++] = mix(T.Acronym, doc.expands(s.words[i]!));
  }
  // indexed loops: `for...of` here allocated an iterator per token
  const gazetteer = s.gazetteer[i]!;
  for (let k = 0; k < gazetteer.length; k++) out[n++] = mix(T.Gazetteer + caps, gazetteer[k]!);
  // the word's own lists, then its neighbours': the order training saw (a float sum depends on it)
  if (!contextOnly) for (let k = 0; k < w.listHashes.length; k++) out[n++] = mix(T.List + caps, w.listHashes[k]!, w.capitalised ? 1 : 0);
  for (let k = 0; k < left.listHashes.length; k++) out[n++] = mix(T.ListNeighbour, left.listHashes[k]!, 1);
  for (let k = 0; k < right.listHashes.length; k++) out[n++] = mix(T.ListNeighbour, right.listHashes[k]!, 2);
  if (!contextOnly && w.listHashes.length === 0) out[n++] = mix(T.List, NONE);
  return n;
}

// Part of speech, in the Penn Treebank tags the CoNLL-2003 files carry: `Raqqa` NNP, `fell` VBD,
// `'s` POS. Greedy and left to right over the same prepared words as the name tagger, from the word,
// its shape and suffixes, its neighbours and the two tags before it.
import { ownScores, tagSequence } from "./decode.js";
import type { SentenceView } from "./features.js";
import { fnv1a, mix } from "./hash.js";
import type { Scorer, Trainer } from "./perceptron.js";
import { labelScores } from "./label-scores.js";
import { wordScores } from "./word-scores.js";
import type { WordInfo } from "./words.js";

const enum F {
  Bias,
  Form,
  Lower,
  Shape,
  Suffix,
  Prefix = Suffix + 4,
  Word = Prefix + 2,
  NeighbourSuffix = Word + 5,
  PrevTag = NeighbourSuffix + 2,
  PrevTags,
  PrevTagWord,
  PrevTagSuffix,
  Start,
  Capitalised,
  // an all-caps headline (`SOCCER - JAPAN GET LUCKY WIN`) hides case: its words are counted apart
  CapsOffset = 64,
}

const PAD = fnv1a("<pad>");

/** The features of the word itself: its form, shape and affixes (word-scores.ts keeps their scores). */
export function posWordFeatures(w: WordInfo, allCaps: boolean, out: Uint32Array): number {
  let n = 0;
  const caps = allCaps ? F.CapsOffset : 0;
  out[n++] = mix(F.Bias, 0);
  out[n++] = mix(F.Form + caps, w.formHash);
  out[n++] = mix(F.Lower, w.lowerHash);
  out[n++] = mix(F.Shape + caps, w.shapeHash);
  for (let a = 0; a < 4; a++) out[n++] = mix(F.Suffix + a, w.affixHashes[4 + a]!);
  out[n++] = mix(F.Prefix, w.affixHashes[0]!);
  out[n++] = mix(F.Prefix + 1, w.affixHashes[1]!);
  return n;
}

/** The features of the two tags before a token alone, written into `out` from `n`; returns the new count (label-scores.ts keeps their scores). */
export function posLabelFeatures(prev: number, prev2: number, out: Uint32Array, n = 0): number {
  out[n++] = mix(F.PrevTag, prev);
  out[n++] = mix(F.PrevTags, prev, prev2);
  return n;
}

/**
 * Features of token `i` given the two tags before it (indices into the model's labels). Written into
 * `out`; returns the count. With `contextOnly`, the word's own features (posWordFeatures) and those of
 * the tags alone (posLabelFeatures) are left out: the caller adds their kept scores.
 */
export function posFeatures(s: SentenceView, i: number, prev: number, prev2: number, out: Uint32Array, contextOnly = false): number {
  const w = s.infos[i]!;
  const caps = s.allCaps ? F.CapsOffset : 0;
  const last = s.infos.length - 1;
  const suffix3 = w.affixHashes[6]!;
  let n = contextOnly ? 0 : posWordFeatures(w, s.allCaps, out);
  out[n++] = mix(F.Word, i > 1 ? s.infos[i - 2]!.lowerHash : PAD);
  out[n++] = mix(F.Word + 1, i > 0 ? s.infos[i - 1]!.lowerHash : PAD);
  out[n++] = mix(F.Word + 3, i < last ? s.infos[i + 1]!.lowerHash : PAD);
  out[n++] = mix(F.Word + 4, i < last - 1 ? s.infos[i + 2]!.lowerHash : PAD);
  out[n++] = mix(F.NeighbourSuffix, i > 0 ? s.infos[i - 1]!.affixHashes[6]! : PAD);
  out[n++] = mix(F.NeighbourSuffix + 1, i < last ? s.infos[i + 1]!.affixHashes[6]! : PAD);
  if (!contextOnly) n = posLabelFeatures(prev, prev2, out, n);
  out[n++] = mix(F.PrevTagWord, prev, w.lowerHash);
  out[n++] = mix(F.PrevTagSuffix, prev, suffix3);
  if (i === 0) out[n++] = mix(F.Start + caps, w.shapeHash);
  else out[n++] = mix(F.Capitalised + caps, w.capitalised ? 1 : 0, w.shortHash);
  return n;
}

/**
 * Tag indices (into the model's labels) for each token of each sentence; with a lesson, learns as it goes.
 * Words that training always tagged one way (`fixed`) take that tag unscored: about half the tokens.
 */
export function tagPos(views: SentenceView[], scorer: Scorer, fixed: ReadonlyMap<string, number>, lesson?: { trainer: Trainer; truth: number[][] }): number[][] {
  return views.map((view, si) => {
    const known = new Int32Array(view.words.length);
    for (let i = 0; i < known.length; i++) known[i] = fixed.get(view.words[i]!) ?? -1;
    if (lesson) return tagSequence(view.words.length, scorer, (i, prev, prev2, out) => posFeatures(view, i, prev, prev2, out), lesson.trainer, lesson.truth[si], { fixed: known });
    const own = ownScores(view, wordScores(scorer, posWordFeatures));
    const labels = labelScores(scorer, posLabelFeatures);
    return tagSequence(view.words.length, scorer, (i, prev, prev2, out) => posFeatures(view, i, prev, prev2, out, true), undefined, undefined, { fixed: known, own, labels });
  });
}

const labelHashes = new WeakMap<readonly string[], Uint32Array>();

/** Tags as the name tagger reads them: hashed, so that a name model does not depend on one POS model's label order. */
export function hashTags(tags: number[], labels: readonly string[]): Uint32Array {
  let hashes = labelHashes.get(labels);
  if (!hashes) labelHashes.set(labels, (hashes = Uint32Array.from(labels, fnv1a)));
  const out = new Uint32Array(tags.length);
  for (let i = 0; i < tags.length; i++) out[i] = hashes[tags[i]!]!;
  return out;
}

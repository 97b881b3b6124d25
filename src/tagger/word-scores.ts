// What a model says of a word on its own (its form, shape, affixes and lists), summed once per word
// and kept: a word comes back sentence after sentence, and its own features are a third of what the
// name models read for it and half of what the part-of-speech model reads. Scores are integer sums,
// so the order in which they are added changes nothing.
import type { Scorer } from "./perceptron.js";
import type { WordInfo } from "./words.js";

// bounded: a long batch meets ever more words (20,000 words of the part-of-speech model's 45 classes
// hold about 5 MB)
const LIMIT = 20_000;

export class WordScores {
  /** Index 0: the word in ordinary text; 1: in an all-capitals headline. */
  private kept = [new Map<WordInfo, Int32Array>(), new Map<WordInfo, Int32Array>()];
  private features = new Uint32Array(64);
  private sums: Float64Array;

  constructor(
    private readonly scorer: Scorer,
    private readonly featuresOf: OwnFeatures,
  ) {
    this.sums = new Float64Array(scorer.classes);
  }

  /** Adds the word's own scores to `scores`. */
  add(word: WordInfo, allCaps: boolean, scores: Float64Array): void {
    const kept = this.kept[allCaps ? 1 : 0]!;
    let own = kept.get(word);
    if (!own) {
      if (kept.size >= LIMIT) kept.clear();
      this.sums.fill(0);
      this.scorer.score(this.features, this.featuresOf(word, allCaps, this.features), this.sums);
      own = Int32Array.from(this.sums);
      kept.set(word, own);
    }
    for (let q = 0; q < own.length; q++) scores[q]! += own[q]!;
  }
}

/** Writes the features of the word alone into `out`; returns their count. */
export type OwnFeatures = (word: WordInfo, allCaps: boolean, out: Uint32Array) => number;

const byModel = new WeakMap<Scorer, WordScores>();

/** The kept word scores of one model, whose own features of a word are `featuresOf`. */
export function wordScores(scorer: Scorer, featuresOf: OwnFeatures): WordScores {
  let found = byModel.get(scorer);
  if (!found) byModel.set(scorer, (found = new WordScores(scorer, featuresOf)));
  return found;
}

// What a model says of a word on its own (its form, shape, affixes and lists), summed once per word
// and kept: a word comes back sentence after sentence, and its own features are a third of what the
// name models read for it and half of what the part-of-speech model reads. Scores are integer sums,
// so the order in which they are added changes nothing.
import type { Scorer } from "./perceptron.js";
import type { WordInfo } from "./words.js";

// A slot per word number (its id, modulo SLOTS): the words met first, the frequent ones, each have their
// own, and a later word that shares a slot takes it over until the earlier comes back. One flat array
// of scores per model, about 3 MB for the part-of-speech model's 45 classes, instead of a map of arrays.
const SLOTS = 1 << 14;

export class WordScores {
  /** Index 0: the word in ordinary text; 1: in an all-capitals headline (made when first needed). */
  private owners: Array<Array<WordInfo | undefined>> = [];
  private rows: Int32Array[] = [];
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
    const c = this.scorer.classes;
    const k = allCaps ? 1 : 0;
    const owners = (this.owners[k] ??= new Array<WordInfo | undefined>(SLOTS));
    const rows = (this.rows[k] ??= new Int32Array(SLOTS * c));
    const slot = word.id & (SLOTS - 1);
    const at = slot * c;
    if (owners[slot] !== word) {
      this.sums.fill(0);
      this.scorer.score(this.features, this.featuresOf(word, allCaps, this.features), this.sums);
      for (let q = 0; q < c; q++) rows[at + q] = this.sums[q]!;
      owners[slot] = word;
    }
    for (let q = 0; q < c; q++) scores[q]! += rows[at + q]!;
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

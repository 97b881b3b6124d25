// What a model says of a word on its own (its form, shape, affixes and lists), summed once per word
// and kept: a word comes back sentence after sentence, and its own features are a third of what the
// name models read for it and half of what the part-of-speech model reads. Scores are integer sums,
// so the order in which they are added changes nothing.
import { KeptRows, perModel } from "./kept-rows.js";
import type { Scorer } from "./perceptron.js";
import type { WordInfo } from "./words.js";

// A slot per word number (its id, modulo SLOTS): the words met first, the frequent ones, each have their
// own, and a later word that shares a slot takes it over until the earlier comes back. One flat array
// of scores per model, about 3 MB for the part-of-speech model's 45 classes, instead of a map of arrays.
const SLOTS = 1 << 14;

export class WordScores {
  /** Index 0: the word in ordinary text; 1: in an all-capitals headline (made when first needed). */
  private owners: Array<Array<WordInfo | undefined>> = [];
  private rows: KeptRows[] = [];

  constructor(
    private readonly scorer: Scorer,
    private readonly featuresOf: OwnFeatures,
  ) {}

  /** Adds the word's own scores to `scores`. */
  add(word: WordInfo, allCaps: boolean, scores: Int32Array): void {
    const k = allCaps ? 1 : 0;
    const owners = (this.owners[k] ??= new Array<WordInfo | undefined>(SLOTS));
    const rows = (this.rows[k] ??= new KeptRows(this.scorer, SLOTS));
    const slot = word.id & (SLOTS - 1);
    if (owners[slot] !== word) {
      rows.fill(slot, (out) => this.featuresOf(word, allCaps, out));
      owners[slot] = word;
    }
    rows.add(slot, scores);
  }
}

/** Writes the features of the word alone into `out`; returns their count. */
export type OwnFeatures = (word: WordInfo, allCaps: boolean, out: Uint32Array) => number;

const kept = perModel<WordScores>();

/** The kept word scores of one model, whose own features of a word are `featuresOf`. */
export const wordScores = (scorer: Scorer, featuresOf: OwnFeatures): WordScores => kept(scorer, () => new WordScores(scorer, featuresOf));

// What a model says of the two labels before a token alone (`PrevTag`, `PrevTags`), summed once per
// pair of labels and kept: the rows of those features are the densest a model has (a weight for almost
// every class), and the same few pairs come back token after token. Exact (kept-rows.ts).
import { KeptRows, perModel } from "./kept-rows.js";
import type { Scorer } from "./perceptron.js";

export class LabelScores {
  private rows: KeptRows;
  private kept: Uint8Array;

  constructor(
    scorer: Scorer,
    private readonly featuresOf: LabelFeatures,
  ) {
    this.rows = new KeptRows(scorer, scorer.classes * scorer.classes);
    this.kept = new Uint8Array(scorer.classes * scorer.classes);
  }

  /** Adds the scores of the labels `prev` and `prev2` (indices into the model's labels) to `scores`. */
  add(prev: number, prev2: number, scores: Int32Array): void {
    const pair = prev * this.rows.classes + prev2;
    if (this.kept[pair] === 0) {
      this.rows.fill(pair, (out) => this.featuresOf(prev, prev2, out));
      this.kept[pair] = 1;
    }
    this.rows.add(pair, scores);
  }
}

/** Writes the features of the two labels alone into `out`; returns their count. */
export type LabelFeatures = (prev: number, prev2: number, out: Uint32Array) => number;

const kept = perModel<LabelScores>();

/** The kept label-pair scores of one model, whose features of two labels alone are `featuresOf`. */
export const labelScores = (scorer: Scorer, featuresOf: LabelFeatures): LabelScores => kept(scorer, () => new LabelScores(scorer, featuresOf));

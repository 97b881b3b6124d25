// What a model says of the two labels before a token alone (`PrevTag`, `PrevTags`), summed once per
// pair of labels and kept: the rows of those features are the densest a model has (a weight for almost
// every class), and the same few pairs come back token after token. Exact, as in word-scores.ts:
// scores are integer sums.
import type { Scorer } from "./perceptron.js";

export class LabelScores {
  private sums: Int32Array;
  private kept: Uint8Array;
  private features = new Uint32Array(8);
  private scratch: Float64Array;

  constructor(
    private readonly scorer: Scorer,
    private readonly featuresOf: LabelFeatures,
  ) {
    const c = scorer.classes;
    this.sums = new Int32Array(c * c * c);
    this.kept = new Uint8Array(c * c);
    this.scratch = new Float64Array(c);
  }

  /** Adds the scores of the labels `prev` and `prev2` (indices into the model's labels) to `scores`. */
  add(prev: number, prev2: number, scores: Float64Array): void {
    const c = this.scorer.classes;
    const pair = prev * c + prev2;
    const at = pair * c;
    if (this.kept[pair] === 0) {
      this.scratch.fill(0);
      this.scorer.score(this.features, this.featuresOf(prev, prev2, this.features), this.scratch);
      for (let q = 0; q < c; q++) this.sums[at + q] = this.scratch[q]!;
      this.kept[pair] = 1;
    }
    for (let q = 0; q < c; q++) scores[q]! += this.sums[at + q]!;
  }
}

/** Writes the features of the two labels alone into `out`; returns their count. */
export type LabelFeatures = (prev: number, prev2: number, out: Uint32Array) => number;

const byModel = new WeakMap<Scorer, LabelScores>();

/** The kept label-pair scores of one model, whose features of two labels alone are `featuresOf`. */
export function labelScores(scorer: Scorer, featuresOf: LabelFeatures): LabelScores {
  let found = byModel.get(scorer);
  if (!found) byModel.set(scorer, (found = new LabelScores(scorer, featuresOf)));
  return found;
}

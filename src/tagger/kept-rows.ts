// A model's scores of a few features, summed once and kept in one flat array, a row per slot: a word's
// own features (word-scores.ts), the two labels before a token (label-scores.ts). Scores are integer
// sums, so a kept row adds exactly what scoring its features again would.
import type { Scorer } from "./perceptron.js";

export class KeptRows {
  readonly classes: number;
  private readonly rows: Int32Array;
  private readonly sums: Int32Array;
  private readonly features = new Uint32Array(64);

  constructor(
    private readonly scorer: Scorer,
    slots: number,
  ) {
    this.classes = scorer.classes;
    this.rows = new Int32Array(slots * this.classes);
    this.sums = new Int32Array(this.classes);
  }

  /** Row `slot` becomes the scores of the features that `write` puts into its buffer (returning their count). */
  fill(slot: number, write: (out: Uint32Array) => number): void {
    this.sums.fill(0);
    this.scorer.score(this.features, write(this.features), this.sums);
    this.rows.set(this.sums, slot * this.classes);
  }

  /** Adds row `slot` to `scores`. */
  add(slot: number, scores: Int32Array): void {
    const at = slot * this.classes;
    for (let q = 0; q < this.classes; q++) scores[q]! += this.rows[at + q]!;
  }
}

/** One `T` per model, made on its first ask. */
export function perModel<T extends object>(): (scorer: Scorer, make: () => T) => T {
  const made = new WeakMap<Scorer, T>();
  return (scorer, make) => {
    let found = made.get(scorer);
    if (!found) made.set(scorer, (found = make()));
    return found;
  };
}

// Precision, recall and F1 from counts, with one explicit rule for 0/0:
// nothing to find and nothing claimed is perfect (1); otherwise an empty denominator gives 0.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function ratio(num: number, den: number, emptyIsPerfect: boolean): number {
  if (den === 0) return emptyIsPerfect ? 1 : 0;
  return num / den;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const empty = tp + fp + fn === 0;
  const precision = ratio(tp, tp + fp, empty);
  const recall = ratio(tp, tp + fn, empty);
  const f1 = empty ? 1 : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

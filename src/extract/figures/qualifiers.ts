// Words right before a number that bound or soften it: `at least 20`, `nearly 85 percent`,
// `some 300`, `up to 15`. The qualifier stays out of the figure's span and is reported as written.
import type { Piece } from "./pieces.js";

type Bound = "min" | "max" | null;

interface QualifierWords {
  words: string[];
  /** `at least 20` -> min 20; `up to 20` -> max 20. */
  bound: Bound;
  approximate: boolean;
}

function q(phrase: string, bound: Bound, approximate = false): QualifierWords {
  return { words: phrase.split(" "), bound, approximate };
}

// longest first, so `no more than` wins over `more than`
const QUALIFIERS: QualifierWords[] = [
  q("no fewer than", "min"), q("no less than", "min"), q("no more than", "max"), q("not more than", "max"),
  q("a little over", "min", true), q("a little more than", "min", true), q("in excess of", "min"), q("as many as", "max"),
  q("as much as", "max"), q("as few as", "min"), q("more than", "min"), q("at least", "min"), q("upwards of", "min"),
  q("well over", "min"), q("just over", "min", true), q("fewer than", "max"), q("less than", "max"), q("at most", "max"),
  q("up to", "max"), q("just under", "max", true), q("close to", null, true), q("an estimated", null, true),
  q("greater than", "min"), q("larger than", "min"), q("higher than", "min"), q("smaller than", "max"), q("lower than", "max"),
  q("over", "min"), q("above", "min"), q("under", "max"), q("below", "max"),
  q("nearly", "max", true), q("almost", "max", true), q("about", null, true), q("around", null, true),
  q("roughly", null, true), q("approximately", null, true), q("some", null, true), q("estimated", null, true),
  q("circa", null, true), q("approx", null, true), q("~", null, true), q("∼", null, true), q("≈", null, true),
  q(">", "min"), q("≥", "min"), q("<", "max"), q("≤", "max"),
].sort((a, b) => b.words.length - a.words.length);

export interface Qualifier {
  /** First piece of the qualifier. */
  first: number;
  start: number;
  end: number;
  bound: Bound;
  approximate: boolean;
}

/** The qualifier that ends right before piece `at`, or null. */
export function qualifierBefore(all: Piece[], at: number): Qualifier | null {
  for (const qualifier of QUALIFIERS) {
    const first = at - qualifier.words.length;
    if (first < 0) continue;
    const matches = qualifier.words.every((word, k) => {
      const piece = all[first + k]!;
      return piece.lower === word && !(k > 0 && piece.newline);
    });
    if (matches && !all[at]!.newline) return { first, start: all[first]!.start, end: all[at - 1]!.end, bound: qualifier.bound, approximate: qualifier.approximate };
  }
  return null;
}

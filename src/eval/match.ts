// Span matching, one to one: exact (same start and end) or by overlap, greedy on the largest overlap.
export interface Range {
  start: number;
  end: number;
}

export const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Pairs [goldIndex, predIndex]; `accept` says whether a pair may match and how strongly (0: no). */
export function matchOneToOne<G, P>(gold: G[], pred: P[], strength: (g: G, p: P) => number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const s = strength(g, p);
      if (s > 0) pairs.push([i, j, s]);
    }),
  );
  // strongest first; ties by position so the result does not depend on sort stability
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    out.push([i, j]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export const exactStrength = (g: Range, p: Range) => (g.start === p.start && g.end === p.end ? 1 : 0);
export const overlapStrength = (g: Range, p: Range) => overlap(g, p);

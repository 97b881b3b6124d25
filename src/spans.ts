// Which spans of a list overlap a given span, without testing every pair: the tagger's names against
// the rule readings and back, the dates against every entity mention and figure. Spans are sorted by start once; a query finds by binary search where
// the spans start too late, then walks back only as far as some earlier span still reaches.
interface Span {
  start: number;
  end: number;
}

/** A lookup of the spans of `items` that overlap a span, returned in the order of `items`. */
export function overlapIndex<T extends Span>(items: T[]): (span: Span) => T[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start);
  // reach[k]: the greatest end among the first k + 1 spans by start
  const reach: number[] = [];
  order.forEach((i, k) => reach.push(Math.max(k > 0 ? reach[k - 1]! : -Infinity, items[i]!.end)));
  return (span) => {
    let [lo, hi] = [0, order.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[order[mid]!]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo - 1; k >= 0 && reach[k]! > span.start; k--) if (items[order[k]!]!.end > span.start) found.push(order[k]!);
    return found.sort((a, b) => a - b).map((i) => items[i]!);
  };
}

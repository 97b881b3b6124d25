// Marks -> a flat stream of open / text / close pieces that nest properly, for any renderer.
// Marks may nest (a date inside a quote) or cross (a figure `$45 million` and a quote that starts
// at `million`): a crossing mark is closed before its outer mark closes and reopened after it,
// so the text between the pieces is always the article text, unchanged and in order.

export interface Spanned {
  start: number;
  end: number;
}

export type Piece<M extends Spanned> =
  | { type: "text"; start: number; end: number }
  /** `first`: this opens the mark at its start (not a reopening after a crossing). */
  | { type: "open"; mark: M; first: boolean }
  /** `last`: this closes the mark at its end (not a closing before a crossing). */
  | { type: "close"; mark: M; last: boolean };

/**
 * Outer marks first: earlier start, then longer, then lower `rank` (a quote holds the actor
 * mention of the same span, not the other way round). Marks outside the text or empty are dropped.
 */
export function nest<M extends Spanned>(length: number, marks: M[], rank: (mark: M) => number = () => 0): Array<Piece<M>> {
  const order = marks
    .filter((m) => m.start >= 0 && m.end <= length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const bounds = [...new Set([0, length, ...order.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces: Array<Piece<M>> = [];
  // `active` stays in `order` order: marks that start later are appended, so outer comes first
  let active: M[] = [];
  let open: M[] = [];
  let next = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const at = bounds[k]!;
    active = active.filter((m) => m.end > at);
    while (next < order.length && order[next]!.start === at) active.push(order[next++]!);
    let shared = 0;
    while (shared < open.length && shared < active.length && open[shared] === active[shared]) shared++;
    for (let j = open.length - 1; j >= shared; j--) pieces.push({ type: "close", mark: open[j]!, last: open[j]!.end <= at });
    for (let j = shared; j < active.length; j++) pieces.push({ type: "open", mark: active[j]!, first: active[j]!.start === at });
    open = active.slice();
    pieces.push({ type: "text", start: at, end: bounds[k + 1]! });
  }
  for (let j = open.length - 1; j >= 0; j--) pieces.push({ type: "close", mark: open[j]!, last: true });
  return pieces;
}

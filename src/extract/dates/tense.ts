// Whether a bare weekday or month points forward: news mostly reports the past, so `on Sunday`
// is the last Sunday unless its own clause speaks of the future (`should begin on Sunday night`,
// `will meet in December`).

const FUTURE_CUE = /\b(?:will|shall|should|would|'ll|going to|due to|expected to|scheduled|plans? to|planned|upcoming|next|coming)\b/i;
/** A clause ends at punctuation or a quote: `..., told Reuters on Sunday` is not future. */
const CLAUSE_BREAK = /[,;:.!?"()\n][^,;:.!?"()\n]*$/;
const WINDOW = 80;

export function speaksOfFuture(text: string, mentionStart: number): boolean {
  const before = text.slice(Math.max(0, mentionStart - WINDOW), mentionStart);
  const clause = CLAUSE_BREAK.exec(before)?.[0] ?? before;
  return FUTURE_CUE.test(clause);
}

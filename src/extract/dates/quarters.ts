// Quarters of a year, frequent in business news: `the third quarter` -> 2017-Q3,
// `third-quarter` (profit), `the 1988 second quarter` -> 1988-Q2, `the fourth quarter of 1990`.
// Without a year, the most recent such quarter up to the article's own: results are reported
// after the quarter, even in a future clause (`will report third-quarter profit`).
import { dayOf, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";

const ORDINALS = ["first", "second", "third", "fourth"];
const QUARTER = new RegExp(
  String.raw`\b(?:the\s+)?(?:fiscal\s+)?(?:(\d{4})\s+)?(${ORDINALS.join("|")})[\s-]+quarter\b(?:\s+of\s+(\d{4})\b)?`,
  "gi",
);

export function findQuarters(text: string, reference: Date | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(QUARTER)) {
    const quarter = ORDINALS.indexOf((match[2] ?? "").toLowerCase()) + 1;
    const written = match[1] ?? match[3];
    const year = written ? Number(written) : reference ? yearOf(reference, quarter) : null;
    const value = year === null ? `XXXX-Q${quarter}` : `${pad(year, 4)}-Q${quarter}`;
    found.push({ start: match.index, end: match.index + match[0].length, type: "DATE", value, mod: null, source: "quarter" });
  }
  return found;
}

function yearOf(reference: Date, quarter: number): number {
  const today = dayOf(reference);
  const current = Math.ceil(today.month / 3);
  return quarter <= current ? today.year : today.year - 1;
}

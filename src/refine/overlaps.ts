// One reading per stretch of text: overlapping entity mentions keep the more certain one,
// and whatever a date claims is neither an entity nor a figure.
import type { Doc, Draft, EntityMention } from "../pipeline/types.js";
import { overlapIndex } from "../spans.js";

// the analyst's lexicon outranks everything; credits are read from their own syntax, so they
// outrank a capitalised run across `Reuters/Erik`
const rank = (m: EntityMention) =>
  m.evidence === "user-lexicon" ? 3 : m.evidence === "credit" ? 2 : m.evidence === "shape" || m.evidence === "names" ? 0 : 1;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;

export function resolveOverlaps(draft: Draft, doc: Doc): Draft {
  const ignored = doc.lexicon?.ignore;
  const sorted = draft.mentions.filter((m) => !ignored?.has(m.text)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  // every kept mention starts at or before `m` (they come sorted), so none overlaps `m` when none
  // ends after its start: most mentions are placed without a scan of the kept ones
  let reach = -Infinity;
  const datesOver = overlapIndex(draft.dates);
  for (const m of sorted) {
    if (datesOver(m).some((d) => inside(m, d))) continue;
    const clash = m.start >= reach ? -1 : kept.findIndex((k) => overlaps(k, m) && !nestedInInstitution(k, m));
    reach = Math.max(reach, m.end);
    if (clash < 0) {
      kept.push(m);
      continue;
    }
    const other = kept[clash]!;
    const better = rank(m) !== rank(other) ? rank(m) > rank(other) : m.end - m.start > other.end - other.start;
    if (better) kept[clash] = m;
  }
  return {
    ...draft,
    mentions: kept,
    figures: draft.figures.filter((f) => datesOver(f).length === 0),
  };
}

/** `Syria` inside `Syria's army`: the place and the institution are both real mentions. */
function nestedInInstitution(a: EntityMention, b: EntityMention): boolean {
  const [outer, inner] = a.end - a.start >= b.end - b.start ? [a, b] : [b, a];
  return outer.evidence === "institution" && inner.kind === "place" && inside(inner, outer);
}

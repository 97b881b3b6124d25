// The analyst's own names (`--lexicon FILE`), wherever they stand in the article.
import type { Doc, Draft, EntityMention } from "../pipeline/types.js";

export function extractUserLexicon(doc: Doc): Partial<Draft> {
  const lexicon = doc.lexicon;
  if (!lexicon?.pattern) return { mentions: [] };
  const mentions: EntityMention[] = [];
  for (const m of doc.text.matchAll(lexicon.pattern)) {
    const entry = lexicon.byName.get(m[0]);
    if (!entry) continue;
    mentions.push({
      start: m.index,
      end: m.index + m[0].length,
      text: doc.raw.slice(m.index, m.index + m[0].length),
      source: "extract/lexicon:user",
      evidence: "user-lexicon",
      kind: entry.kind,
      type: entry.type,
      subtype: entry.subtype,
      canonical: entry.name,
      country: entry.country,
      coordinates: entry.coordinates,
      roles: [],
    });
  }
  return { mentions };
}

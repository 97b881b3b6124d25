// Actors and places: capitalised runs, classified by lexicons, gazetteer, head words and context,
// then made consistent across the article (a surname alone is the person named in full elsewhere).
import type { Doc, Draft, EntityMention } from "../pipeline/types.js";
import { findCandidates, type Candidate } from "./entities/candidates.js";
import { classify } from "./entities/classify.js";
import { findInstitutions } from "./entities/institutions.js";

export function extractEntities(doc: Doc): Partial<Draft> {
  const lowerWords = new Set(doc.analysis.tokens.filter((t) => t.text === t.lower && /\p{L}/u.test(t.text)).map((t) => t.lower));
  const mentions: EntityMention[] = [];
  const unknown: Candidate[] = [];
  for (const candidate of findCandidates(doc, lowerWords)) {
    const found = classify(doc, candidate);
    if (found) mentions.push(found);
    else unknown.push(candidate);
  }
  mentions.push(...byDocumentConsistency(doc, unknown, mentions));
  mentions.push(...findInstitutions(doc));
  return { mentions };
}

/** `Assad` after `Bashar al-Assad`, `Castro` after `Erik De Castro`: a known name's last word. */
function byDocumentConsistency(doc: Doc, unknown: Candidate[], known: EntityMention[]): EntityMention[] {
  const byWord = new Map<string, EntityMention>();
  for (const m of known) {
    if (m.kind !== "actor" || m.type !== "person") continue;
    const words = m.text.split(/[\s-]+/);
    if (words.length > 1) byWord.set(words[words.length - 1]!, m);
  }
  const out: EntityMention[] = [];
  for (const c of unknown) {
    const text = doc.raw.slice(c.start, c.end);
    const same = byWord.get(text);
    if (same) out.push({ ...same, start: c.start, end: c.end, text, source: "extract/entities:surname", roles: [] });
  }
  return out;
}

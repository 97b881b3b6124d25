// Photo credits: `(Reuters/Erik De Castro)`, `(AP Photo/Hussein Malla)`. They go to meta.credits,
// and the agency and the photographer are actors of the article too.
import type { Doc, Draft, EntityMention } from "../pipeline/types.js";
import { knownOrganisation } from "../lexicon/known.js";

// `(Agency/Photographer)`; the agency part may end with `Photo` or `Pictures`
const CREDIT = /\((\p{Lu}[\p{L}&.' -]{0,40}?)(?:\s+(?:Photo|Photos|Pictures|Images))?\s*\/\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*\)/gu;

export function extractCredits(doc: Doc): Partial<Draft> {
  const credits: NonNullable<Draft["credits"]> = [];
  const mentions: EntityMention[] = [];
  for (const m of doc.text.matchAll(CREDIT)) {
    const [whole, agency, photographer] = m as unknown as [string, string, string];
    const agencyStart = m.index + 1;
    const photographerStart = m.index + whole.indexOf(photographer, agency.length + 1);
    credits.push({ start: m.index, end: m.index + whole.length, text: doc.raw.slice(m.index, m.index + whole.length), agency, photographer });
    const known = knownOrganisation(agency);
    mentions.push(actorMention(doc, agencyStart, agency, "organization", { subtype: known?.subtype ?? "media", canonical: known?.name ?? null, roles: [] }));
    mentions.push(actorMention(doc, photographerStart, photographer, "person", { subtype: null, canonical: null, roles: ["photographer"] }));
  }
  return { credits, mentions };
}

function actorMention(doc: Doc, start: number, text: string, type: "person" | "organization", extra: Pick<EntityMention, "subtype" | "canonical" | "roles">): EntityMention {
  return { start, end: start + text.length, text: doc.raw.slice(start, start + text.length), source: "extract/credits", evidence: "credit", kind: "actor", type, country: null, coordinates: null, ...extra };
}

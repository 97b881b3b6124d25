// Lower-case institutions named by their country: `the Syrian army`, `Syria's army`, `Iraqi government`.
import { countryDemonym, demonymCountry, lookupPlace } from "../../gazetteer/data.js";
import type { ActorSubtype } from "../../schema.js";
import type { Doc, EntityMention, Token } from "../../pipeline/types.js";
import { textAfter } from "../../window.js";

// ` officials`, ` spokeswoman` after the institution word
const MODIFIED_NOUN_WIDTH = 16;

const INSTITUTIONS: Record<string, ActorSubtype> = {
  army: "military",
  military: "military",
  navy: "military",
  "air force": "military",
  "armed forces": "military",
  government: "government",
  regime: "government",
  police: "government",
  parliament: "government",
};

const PATTERN = new RegExp(`\\b(\\p{Lu}[\\p{L}.]+?)('s)?\\s+(${Object.keys(INSTITUTIONS).join("|")})\\b`, "gu");

// `a Syrian military source`, `army officers`: the institution word modifies a noun, so it names no institution
const MODIFIED_NOUN = /^\s+(?:sources?|officials?|officers?|operations?|units?|bases?|vehicles?|convoys?|aircraft|jets?|helicopters?|drones?|planes?|personnel|campaign|offensive|positions?|checkpoints?|intelligence|court|spokes(?:man|woman|person)|commanders?|chiefs?|leaders?|analysts?|experts?|academy|hospital|council|leadership|ministers?|budget|policy|spending|service|statement|media|television|coup|rule|junta|forces|troops|soldiers)\b/;

// `German government advice`, `Israeli military authorities`: any common noun straight after it, by its tag
const NOUN_TAGS = new Set(["NN", "NNS"]);

function usedAsModifier(doc: Doc, end: number): boolean {
  if (MODIFIED_NOUN.test(textAfter(doc.text, end, MODIFIED_NOUN_WIDTH))) return true;
  const next = tokenFrom(doc, end);
  return next !== undefined && /^ +$/.test(doc.text.slice(end, next.start)) && NOUN_TAGS.has(next.pos ?? "");
}

/** The first token that starts at or after `offset` (tokens are in text order). */
function tokenFrom(doc: Doc, offset: number): Token | undefined {
  const tokens = doc.analysis.tokens;
  let [lo, hi] = [0, tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

export function findInstitutions(doc: Doc): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of doc.text.matchAll(PATTERN)) {
    const [whole, who, possessive, noun] = m as unknown as [string, string, string | undefined, string];
    if (usedAsModifier(doc, m.index + whole.length)) continue;
    const place = possessive ? lookupPlace(who) : null;
    const country = possessive ? (place?.[1] === "country" ? place[2] : null) : demonymCountry(who);
    const demonym = country ? countryDemonym(country) : null;
    if (!country || !demonym) continue;
    const start = m.index;
    out.push({
      start,
      end: start + whole.length,
      text: doc.raw.slice(start, start + whole.length),
      source: "extract/entities:institution",
      evidence: "institution",
      kind: "actor",
      type: "organization",
      subtype: INSTITUTIONS[noun]!,
      canonical: `${demonym} ${noun}`, // `Syria's army` -> `Syrian army`
      country,
      coordinates: null,
      roles: [],
    });
  }
  return out;
}

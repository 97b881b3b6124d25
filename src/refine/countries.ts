// A country name two countries share (`Congo`, `Korea`) means the one the article's other places are
// in: `Congo` beside Kinshasa and Goma is DR Congo, not the Republic of the Congo the gazetteer names
// first. Read before alias merging, so that `Congo` and `DR Congo` become one place.
import { alternateCountry } from "../gazetteer/data.js";
import type { Doc, Draft, EntityMention } from "../pipeline/types.js";

export function chooseCountries(draft: Draft, _doc: Doc): Draft {
  const located = new Set<string>();
  for (const m of draft.mentions) if (m.kind === "place" && m.type !== "country" && m.country) located.add(m.country);
  if (located.size === 0) return draft;
  let changed = false;
  const mentions = draft.mentions.map((m): EntityMention => {
    if (m.kind !== "place" || m.type !== "country" || m.country === null || located.has(m.country)) return m;
    const other = alternateCountry(m.text);
    if (!other || !located.has(other.country)) return m;
    changed = true;
    return { ...m, country: other.country, canonical: other.name, coordinates: other.coordinates };
  });
  return changed ? { ...draft, mentions } : draft;
}

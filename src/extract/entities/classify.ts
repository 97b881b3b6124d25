// Decide what a capitalised run names, most certain evidence first.
import { demonymCountry, inLexicon, lookupPlace } from "../../gazetteer/data.js";
import { ORGANISATION_HEADS, PLACE_HEADS } from "../../lexicon/heads.js";
import { knownOrganisation, knownPlace } from "../../lexicon/known.js";
import { TITLE_OR_NAME, TITLES } from "../../lexicon/titles.js";
import type { Doc, EntityMention } from "../../pipeline/types.js";
import type { Candidate } from "./candidates.js";
import { appositiveRoleAfter, appositiveRoleBefore, lowerRoleBefore, placeCueBefore } from "./context.js";

const SOURCE = "extract/entities";
// Kurdish, Iraqi, Lebanese, Syrian: only trusted before an acronym or a known organisation
const NATIONALITY_SHAPE = /^\p{Ll}{3,}(?:ish|ian|ese|i|an)$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^(?:\p{Lu}\.){2,}$/u;

type Draft = Omit<EntityMention, "start" | "end" | "text" | "source">;

const actor = (type: "person" | "organization", extra: Partial<Draft> = {}): Draft => ({
  kind: "actor",
  type,
  subtype: null,
  canonical: null,
  country: null,
  coordinates: null,
  roles: [],
  ...extra,
});

const place = (type: EntityMention["type"], extra: Partial<Draft> = {}): Draft => ({ ...actor("person"), kind: "place", type, ...extra });

/** `Syrian President` of `Syrian President Bashar al-Assad`: where the name proper starts, and the role. */
function splitTitle(doc: Doc, c: Candidate): { start: number; role: string | null } {
  const tokens = doc.analysis.tokens;
  let k = c.tokens[0];
  let sawTitle = false;
  while (k < c.tokens[1] - 1) {
    const w = tokens[k]!.lower.replace(/\.$/, "");
    const isTitle = TITLES.has(w) && (!TITLE_OR_NAME.has(w) || sawTitle || k + 1 < c.tokens[1] - 1 || k === c.tokens[0]);
    const isNationality = !sawTitle && (demonymCountry(w) !== null || lookupPlace(tokens[k]!.text)?.[1] === "country");
    if (isTitle) sawTitle = true;
    else if (!(isNationality && TITLES.has(tokens[k + 1]!.lower.replace(/\.$/, "")))) break;
    k++;
  }
  if (!sawTitle) return { start: c.start, role: null };
  const start = tokens[k]!.start;
  return { start, role: doc.raw.slice(c.start, tokens[k - 1]!.end) };
}

/** `Kurdish YPG`, `Iraqi Hezbollah`: a nationality before a known organisation is not part of its name. */
function dropNationality(doc: Doc, c: Candidate): Candidate {
  const tokens = doc.analysis.tokens;
  const [first, last] = c.tokens;
  const w = tokens[first]!.lower;
  const nationality = demonymCountry(w) !== null || inLexicon("Demonym", w) || NATIONALITY_SHAPE.test(w);
  if (last - first < 2 || !nationality) return c;
  const rest = doc.text.slice(tokens[first + 1]!.start, c.end);
  if (!ACRONYM.test(rest) && !knownOrganisation(rest)) return c;
  return { ...c, start: tokens[first + 1]!.start, tokens: [first + 1, last] };
}

/**
 * What follows a title names a person unless it is lower case (`Minister of Trade`), another title
 * (`Secretary General`, `Mr. President`) or an organisation (`Foreign Relations Ministry`), or the whole
 * run is a headline in capitals (`PREMIER DIVISION RESULTS`).
 */
function isPersonAfterTitle(doc: Doc, c: Candidate, start: number): boolean {
  const run = doc.text.slice(c.start, c.end);
  const words = doc.text.slice(start, c.end).split(/\s+/);
  const last = words[words.length - 1]!.split("-").pop()!.toLowerCase();
  return (
    /^\p{Lu}/u.test(words[0]!) &&
    !TITLES.has(words[0]!.toLowerCase().replace(/\.$/, "")) &&
    ORGANISATION_HEADS[last] === undefined &&
    run !== run.toUpperCase()
  );
}

export function classify(doc: Doc, whole: Candidate): EntityMention | null {
  const c = dropNationality(doc, whole);
  const split = splitTitle(doc, c);
  const titled = split.role !== null && isPersonAfterTitle(doc, c, split.start);
  const start = titled ? split.start : c.start;
  const role = titled ? split.role : null;
  const name = doc.text.slice(start, c.end);
  const words = name.split(/\s+/);
  // the head is the last word before `of`/`for`: `Government of National Accord`, `Bank of England`
  const ofAt = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  const head = (ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).split("-").pop()!.toLowerCase();
  const mention = (source: string, d: Draft): EntityMention => ({ start, end: c.end, text: doc.raw.slice(start, c.end), source: `${SOURCE}:${source}`, ...d });

  const org = knownOrganisation(name);
  if (org) return mention("lexicon", actor("organization", { subtype: org.subtype, canonical: org.name }));
  const known = knownPlace(name);
  if (known) return mention("lexicon", place(known.type, { canonical: known.name, country: known.country }));
  if (role) return mention("title", actor("person", { roles: [role] }));

  const acronym = ACRONYM.test(name);
  const gazetteer = lookupPlace(acronym ? name.replace(/\./g, "") : name); // U.S. -> US
  if (acronym && gazetteer?.[1] !== "country") return mention("acronym", actor("organization"));
  if (demonymCountry(name) && !gazetteer) return null; // `Syrian`, `Kurdish`: a nationality, not a name

  const orgHead = ORGANISATION_HEADS[head];
  const placeHead = PLACE_HEADS[head];
  if (orgHead && words.length > 1) return mention("head", actor("organization", { subtype: orgHead }));
  if (placeHead && words.length > 1) return mention("head", place(placeHead));

  const roleAfter = appositiveRoleAfter(doc, c.end);
  const roleBefore = appositiveRoleBefore(doc, start) ?? lowerRoleBefore(doc, start);
  if (gazetteer && !roleAfter) {
    const [canonical, type, country, lat, lon] = gazetteer;
    // countries go by their common name (`U.S.` -> `United States`); cities keep the article's spelling
    const kind = type === "country" ? "country" : "city";
    return mention("gazetteer", place(kind, { canonical: kind === "country" ? canonical : null, country, coordinates: { lat, lon }, roles: [] }));
  }
  const cue = placeCueBefore(doc, start);
  if (cue) return mention("context", place(cue));
  if (roleAfter || roleBefore) return mention("context", actor("person", { roles: [roleAfter ?? roleBefore!] }));

  const first = words[0]!.toLowerCase();
  if (words.length > 1 && (inLexicon("FirstName", first) || inLexicon("MaleName", first) || inLexicon("FemaleName", first))) return mention("names", actor("person"));
  if (inLexicon("Person", name)) return mention("names", actor("person"));
  if (inLexicon("Organization", name)) return mention("names", actor("organization"));
  if (inLexicon("Region", name)) return mention("names", place("region"));
  if (words.length > 1 && words.length <= 4) return mention("shape", actor("person"));
  return null;
}

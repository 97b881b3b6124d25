// Decide what a capitalised run names, most certain evidence first.
import { demonymCountry, inLexicon, lookupPlace, type GazetteerEntry } from "../../gazetteer/data.js";
import { memoise } from "../../memo.js";
import { LEADING_ORGANISATION_HEADS, ORGANISATION_HEADS, PLACE_HEADS } from "../../lexicon/heads.js";
import type { KnownPlace } from "../../lexicon/geography.js";
import { knownOrganisation, knownPlace } from "../../lexicon/known.js";
import { COMMON_INITIALS, type KnownOrganisation } from "../../lexicon/organisations.js";
import { TITLE_OR_NAME, TITLES } from "../../lexicon/titles.js";
import type { Doc, EntityMention, Evidence, Token } from "../../pipeline/types.js";
import type { Candidate } from "./candidates.js";
import { gazetteerPlace } from "./gazetteer-place.js";
import { appositiveRoleAfter, appositiveRoleBefore, lowerRoleBefore, placeCueAfter, placeCueBefore } from "./context.js";

const SOURCE = "extract/entities";
// Kurdish, Iraqi, Lebanese, Syrian: only trusted before an acronym or a known organisation
const NATIONALITY_SHAPE = /^\p{Ll}{3,}(?:ish|ian|ese|i|an)$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^(?:\p{Lu}\.){2,}$/u;
const UPPER = /^\p{Lu}/u;

type Draft = Omit<EntityMention, "start" | "end" | "text" | "source" | "evidence">;

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

// `Syrian`, `French`: a demonym, or a word the gazetteer knows as a country
const isNationality = (t: Token, w: string) => demonymCountry(w) !== null || lookupPlace(t.text)?.[1] === "country";

/** Whose title it is, one word before it: a nationality, a place the lists know, a known organisation or an acronym. */
const ofWhom = (t: Token, w: string) => isNationality(t, w) || lookupPlace(t.text) !== null || knownPlace(t.text) !== null || knownOrganisation(t.text) !== null || ACRONYM.test(t.text);

/** `Mayor`, `Secretary-General`: a title word, or title words joined by hyphens. */
const isTitleWord = (w: string) => TITLES.has(w) || (w.includes("-") && w.split("-").every((part) => TITLES.has(part)));

/** `Syrian President` of `Syrian President Bashar al-Assad`: where the name proper starts, and the role. */
function splitTitle(doc: Doc, c: Candidate): { start: number; role: string | null } {
  const tokens = doc.analysis.tokens;
  let k = c.tokens[0];
  let sawTitle = false;
  while (k < c.tokens[1] - 1) {
    const w = tokens[k]!.lower.replace(/\.$/, "");
    const isTitle = isTitleWord(w) && (!TITLE_OR_NAME.has(w) || sawTitle || k + 1 < c.tokens[1] - 1 || k === c.tokens[0]);
    if (isTitle) sawTitle = true;
    // a nationality, place or organisation before a title (`Syrian President`, `London Mayor`, `NATO
    // Secretary-General`); the title is checked first, it costs less
    else if (!(!sawTitle && isTitleWord(tokens[k + 1]!.lower.replace(/\.$/, "")) && ofWhom(tokens[k]!, w))) break;
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
  if (last - first < 2) return c;
  const w = tokens[first]!.lower;
  if (!(demonymCountry(w) !== null || inLexicon("Demonym", w) || NATIONALITY_SHAPE.test(w))) return c;
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
    UPPER.test(words[0]!) &&
    !TITLES.has(words[0]!.toLowerCase().replace(/\.$/, "")) &&
    ORGANISATION_HEADS[last] === undefined &&
    run !== run.toUpperCase()
  );
}

/** What a name says by its own words, whatever stands around it: read once per spelling, for names recur. */
interface NameReading {
  words: string[];
  /** The last word before `of`/`for` (`Government of National Accord`, `Bank of England`), else the last word. */
  head: string;
  organisation: KnownOrganisation | null;
  knownPlace: KnownPlace | null;
  acronym: boolean;
  gazetteer: GazetteerEntry | null;
  demonym: string | null;
  /** The last resort, by the name lists or the shape: `Ahmed Hassan` a person. */
  byNames: { evidence: "names" | "shape"; type: "person" | "organization" | "region" } | null;
}

const readName = memoise((name: string): NameReading => {
  const words = name.split(/\s+/);
  const ofAt = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  const head = (ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).split("-").pop()!.toLowerCase();
  const acronym = ACRONYM.test(name);
  return {
    words,
    head,
    organisation: knownOrganisation(name),
    knownPlace: knownPlace(name),
    acronym,
    gazetteer: lookupPlace(acronym ? name.replace(/\./g, "") : name), // U.S. -> US
    demonym: demonymCountry(name),
    byNames: byNames(name, words),
  };
});

function byNames(name: string, words: string[]): NameReading["byNames"] {
  const first = words[0]!.toLowerCase();
  if (words.length > 1 && (inLexicon("FirstName", first) || inLexicon("MaleName", first) || inLexicon("FemaleName", first))) return { evidence: "names", type: "person" };
  if (inLexicon("Person", name)) return { evidence: "names", type: "person" };
  if (inLexicon("Organization", name)) return { evidence: "names", type: "organization" };
  if (inLexicon("Region", name)) return { evidence: "names", type: "region" };
  if (words.length > 1 && words.length <= 4) return { evidence: "shape", type: "person" };
  return null;
}

export function classify(doc: Doc, whole: Candidate): EntityMention | null {
  const c = dropNationality(doc, whole);
  const split = splitTitle(doc, c);
  const titled = split.role !== null && isPersonAfterTitle(doc, c, split.start);
  const role = titled ? split.role : null;
  let start = titled ? split.start : c.start;
  const { words, head, organisation: org, knownPlace: known, acronym, gazetteer, demonym, byNames } = readName(doc.text.slice(start, c.end));
  // `The World Health Organization` opening a sentence: the lists know the name without its article
  if ((org || known) && words.length > 1 && words[0] === "The") start = doc.analysis.tokens[c.tokens[0] + 1]!.start;
  const mention = (evidence: Evidence, d: Draft): EntityMention => ({ start, end: c.end, text: doc.raw.slice(start, c.end), source: `${SOURCE}:${evidence}`, evidence, ...d });

  if (org) return mention("lexicon", actor("organization", { subtype: org.subtype, canonical: org.name }));
  if (known) return mention("lexicon", place(known.type, { canonical: known.name, country: known.country }));
  // and the role in an appositive after the name: `Dr. Anthony Fauci, the White House chief medical adviser,`
  if (role) return mention("title", actor("person", { roles: [role, appositiveRoleAfter(doc, c.end)].filter((r): r is string => r !== null) }));

  // `GENEVA (AP) —`: a word in capitals that the gazetteer knows, past an acronym's length, is the place
  if (acronym && COMMON_INITIALS.has(words[0]!)) return null; // `AI`, `GDP`, `the IPO`: things, not actors
  if (acronym && gazetteer?.[1] !== "country" && !(gazetteer && words[0]!.length > 4)) return mention("acronym", actor("organization"));
  if (demonym && !gazetteer) return null; // `Syrian`, `Kurdish`: a nationality, not a name

  // `Ahrar al-Sham`: an Arabic group's head comes first, and it says more than the tagger's reading
  const leading = words.length > 1 ? LEADING_ORGANISATION_HEADS[words[0]!.toLowerCase()] : undefined;
  if (leading) return mention("lead", actor("organization", { subtype: leading }));
  const orgHead = ORGANISATION_HEADS[head];
  const placeHead = PLACE_HEADS[head];
  if (orgHead && words.length > 1) return mention("head", actor("organization", { subtype: orgHead }));
  if (placeHead && words.length > 1) return mention("head", place(placeHead));

  const roleAfter = appositiveRoleAfter(doc, c.end);
  if (gazetteer && !roleAfter) {
    // countries go by their common name (`U.S.` -> `United States`); cities and regions keep the article's spelling
    const { fromContext, type, ...found } = gazetteerPlace(doc, [start, c.end], gazetteer);
    return mention(fromContext ? "context" : "gazetteer", place(type, found));
  }
  const cue = placeCueBefore(doc, start);
  if (cue) return mention("context", place(cue));
  // the clause before is read only when it is needed: most names stop at the gazetteer or a head word
  const contextRole = roleAfter ?? appositiveRoleBefore(doc, start) ?? lowerRoleBefore(doc, start);
  if (contextRole) return mention("context", actor("person", { roles: [contextRole] }));

  if (!byNames) return null;
  return mention(byNames.evidence, byNames.type === "region" ? place("region") : actor(byNames.type));
}

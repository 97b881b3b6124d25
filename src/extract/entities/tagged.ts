// Names the trained tagger found (src/tagger), read as actors and places: the tagger decides the span
// and whether it is a person, an organisation or a place; the lists, the gazetteer and the context
// add what they know (canonical names, countries, coordinates, subtypes, roles).
import { lookupPlace } from "../../gazetteer/data.js";
import { ORGANISATION_HEADS, PLACE_HEADS } from "../../lexicon/heads.js";
import { COMMON_INITIALS } from "../../lexicon/organisations.js";
import { gazetteerPlace } from "./gazetteer-place.js";
import { knownOrganisation, knownPlace } from "../../lexicon/known.js";
import type { Doc, EntityMention, NameSpan } from "../../pipeline/types.js";
import { isAdjectiveOfPeople } from "./adjectives.js";
import type { Candidate } from "./candidates.js";
import { classify } from "./classify.js";
import { appositiveRoleAfter, appositiveRoleBefore, lowerRoleBefore, placeCueAfter, placeCueBefore } from "./context.js";
import { textAfter, textBefore } from "../../window.js";

// ` (SDF)` after a name
const INITIALS_WIDTH = 12;
// `Democratic ` before it, one capitalised word
const WORD_BEFORE_WIDTH = 30;
// `returned to the ` before a known organisation
const LOCATIVE_WIDTH = 16;

const SOURCE = "extract/entities:tagger";
const agrees = (m: EntityMention, type: NameSpan["label"]) =>
  type === "LOC" ? m.kind === "place" : m.kind === "actor" && m.type === (type === "PER" ? "person" : "organization");

const LOWER = /^\p{Ll}+$/u;
const INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * The tokens inside a span. Lower-case words after initials are left out (`Kurdish YPG militia` ->
 * `Kurdish YPG`); after words a name is spelled with they stay (`Liberal Democratic party`, `East coast`).
 */
function candidateOf(doc: Doc, name: NameSpan): Candidate {
  const tokens = doc.analysis.tokens;
  let [first, last] = name.tokens;
  // widened to its initials: `Syrian Democratic Forces (SDF)`
  while (first > 0 && tokens[first - 1]!.end > name.start) first--;
  let kept = last;
  while (kept - 1 > first && LOWER.test(tokens[kept - 1]!.text)) kept--;
  if (kept < last && INITIALS.test(tokens[kept - 1]!.text)) last = kept;
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end, tokens: [first, last], possessive: false };
}

// `The` of `The Ministry of Defence`, cut off by the unconstrained decoder as a name of its own; the
// word must be one of these as well as tagged so, for a tagger may read `TORONTO` as `TO`
const FUNCTION_TAGS = new Set(["DT", "IN", "CC", "TO", "PRP", "PRP$", "WDT", "WP"]);
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "for", "by", "with", "from", "into", "to", "and", "or", "but", "nor",
  "it", "its", "he", "she", "they", "we", "his", "her", "their", "our", "which", "who", "whom", "what",
]);

function onlyFunctionWords(doc: Doc, c: Candidate): boolean {
  for (let k = c.tokens[0]; k < c.tokens[1]; k++) {
    const t = doc.analysis.tokens[k]!;
    if (!FUNCTION_TAGS.has(t.pos ?? "") || !FUNCTION_WORDS.has(t.lower)) return false;
  }
  return true;
}

const VERB_TAGS = /^(?:VB|MD)/;

/**
 * `Shiite fighters`, `Kurdish and Sunni tribes`: a lower-case word other than a verb follows; not
 * `the Vatican announced`, `American's request`, where the word names what acts or owns.
 */
function qualifiesWhatFollows(doc: Doc, c: Candidate): boolean {
  const next = doc.analysis.tokens[c.tokens[1]];
  // `Shiite fighters`, and before a name too: `the Kurdish YPG militia`
  return next !== undefined && /^\p{L}/u.test(next.text) && !VERB_TAGS.test(next.pos ?? "");
}

const INITIALS_IN_BRACKETS = /^\s*\((\p{Lu}{2,6})\)/u;
const WORD_BEFORE = /(\p{Lu}[\p{L}-]*) $/u;

/** `Syrian Democratic Forces (SDF)`: a name whose bracketed initials spell the capitalised words before it takes them in. */
export function widenToInitials(doc: Doc, name: NameSpan): NameSpan {
  const initials = INITIALS_IN_BRACKETS.exec(textAfter(doc.text, name.end, INITIALS_WIDTH))?.[1];
  if (!initials) return name;
  let start = name.start;
  let spelled = initialsOf(doc.text.slice(start, name.end));
  while (spelled.length < initials.length && initials.endsWith(spelled)) {
    const before = WORD_BEFORE.exec(textBefore(doc.text, start, WORD_BEFORE_WIDTH));
    if (!before) break;
    start -= before[0].length;
    spelled = before[1]![0] + spelled;
  }
  return spelled === initials ? { ...name, start } : name;
}

const initialsOf = (text: string) =>
  text
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/** The roles of the mentions, each once, in order (a loop: `flatMap` costs more than the rest of this). */
function rolesOf(mentions: EntityMention[]): string[] {
  const roles = new Set<string>();
  for (const m of mentions) for (const role of m.roles) roles.add(role);
  return [...roles];
}

/** `GENEVA (AP) —`: the dateline's place, whatever the tagger read in its capitals. */
function inDatelinePlace(doc: Doc, name: NameSpan): boolean {
  const dateline = doc.dateline;
  return dateline !== null && dateline.place !== null && name.start >= dateline.start && name.end <= dateline.start + dateline.place.length;
}

export function taggedMention(doc: Doc, tagged: NameSpan, overlapping: EntityMention[]): EntityMention | null {
  const name: NameSpan = inDatelinePlace(doc, tagged) ? { ...tagged, label: "LOC" } : tagged;
  if (name.label === "MISC") return compassRegion(doc, name);
  const c = candidateOf(doc, name);
  if (onlyFunctionWords(doc, c)) return null;
  const text = doc.raw.slice(c.start, c.end);
  if (!/\s/.test(text) && isAdjectiveOfPeople(text) && qualifiesWhatFollows(doc, c)) return null;
  if (COMMON_INITIALS.has(text)) return null; // `applying AI at scale`, `the IPO`
  const rule = overlapping.find((m) => m.start === c.start && m.end === c.end) ?? classify(doc, c);
  // a title is a person's: `Chairman Jerome Powell of the Federal Reserve` gives the Fed none
  const roles = name.label === "PER" ? rolesOf(overlapping.filter((m) => m.kind === "actor")) : [];
  if (rule && (outranksTagger(doc, rule, name.label) || (agrees(rule, name.label) && rule.start === c.start && rule.end === c.end))) {
    return { ...rule, roles: [...new Set([...rule.roles, ...roles])] };
  }
  // `Prince Charles`, `King Hassan`: the tagger decides whether a title is part of the name
  // (`President` never is, in its training); either way the title is a role
  // the tagger's span, without a title the rule split off (`Mayor Sadiq Khan` at a sentence's start)
  if (rule?.evidence === "title" && name.label === "PER") {
    const start = Math.max(c.start, rule.start);
    return { ...rule, start, end: c.end, text: doc.raw.slice(start, c.end), roles: [...new Set([...rule.roles, ...roles])] };
  }
  const base = { start: c.start, end: c.end, text, source: SOURCE, evidence: "tagger" as const, subtype: null, canonical: null, country: null, coordinates: null, roles: [] };
  if (name.label === "PER") {
    const role = appositiveRoleAfter(doc, c.end) ?? appositiveRoleBefore(doc, c.start) ?? lowerRoleBefore(doc, c.start);
    return { ...base, kind: "actor", type: "person", roles: [...new Set([...(role ? [role] : []), ...roles])] };
  }
  // only organisations and places are read by their head word
  const words = doc.text.slice(c.start, c.end).toLowerCase().split(/[\s-]+/);
  const head = words[words.length - 1]!;
  if (name.label === "ORG") {
    const known = knownOrganisation(text);
    return { ...base, kind: "actor", type: "organization", subtype: known?.subtype ?? ORGANISATION_HEADS[head] ?? null, canonical: known?.name ?? null };
  }
  const known = knownPlace(text);
  if (known) return { ...base, kind: "place", type: known.type, canonical: known.name, country: known.country };
  const place = lookupPlace(text.replace(/\./g, ""));
  if (place) {
    const { fromContext: _, ...found } = gazetteerPlace(doc, [c.start, c.end], place);
    return { ...base, kind: "place", ...found };
  }
  const part = partOf(text);
  if (part) return { ...base, kind: "place", type: "region", country: part.country };
  return { ...base, kind: "place", type: (words.length > 1 ? PLACE_HEADS[head] : undefined) ?? placeCueBefore(doc, c.start) ?? placeCueAfter(doc, c.end) ?? "other" };
}

const COMPASS = /^(?:(?:North|South)(?:-?(?:east|west))?(?:ern)?|East(?:ern)?|West(?:ern)?|Central|Upper|Lower)\s+(\p{Lu}.*)$/u;

/**
 * `rebel-held Eastern Ghouta` tagged MISC: a compass word before a name that is no nationality or
 * adjective names a region (not `Western European`, `South Korean`, `Eastern Orthodox`).
 */
function compassRegion(doc: Doc, name: NameSpan): EntityMention | null {
  const text = doc.raw.slice(name.start, name.end);
  const rest = /^(?:North|South|East|West)ern\s+(\p{Lu}[\p{L}'-]+)$/u.exec(text)?.[1];
  if (!rest || isAdjectiveOfPeople(rest) || /(?:an|ish|ese|ic|al|ox)$/.test(rest)) return null;
  return { start: name.start, end: name.end, text, source: SOURCE, evidence: "tagger", kind: "place", type: "region", subtype: null, canonical: null, country: partOf(text)?.country ?? null, coordinates: null, roles: [] };
}

/** `East Antarctica`, `Northern Syria`: a part of a place the lists know, a region in that place's country. */
function partOf(name: string): { country: string | null } | null {
  const whole = COMPASS.exec(name)?.[1];
  if (!whole) return null;
  const known = knownPlace(whole);
  if (known) return { country: known.country };
  const place = lookupPlace(whole);
  return place && place[1] === "country" ? { country: place[2] } : null;
}

// `returned to the Kremlin`, `back to the White House`: a known organisation named as the place it sits in
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|into|inside|outside|near)\s+(?:the\s+)?$/i;

/** Head words no one bears as a surname: `Sarah Lawrence College` is no person, whatever the tagger read. */
const INSTITUTION_HEAD = /\s(?:College|University|Institute|Ministry|Committee|Commission|Association|Foundation|Federation|Corporation|Agency|Council|Club|Party)$/;

/**
 * General knowledge and the head word of a facility (`National Hospital`) outrank the tagger's reading
 * of a span, and may change its extent; a place's head word does not make a club a place (`Crystal
 * Palace`, `Notts County`), nor an organisation's head word a country an organisation (`Soviet Union`).
 */
function outranksTagger(doc: Doc, rule: EntityMention, label: NameSpan["label"]): boolean {
  if (rule.evidence === "lexicon") return !(rule.kind === "actor" && label === "LOC" && LOCATIVE_BEFORE.test(textBefore(doc.text, rule.start, LOCATIVE_WIDTH)));
  if (rule.evidence === "lead") return true;
  if (rule.evidence === "head") return (label === "ORG" && rule.kind === "place" && rule.type === "facility") || (label === "PER" && rule.kind === "actor" && INSTITUTION_HEAD.test(rule.text));
  // `the city of X`, `the districts of A and X`, `X province` of a city the gazetteer knows: the words say it is a place
  return rule.evidence === "context" && rule.kind === "place";
}

/**
 * Where a known name (`Islamic State`) or a name with an organisation or place head word
 * (`Popular Front for Liberation`) holds several of the tagger's names, or a part of one, it stands for them.
 */
export function preferWholeNames(doc: Doc, names: NameSpan[], rules: EntityMention[]): NameSpan[] {
  let out = names;
  for (const r of rules) {
    const known = r.evidence === "lexicon";
    if (!known && r.evidence !== "head") continue;
    const touching = out.filter((n) => n.start < r.end && r.start < n.end);
    const within = touching.every((n) => r.start <= n.start && n.end <= r.end);
    const label: NameSpan["label"] = r.kind === "place" ? "LOC" : "ORG";
    // a head word joins pieces of one kind only: not `Brazilian` (MISC) to `Foreign Ministry`, nor `U.S.` (LOC) to `Senate`
    const pieces = known || touching.every((n) => n.label === label);
    // one name of the same extent: taggedMention weighs the two readings, unless the tagger read it MISC (`Daesh`)
    const same = touching.length === 1 && touching[0]!.start === r.start && touching[0]!.end === r.end && touching[0]!.label !== "MISC";
    if (touching.length === 0 || same || !within || (!known && touching.length < 2) || !pieces || touching.some((n) => n.label === "PER")) continue;
    const tokens = tokensOf(doc, r.start, r.end, touching[0]!.tokens[0]);
    out = [...out.filter((n) => !touching.includes(n)), { start: r.start, end: r.end, tokens, label }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The tokens of `[start, end)`, found by walking out from token `near`, which lies inside it. */
function tokensOf(doc: Doc, start: number, end: number, near: number): [number, number] {
  const tokens = doc.analysis.tokens;
  let first = near;
  while (first > 0 && tokens[first - 1]!.end > start) first--;
  let last = near + 1;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}

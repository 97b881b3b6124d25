// Actors and places: the trained name tagger proposes the spans and their types; capitalised runs
// classified by lexicons, gazetteer, head words and context fill in what the tagger missed and add
// roles, canonical names and coordinates; then the article is made consistent (a surname alone is
// the person named in full elsewhere).
import type { Doc, Draft, EntityMention, Evidence } from "../pipeline/types.js";
import { findCandidates, type Candidate } from "./entities/candidates.js";
import { classify } from "./entities/classify.js";
import { findInstitutions } from "./entities/institutions.js";
import { overlapIndex } from "../spans.js";
import { preferWholeNames, taggedMention, widenToInitials } from "./entities/tagged.js";
import { textBefore } from "../window.js";

// `east of `, `towards ` before a place
const LOCATIVE_WIDTH = 12;

// where the tagger saw no name, only these readings of a capitalised run are kept
const TRUSTED_ALONE: ReadonlySet<Evidence> = new Set(["lexicon", "title", "institution"]);
// hoisted: the shipped bundle compiles a `\p{...}` literal into `new RegExp` where it stands
const LETTER = /\p{L}/u;

export function extractEntities(doc: Doc): Partial<Draft> {
  const rules = ruleMentions(doc);
  const names = preferWholeNames(
    doc,
    doc.analysis.names.map((n) => widenToInitials(doc, n)),
    rules,
  );
  const rulesOver = overlapIndex(rules);
  const tagged: EntityMention[] = [];
  for (const n of names) {
    const m = taggedMention(doc, n, rulesOver(n));
    if (m) tagged.push(m);
  }
  const namesOver = overlapIndex(names);
  const alone = rules.filter((m) => TRUSTED_ALONE.has(m.evidence) && namesOver(m).length === 0);
  const mentions = [...tagged, ...alone, ...findInstitutions(doc)];
  // only persons that stand in the result lend their surnames: not `Republic of Ireland` read by its shape
  return { mentions: surnamesOverPlaces(doc, mentions, surnamesOf(mentions)) };
}

/** Every word the article writes in lower case somewhere: `units` makes a sentence's `Units` plain English. */
function lowerCaseWords(doc: Doc): Set<string> {
  const words = new Set<string>();
  // one loop, no intermediate arrays: this runs over every token of every article
  for (const t of doc.analysis.tokens) if (t.text === t.lower && hasLetter(t.text)) words.add(t.lower);
  return words;
}

// most words start with an ASCII letter, which spares them the Unicode regex
const hasLetter = (text: string) => {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || LETTER.test(text);
};

/** The rule-based reading: capitalised runs classified, surnames of persons named in full. */
function ruleMentions(doc: Doc): EntityMention[] {
  const lowerWords = lowerCaseWords(doc);
  const mentions: EntityMention[] = [];
  const unknown: Candidate[] = [];
  for (const candidate of findCandidates(doc, lowerWords)) {
    const found = classify(doc, candidate);
    if (found) mentions.push(found);
    else unknown.push(candidate);
  }
  mentions.push(...bySurname(doc, unknown, surnamesOf(mentions)));
  return mentions;
}

/** The last word of each person named in full: `Assad` of `Bashar al-Assad`. */
function surnamesOf(mentions: EntityMention[]): Map<string, EntityMention> {
  const byWord = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.kind !== "actor" || m.type !== "person") continue;
    const words = m.text.split(/[\s-]+/);
    if (words.length > 1) byWord.set(words[words.length - 1]!, m);
  }
  return byWord;
}

const asSurname = (person: EntityMention, start: number, end: number, text: string): EntityMention => ({ ...person, start, end, text, source: "extract/entities:surname", evidence: "surname", roles: [] });

/** `Castro` after `Erik De Castro`: an unclassified word that is a known person's last name. */
function bySurname(doc: Doc, unknown: Candidate[], surnames: Map<string, EntityMention>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const c of unknown) {
    const text = doc.raw.slice(c.start, c.end);
    const person = surnames.get(text);
    if (person) out.push(asSurname(person, c.start, c.end, text));
  }
  return out;
}

// `in Raqqa`, `east of Raqqa`, `the city of Raqqa`: a word used as a place somewhere in the article
const LOCATIVE = /\b(?:in|at|from|near|to|towards?|into|outside|around|across|of|across|through)\s+$/i;

/**
 * `Maria Lopez ... Lopez said`: a one-word gazetteer hit that is also a person's last name is that person,
 * unless the article uses the word as a place somewhere (`Ardal Raqqa ... fighting in Raqqa`).
 */
function surnamesOverPlaces(doc: Doc, mentions: EntityMention[], surnames: Map<string, EntityMention>): EntityMention[] {
  const usedAsPlace = new Set(
    mentions.filter((m) => m.kind === "place" && LOCATIVE.test(textBefore(doc.text, m.start, LOCATIVE_WIDTH))).map((m) => m.text),
  );
  return mentions.map((m) => {
    const person = m.kind === "place" && !m.text.includes(" ") ? surnames.get(m.text) : undefined;
    return person && !usedAsPlace.has(m.text) ? asSurname(person, m.start, m.end, m.text) : m;
  });
}

// Speaker-mention finder: the source as written next to a cue, as a word range.
//   On Sunday a Syrian military source said ...                     -> a Syrian military source
//   The spokeswoman for the SDF campaign, Jihan Sheikh Ahmad, said  -> Jihan Sheikh Ahmad
//   ..., Ardal Raqqa, a field commander in the SDF, told Reuters    -> Ardal Raqqa
//   ..., said the military source.                                  -> the military source
import {
  ADJUNCT_STARTS,
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_WORDS,
  CUE_VERBS,
  DETERMINERS,
  DISCOURSE,
  NAME_PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  QUANTITY_STARTS,
  SUBORDINATORS,
} from "./cues.js";
import { MONTH_NAMES } from "../dates/calendar.js";
import { isNounPhrase } from "./chunks.js";
import { gapBefore, isAdverb, isCapitalised, isFiniteVerb, lower, posOf, type Words } from "./words.js";
import type { SpeakerPhrase } from "./types.js";

const QUANTITY_SUBJECTS = new Set(["some", "many", "several", "both", "all", "most", "another", "each", "neither", "either", "few"]);
/** `even Mr. Slinker says`, `only the mayor said`: a focusing adverb before its subject is not part of it. */
const FOCUS = new Set(["even", "only", "just", "especially", "particularly", "notably", "also"]);
/** A source is a noun phrase, not a clause: longer than this, it is not one. */
const MAX_MENTION_WORDS = 12;
const MAX_NAME_WORDS = 6;
/** How far back a subject with its appositive may start: keeps the search linear on run-on text. */
const MAX_SUBJECT_WORDS = 40;
// brackets do not break a chunk: `a field commander in the Syrian Democratic Forces (SDF)`
const CHUNK_BREAK = /[,;:\u2014\u2013]|\s-\s|["\u201c\u201d\u00ab\u00bb]/;

const isName = (words: Words, [s, e]: [number, number]): boolean =>
  e - s <= MAX_NAME_WORDS &&
  !DISCOURSE.has(lower(words, s)) &&
  !PREPOSITIONS.has(lower(words, s)) &&
  !DETERMINERS.has(lower(words, s)) &&
  !PRONOUNS.has(lower(words, s)) &&
  range(s, e).every((i) => isCapitalised(words, i) || NAME_PARTICLES.has(lower(words, i)));

/** `Sen. Mark Kirk, R-Ill., said`, `Steve Cohen, Democrat of Tennessee, told`: party and state after a legislator's name. */
const isPartyTag = (words: Words, [s, e]: [number, number]): boolean =>
  (e - s === 1 && /^[RDI]-[A-Z][A-Za-z.]*$/.test(words.list[s]!.text)) ||
  (e - s >= 3 && PARTY_MEMBERS.has(lower(words, s)) && (lower(words, s + 1) === "of" || lower(words, s + 1) === "from") && isCapitalised(words, s + 2));
const PARTY_MEMBERS = new Set(["democrat", "republican", "independent", "libertarian"]);

const isDescription = (words: Words, [s]: [number, number]): boolean =>
  DETERMINERS.has(lower(words, s)) || !isCapitalised(words, s);

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}

/** A conjunction that is no preposition: `though`, `because`, `and`. */
const isConjunction = (words: Words, i: number): boolean => /^(CC|IN)$/.test(posOf(words, i)) && !PREPOSITIONS.has(lower(words, i));

/** `On Sunday a source` -> `a source`; `However the group` -> `the group`; `though Mrs. Fiorina` -> `Mrs. Fiorina`. */
function withoutLeadingWords(words: Words, [s, e]: [number, number]): [number, number] {
  // `News of the album spread just as the band said`: the subject follows the clause's subordinator
  for (let k = e - 2; k >= s; k--) {
    if (!SUBORDINATORS.has(lower(words, k)) || lower(words, k) === "if") continue;
    s = k + 1;
    break;
  }
  while (s < e && (DISCOURSE.has(lower(words, s)) || isConjunction(words, s))) s++;
  if (s < e && PREPOSITIONS.has(lower(words, s))) {
    let i = s + 1;
    if (DETERMINERS.has(lower(words, i))) i++;
    while (i < e && !DETERMINERS.has(lower(words, i)) && !PRONOUNS.has(lower(words, i))) i++;
    // `with Cruz repeatedly calling`: a name right after the preposition, not a time (`On Sunday Smith`, `In January Smith`)
    const name = s + 1 < e && posOf(words, s + 1) === "NNP" && !ADJUNCT_STARTS.has(lower(words, s + 1)) && !MONTHS.has(lower(words, s + 1));
    s = i < e ? i : name ? s + 1 : Math.min(e, s + 2 + (DETERMINERS.has(lower(words, s + 1)) ? 1 : 0));
  }
  return [s, e];
}

/** `A news report published Wednesday`, `Sean Spicer on Thursday evening` -> `A news report`, `Sean Spicer`. */
function withoutTrailingTime(words: Words, [s, e]: [number, number]): [number, number] {
  let end = e;
  while (end - 1 > s && (ADJUNCT_STARTS.has(lower(words, end - 1)) || TIMES_OF_DAY.has(lower(words, end - 1)))) end--;
  if (end === e) return [s, e];
  if (end - 1 > s && (lower(words, end - 1) === "on" || lower(words, end - 1) === "in")) end--;
  else if (end - 2 > s && posOf(words, end - 1) === "VBN") end--;
  return [s, end];
}

const TIMES_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

function plausible(words: Words, [s, e]: [number, number]): boolean {
  if (e <= s || e - s > MAX_MENTION_WORDS) return false;
  const last = lower(words, e - 1);
  // `Then there was ...`: an existential `there` names no one
  if (posOf(words, s) === "EX") return false;
  // `Some said`, `Many say`: a quantity alone is a subject; `the` or `his` alone is not
  // ... but `Thirty-one percent of those [surveyed]` is a subject before its participle
  const those = last === "those" && e < words.list.length && postNominal(words, e);
  // `Al From`, `Tom Of`: a capitalised word after a capitalised one ends a name, whatever it means in lower case
  const nameEnd = e - s >= 2 && isCapitalised(words, e - 1) && isCapitalised(words, e - 2);
  if ((PREPOSITIONS.has(last) && !nameEnd) || (DETERMINERS.has(last) && !(e - s === 1 && QUANTITY_SUBJECTS.has(last)) && !those) || DISCOURSE.has(last)) return false;
  // `the town had fallen and was`: a verb of being means a clause
  // and so does a finite verb by its tag: `The company will cut costs, said ...`
  const clausal = (i: number) =>
    CUE_VERBS.has(lower(words, i)) || CLAUSE_WORDS.has(lower(words, i)) || BE_FORMS.has(lower(words, i)) || (isFiniteVerb(words, i) && !surnameInS(words, i, s));
  if (range(s, e).some(clausal)) return false;
  // `the army reached the city`: a lower-case start that is not a determiner or pronoun is rarely a subject,
  // unless its tags read as a noun phrase: `three-quarters of the voters`, `journalist Martha Raddatz`
  return isNounPhrase(words, [s, e]) || coordinated(words, [s, e]) || isCapitalised(words, s) || DETERMINERS.has(lower(words, s)) || PRONOUNS.has(lower(words, s)) || QUANTITY_STARTS.has(lower(words, s)) || /^\d/.test(lower(words, s)) || e - s <= 2;
}

/** `Ms. Shanklin-Hawkins/VBZ says`: a capitalised word in -s after a capital, tagged as a verb, is a surname. */
const surnameInS = (words: Words, i: number, s: number): boolean =>
  i > s && posOf(words, i) === "VBZ" && isCapitalised(words, i) && isCapitalised(words, i - 1);

/** `attorneys and legal experts`: noun phrases joined by `and` or `or`. */
function coordinated(words: Words, [s, e]: [number, number]): boolean {
  for (let k = s + 1; k < e - 1; k++) {
    if (lower(words, k) !== "and" && lower(words, k) !== "or") continue;
    return isNounPhrase(words, [s, k]) && isNounPhrase(words, [k + 1, e]);
  }
  return false;
}

/** Comma-separated chunks looked at before a cue: a subject, its appositive and two asides. */
const MAX_CHUNKS = 5;

/** `Hillary Clinton, also campaigning in Wisconsin, said`, `Sanders, meanwhile, who sits ..., said`: an aside, not the subject. */
// `Democratic economists, like their Republican counterparts, say`: an aside of comparison or inclusion
const ASIDE_OPENERS = new Set(["like", "unlike", "including", "along", "such", "as"]);

function isAside(words: Words, [s]: [number, number]): boolean {
  const word = lower(words, s);
  return PREPOSITIONS.has(word) || ASIDE_OPENERS.has(word) || DISCOURSE.has(word) || CLAUSE_WORDS.has(word) || posOf(words, s) === "VBG" || (isAdverb(words, s) && !isCapitalised(words, s));
}

/** The chunks before a cue without the asides that close them: `Sen. Durbin (D-Ill.), noting the size of it, said`. */
function withoutAsides(words: Words, chunks: Array<[number, number]>): Array<[number, number]> {
  let k = 0;
  while (k < chunks.length - 1 && isAside(words, chunks[k]!) && /,/.test(gapBefore(words, chunks[k]![0]))) k++;
  return chunks.slice(k);
}

/** Comma-separated chunks of [from, end), nearest first (at most MAX_CHUNKS). */
function chunksBefore(words: Words, from: number, end: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkEnd = end;
  const stop = Math.max(from, end - MAX_SUBJECT_WORDS);
  for (let i = end - 1; i >= stop && chunks.length < MAX_CHUNKS; i--) {
    if (i === stop && i !== from && !CHUNK_BREAK.test(gapBefore(words, i))) break; // too long to be a subject
    if (i === from || CHUNK_BREAK.test(gapBefore(words, i))) {
      chunks.push([i, chunkEnd]);
      chunkEnd = i;
    }
  }
  return chunks;
}

/** `Cuban-Americans polled said`, `those surveyed said`, `Democratic voters overall said`: a word after a plural subject that modifies it. */
function postNominal(words: Words, i: number): boolean {
  // `Democratic voters overall said`, `officials here say`
  if (lower(words, i) === "overall") return /^NNP?S$/.test(posOf(words, i - 1));
  if (lower(words, i) === "here") return /^NN/.test(posOf(words, i - 1));
  return /ed$/.test(lower(words, i)) && /^VB[DN]$/.test(posOf(words, i)) && (/^NNP?S$/.test(posOf(words, i - 1)) || lower(words, i - 1) === "those");
}

/** The subject of the cue at word `cue`, written in [from, cue). */
export function speakerBefore(words: Words, from: number, cue: number): SpeakerPhrase | null {
  let end = cue;
  // `Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says`: the subject is before an aside in brackets
  // (not before `(SDF)` or `(R-Ky.)`, a short part of the name)
  if (/\)\s*$/.test(gapBefore(words, end))) {
    for (let k = end - 1; k > from && k >= end - MAX_SUBJECT_WORDS; k--) {
      if (!/\(\s*$/.test(gapBefore(words, k))) continue;
      if (end - k > MAX_BRACKETED_NAME_WORDS) end = k;
      break;
    }
  }
  // `has previously said`, but `Jolly said`: a lone first word is the subject, whatever its tag
  // `has since said`: `since` between an auxiliary and the cue is an adverb; and `have both argued`,
  // `They all said`: a quantifier after its subject floats
  const adverb = (i: number) =>
    isAdverb(words, i) || (i > from && ((lower(words, i) === "since" && AUXILIARIES.has(lower(words, i - 1))) || FLOATING.has(lower(words, i))));
  // (not past a comma: `Newt Gingrich, a Trump ally/RB, said` ends its appositive there)
  while (end > from && !/,/.test(gapBefore(words, end)) && (AUXILIARIES.has(lower(words, end - 1)) || (adverb(end - 1) && !(end - 1 === from && isCapitalised(words, from))))) end--;
  if (end <= from || BE_FORMS.has(lower(words, end - 1))) return null;
  if (end - 2 >= from && postNominal(words, end - 1)) end--;
  const closingComma = /,/.test(gapBefore(words, end));
  const [nearest, previous] = closingComma ? withoutAsides(words, chunksBefore(words, from, end)) : chunksBefore(words, from, end);
  if (!nearest) return null;
  if (closingComma && previous && /,/.test(gapBefore(words, nearest[0]))) {
    // appositive: `The spokeswoman ..., Jihan Sheikh Ahmad, said` / `Ardal Raqqa, a field commander ..., told`
    if (isName(words, nearest) && isDescription(words, previous) && plausible(words, withoutLeadingWords(words, previous))) {
      return { mention: nearest, start: withoutLeadingWords(words, previous)[0] };
    }
    // `Former House speaker Newt Gingrich, a Trump ally, said`: a title and a name, then the description
    const named = isName(words, previous) || (isCapitalised(words, previous[1] - 1) && isNounPhrase(words, previous) && plausible(words, previous));
    if ((isDescription(words, nearest) || isPartyTag(words, nearest)) && named) return { mention: previous, start: previous[0] };
  }
  const subject = withoutTrailingTime(words, withoutLeadingWords(words, nearest));
  // the subject still starts at the adverb: `While only 7 percent said ..., 27 percent ...` opens a subordinate clause
  let first = subject[0];
  while (first < subject[1] - 1 && FOCUS.has(lower(words, first))) first++;
  // `..., a charge Kigali has denied`: the claim is the statement before it; whoever denied it speaks
  if (subject[1] - first >= 3 && DETERMINERS.has(lower(words, first)) && CLAIM_NOUNS.has(lower(words, first + 1))) first += 2;
  const mention: [number, number] = [first, subject[1]];
  if (plausible(words, mention)) return { mention, start: subject[0] };
  // `The state officials whose laws have been invalidated say`, `Supporters who have heard from the campaign say`:
  // the subject is the noun phrase before its relative clause
  for (let k = mention[0] + 1; k < mention[1] - 1; k++) {
    if (!RELATIVES.has(lower(words, k))) continue;
    const head: [number, number] = [mention[0], k];
    return plausible(words, head) && isNounPhrase(words, head) ? { mention: head, start: head[0] } : null;
  }
  return null;
}

const FLOATING = new Set(["both", "all", "each"]);
/** Nouns for a statement that an appositive after it names: `, a charge Kigali denied`, `, a claim the ministry disputed`. */
const CLAIM_NOUNS = new Set(["charge", "claim", "allegation", "accusation", "assertion", "figure", "estimate", "account", "version", "assessment"]);
/** `(SDF)`, `(R-Ky.)`, `(D-N.Y.)`: brackets this short are part of the name before them. */
const MAX_BRACKETED_NAME_WORDS = 3;
const MONTHS = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));
const RELATIVES = new Set(["who", "whose", "whom", "which", "that"]);

/** Prepositions that open an adjunct after an inverted speaker, whatever follows: `said Smith during a rally`. */
const ADJUNCT_PREPOSITIONS = new Set(["during", "amid", "despite", "upon", "following", "while", "when", "after", "before", "as", "because", "since", "although", "though"]);
/** `in`, `on`, `at` open an adjunct before these: `in a statement`, `at his home`, `on Monday`; not `a professor at the University`. */
const LOCATIVE_OBJECTS = new Set(["a", "an", "his", "her", "its", "their", "our", "my", "your"]);
/** `the Committee on Foreign Relations`: `on` inside a body's name. */
const BODIES = new Set(["committee", "subcommittee", "commission", "council", "panel", "conference", "institute", "center", "centre", "board", "task"]);

/** Word `k`, inside the words after an inverted cue, opens an adjunct that is not part of the speaker. */
function opensAdjunct(words: Words, k: number): boolean {
  const w = lower(words, k);
  if (ADJUNCT_PREPOSITIONS.has(w)) return w !== "as" || lower(words, k - 1) !== "such";
  if (w !== "in" && w !== "on" && w !== "at") return false;
  const next = lower(words, k + 1);
  if (ADJUNCT_STARTS.has(next) || TIMES_OF_DAY.has(next) || MONTHS.has(next)) return true;
  return LOCATIVE_OBJECTS.has(next) && !(w === "on" && BODIES.has(lower(words, k - 1)));
}

/** `Trump is telling supporters that ...`, `Clinton is calling for ...`: the subject stands before the verb of being. */
export function progressiveSubject(words: Words, s: number, cue: number): SpeakerPhrase | null {
  const be = cue - 1;
  return be > s && /ing$/.test(lower(words, cue)) && BE_FORMS.has(lower(words, be)) ? speakerBefore(words, s, be) : null;
}

/** `the Central Election Commission, which said`: the pronoun is the mention, the name before it what it names. */
export function antecedentName(words: Words, from: number, relative: number): SpeakerPhrase | null {
  let s = relative;
  while (s > from && relative - s < MAX_NAME_WORDS && (isCapitalised(words, s - 1) || NAME_PARTICLES.has(lower(words, s - 1)))) s--;
  if (s === relative) return null;
  if (s > from && lower(words, s - 1) === "the") s--;
  return { mention: [relative, relative + 1], start: relative, named: [s, relative] };
}

/** The inverted subject after a cue, up to the next comma: `said the military source`, `said Smith, a spokesman`. */
export function speakerAfter(words: Words, first: number, end: number): SpeakerPhrase | null {
  let last = first;
  const limit = Math.min(end, first + MAX_MENTION_WORDS + 1);
  while (last < limit && (last === first || !CHUNK_BREAK.test(gapBefore(words, last)))) last++;
  // `said Dan Golvach when asked about ...`, `said John Smith in a statement`: the speaker ends where an adjunct begins
  for (let k = first + 1; k < last; k++) {
    if (!opensAdjunct(words, k)) continue;
    last = k;
    break;
  }
  const mention: [number, number] = [first, last];
  if (PREPOSITIONS.has(lower(words, first)) || CLAUSE_WORDS.has(lower(words, first))) return null;
  if (plausible(words, mention)) return { mention, start: first };
  // `said one of two witnesses who relayed the same story but ...`: the noun phrase before its relative clause
  for (let k = first + 1; k < Math.min(end, first + MAX_MENTION_WORDS); k++) {
    if (!RELATIVES.has(lower(words, k)) || CHUNK_BREAK.test(gapBefore(words, k))) continue;
    const head: [number, number] = [first, k];
    return plausible(words, head) ? { mention: head, start: first } : null;
  }
  return null;
}

// Where a reported clause starts and ends: past `told Reuters` and `in a statement ... that` after the
// cue, and up to the writer's own clause (`, while 9 percent disagreed`), a dash that opens no aside,
// or the next attribution (`and three-quarters said ...`).
import { afterListener, cueLength } from "./attribution.js";
import { clauseFollows } from "./chunks.js";
import { ADJUNCT_STARTS, AUXILIARIES, CLAUSE_ENDS, COMPLEMENT_CUES, CONTRAST_WORDS, DETERMINERS, OBJECT_PREPOSITIONS, PARTICIPLE_CUES, PREPOSITIONS } from "./cues.js";
import { unitOf } from "../dates/units.js";
import { gapBefore, isAdverb, isFiniteVerb, lower, posOf, type Words } from "./words.js";

/** Fewer words than this is not a statement (`..., he said.` after a two-word clause). */
export const MIN_CONTENT_WORDS = 3;
/** `said in a statement on a website for the campaign that ...`: how far a `that` may follow the cue. */
const MAX_ADJUNCT_WORDS = 15;

export const hasComma = (words: Words, i: number): boolean => /,/.test(gapBefore(words, i));

/** Where the clause starts after `said`: past `told Reuters`, past `in a statement ... that`, past `that`; -1 when none does. */
export function clauseStart(words: Words, cue: number, e: number): number {
  let k = afterListener(words, cue, e);
  // `said about half of the adjustment reflected ...`: `about` before a number approximates, it opens no topic
  const approximate = lower(words, k) === "about" && (posOf(words, k + 1) === "CD" || lower(words, k + 1) === "half");
  // `vowed to fix it`: an infinitive is what was said, not an adjunct
  const infinitive = lower(words, k) === "to" && posOf(words, k + 1) === "VB";
  if (!approximate && !infinitive && (PREPOSITIONS.has(lower(words, k)) || ADJUNCT_STARTS.has(lower(words, k)))) {
    const limit = Math.min(e, k + MAX_ADJUNCT_WORDS);
    let that = k;
    // a finite verb first: `said Thursday his biggest worry is that ...`, the `that` is the clause's own
    while (that < limit && lower(words, that) !== "that" && !(that > k && isFiniteVerb(words, that))) that++;
    if (that < limit && lower(words, that) === "that") return that + 1;
    // `asked for $45 million`: a request; `warned of a crisis`: a topic, not a statement; but `said for weeks` is a time
    // (`asked for 11 years for Kovac` is a request, whatever it asks for)
    const time = REQUESTS.test(lower(words, cue)) ? -1 : forSomeTime(words, k);
    if (OBJECT_PREPOSITIONS.has(lower(words, k)) && time < 0) return -1;
    k = time > 0 ? time : pastAdjunct(words, k, e);
  }
  // `If he said that, he lied`: `that` before a comma and a new subject is the object pronoun, no clause follows
  // (not `suggested that, and not his candidacy, was ...`)
  if (lower(words, k) === "that" && hasComma(words, k + 1) && posOf(words, k + 1) === "PRP") return -1;
  return lower(words, k) === "that" ? k + 1 : k;
}

const REQUESTS = /^(ask|call|press|plead|appeal|push|lobb)/;

/** `said for weeks`, `for several months`, `for two years`: a time, not what was asked for; the word after it, or -1. */
function forSomeTime(words: Words, k: number): number {
  if (lower(words, k) !== "for") return -1;
  const unit = unitOf(lower(words, k + 1)) !== null ? k + 1 : unitOf(lower(words, k + 2)) !== null && /^(CD|JJ|DT)$/.test(posOf(words, k + 1)) ? k + 2 : -1;
  // `asked for two weeks of leave`: what was asked for
  return unit > 0 && lower(words, unit + 1) !== "of" ? unit + 1 : -1;
}

/** The word after the adjunct at word k: `[on Monday]`, `[in a statement]`, `[yesterday]`, `[earlier this week]`. */
function pastAdjunct(words: Words, k: number, e: number): number {
  if (PREPOSITIONS.has(lower(words, k))) return k + (DETERMINERS.has(lower(words, k + 1)) ? 3 : 2);
  let last = "";
  while (k < e && ADJUNCT_STARTS.has(lower(words, k))) last = lower(words, k++);
  // `last week`, `this morning`: the noun goes too
  return last === "last" || last === "this" ? k + 1 : k;
}

/** `and three-quarters said ...`, `but argues ...`: a new attribution starts at word i (`and` or `but`). */
function newAttribution(words: Words, i: number, e: number): boolean {
  let k = i + 1;
  while (k < e && (AUXILIARIES.has(lower(words, k)) || isAdverb(words, k) || lower(words, k) === "not")) k++;
  // `said he respects Clinton and calls her “an intelligent woman”`, `and accused him of ...`: the speaker's next speech act
  if (cueLength(words, k) > 0 || COMPLEMENT_CUES.has(lower(words, k))) return true;
  // `and more than 4 in 10 said`: a cue within a short stretch, no comma between
  for (let c = i + 2; c < Math.min(e, i + 8); c++) {
    if (hasComma(words, c)) return false;
    // `and never called a donor to ask for money`: an infinitive is no new attribution
    if (cueLength(words, c) > 0 && lower(words, c - 1) !== "to") return true;
  }
  return false;
}

const DASH = /[\u2014\u2013]|\s-\s|--/;
/** An aside between dashes is short. */
const MAX_ASIDE_WORDS = 20;

/** The word after the dash that closes the aside opened before word i; -1 when none does nearby. */
function closingDash(words: Words, i: number, e: number): number {
  for (let k = i + 1; k < Math.min(e, i + MAX_ASIDE_WORDS); k++) if (DASH.test(gapBefore(words, k))) return k;
  return -1;
}

/** `..., conceding the race`, `..., pointing to Cruz's victories`: participles of what the speaker did besides saying it. */
const STANCE_PARTICIPLES = new Set([
  "conceding", "citing", "pointing", "highlighting", "dismissing", "blaming", "praising", "criticizing", "criticising", "accusing", "urging",
  "vowing", "hinting", "signaling", "signalling", "referring", "calling", "describing", "lamenting", "touting", "defending", "rejecting",
  "echoing", "joking", "boasting", "appealing", "invoking", "mocking", "questioning", "challenging", "repeating",
]);

/** A relative clause or a concession set inside the reported clause is this short. */
const MAX_EMBEDDED_WORDS = 15;

/**
 * Past an aside that opens at word i and stays inside the clause: `that Mrs. Clinton, who has had a similar
 * emphasis, did better`, `the annual talks, which started a decade ago, remained`, `a crucial, although brief,
 * opportunity`; the word after its closing comma, or -1 when the aside ends the clause.
 */
function afterEmbedded(words: Words, i: number, e: number): number {
  for (let k = i + 1; k < Math.min(e, i + MAX_EMBEDDED_WORDS); k++) {
    if (!/,/.test(gapBefore(words, k))) continue;
    const concession = lower(words, i) === "though" || lower(words, i) === "although";
    return (concession ? k - i <= 2 : isFiniteVerb(words, k)) ? k : -1;
  }
  return -1;
}

/**
 * Where a reported clause ends: before `, while 9 percent disagreed` (the writer's clause), `, which ...`,
 * `, telling reporters ...`, a dash that opens no aside, or `and (Y) said ...` (the next attribution).
 */
export function clauseEnd(words: Words, start: number, sentenceEnd: number): number {
  // `...; rivals deride it as poll-tested caution`: a semicolon closes the statement
  let e = Math.min(start + 1, sentenceEnd);
  while (e < sentenceEnd && !/;/.test(gapBefore(words, e))) e++;
  // `said yes, but 55 percent of all voters say she does not`: a short answer, then the next attribution
  for (let i = start + 1; i < Math.min(e, start + MIN_CONTENT_WORDS); i++) {
    if ((lower(words, i) === "and" || lower(words, i) === "but") && hasComma(words, i) && newAttribution(words, i, e)) return i;
  }
  for (let i = start + MIN_CONTENT_WORDS; i < e; i++) {
    const gap = gapBefore(words, i);
    const word = lower(words, i);
    // `France had lost its identity: “France is no longer France,” he claimed`: a quote after a colon is its own
    if (/:\s*["\u201c\u00ab]/.test(gap)) return i;
    if (DASH.test(gap)) {
      // `those old - and previously unreported - postings`: an aside between two dashes stays in the clause
      const closing = closingDash(words, i, e);
      if (closing < 0) return i;
      i = closing;
      continue;
    }
    // `he would not seek a recount, conceding the race`: the speaker's next act, told by the writer,
    // unless it is an aside set inside the clause (`the city, citing a siege, would hold`)
    const stance = STANCE_PARTICIPLES.has(word);
    if (/[,;]/.test(gap) && (CONTRAST_WORDS.has(word) || CLAUSE_ENDS.has(word) || PARTICIPLE_CUES.has(word) || stance)) {
      const resume = CLAUSE_ENDS.has(word) || stance ? afterEmbedded(words, i, e) : -1;
      if (resume < 0) return i;
      i = resume - 1;
    }
    // `said he would hold a hearing, but the plan is unlikely to win ...`: the writer's own clause;
    // not `, but that ...` nor `, but “...”`, still what was said
    if (word === "but" && /,/.test(gap) && lower(words, i + 1) !== "that" && !/["\u201c']/.test(gapBefore(words, i + 1)) && clauseFollows(words, i + 1, e)) return i;
    if ((word === "and" || word === "but") && newAttribution(words, i, e)) return i;
    // `said Rubio's plan would cost billions, and called him ...`: the speaker's next act, not the statement
    if ((word === "and" || word === "but") && /,/.test(gap) && posOf(words, i + 1) === "VBD") return i;
  }
  return e;
}

/** `...: London was the financial capital, according to one index`: a clause before its attribution starts after the sentence's last colon or semicolon. */
export function afterLastColon(words: Words, start: number, end: number): number {
  for (let i = end - MIN_CONTENT_WORDS; i > start; i--) if (/[:;]/.test(gapBefore(words, i))) return i;
  return start;
}

/**
 * A clause set before the main one ends at its comma: `While Ramos said that ..., he appears uneasy`,
 * `Asked if ..., Trump replied`.
 */
export function subordinateEnd(words: Words, start: number, end: number, mainClauseAfter = false): number {
  // set inside the sentence (`..., and when Rubio said it was great to be home, a man yelled`), the
  // clause ends only where a main clause follows its comma, not at a list's comma
  for (let i = start + MIN_CONTENT_WORDS; i < end; i++) if (hasComma(words, i) && (!mainClauseAfter || clauseFollows(words, i, end))) return i;
  return end;
}

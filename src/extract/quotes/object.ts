// Speech acts whose content is an object or a request rather than a clause (PolNeAR's content is
// that object):
//   Trump called for [a ban on Muslims entering the United States]
//   Mrs. Clinton called on [Sanders and Donald Trump to do the same]
//   Sen. Bernie Sanders called [him divisive]
//   She urged [the administration to join a NATO-led coalition]
//   Sexton described [the most engaged rally-goers as seeming almost shocked]
//   She promised [to stay out of it in the future]
// Only these shapes: `called a press conference`, `called 911`, `a self-described socialist` are not speech.
import { clauseFollows } from "./chunks.js";
import { ADJUNCT_STARTS, BE_FORMS } from "./cues.js";
import { gapBefore, lower, posOf, type Words } from "./words.js";

export const CALL = new Set(["call", "calls", "called", "calling"]);
const URGE = new Set(["urge", "urges", "urged", "urging"]);
const DESCRIBE = new Set(["describe", "describes", "described", "describing"]);
const PROMISE = new Set(["promise", "promises", "promised", "promising"]);
/** `called him divisive`: an object pronoun, then what he was called. */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it", "me", "us"]);

/**
 * Where the object ends before `end`: at `and` or `but` opening the speaker's next act,
 * `called him divisive [and accused him of ...]`, `calling them rapists [and vowing to ...]`, or at a
 * participle after a comma, `calling Trump his friend[, meeting with him ...]`.
 */
export function objectEnd(words: Words, start: number, end: number): number {
  for (let i = start + 1; i < end - 1; i++) {
    if ((lower(words, i) === "and" || lower(words, i) === "but") && /^VB[DZG]$/.test(posOf(words, i + 1))) return i;
    // `calling Trump his friend, meeting with him in July`: the next act after a comma
    if (/,/.test(gapBefore(words, i)) && /ing$/.test(lower(words, i)) && /^(VBG|NN)$/.test(posOf(words, i))) return i;
  }
  return end;
}

/** Is word i one of the verbs above, in a form this module reads? */
export function isObjectCue(words: Words, i: number): boolean {
  const word = lower(words, i);
  return CALL.has(word) || URGE.has(word) || DESCRIBE.has(word) || PROMISE.has(word) || (ASK.has(word) && askedTo(words, i));
}

const ASK = new Set(["ask", "asks", "asked", "asking"]);

/** `asked supporters to run for office`, `asking them to host events`: a request, an object and then its infinitive. */
function askedTo(words: Words, cue: number): boolean {
  if (BE_FORMS.has(lower(words, cue - 1))) return false;
  for (let k = cue + 1; k < Math.min(words.list.length - 1, cue + 2 + MAX_OBJECT_WORDS); k++) {
    if (/[,;:.]/.test(gapBefore(words, k)) || words.sentenceOf[k] !== words.sentenceOf[cue]) return false;
    if (lower(words, k) === "to") return k > cue + 1 && posOf(words, k + 1) === "VB";
    if (!OBJECT_TAGS.test(posOf(words, k)) && posOf(words, k) !== "PRP") return false;
  }
  return false;
}

/** Words between `called` and the quotation mark of what the object was called: `called [both Trump and Clinton] “crazy”`. */
const MAX_OBJECT_WORDS = 8;
const OPENING_MARK = /["\u201c\u201e\u00ab]\s*$/;

/**
 * `called the KKK “abhorrent”`, `called both Trump and Clinton “crazy”`: an object, then a quotation mark
 * within a few words, with no comma or verb between. Not `a website called “Cape Breton ...”` nor
 * `a group called the “We The People Foundation”`: with no object but a determiner, the quote is a name.
 */
function quotedComplement(words: Words, cue: number, e: number): boolean {
  let object = false;
  for (let k = cue + 1; k < Math.min(e, cue + 2 + MAX_OBJECT_WORDS); k++) {
    const gap = gapBefore(words, k);
    if (k > cue + 1 && OPENING_MARK.test(gap)) return object;
    if (/[,;:.!?()\u2014\u2013]/.test(gap) || /["\u201c\u201d\u201e\u00ab\u00bb]/.test(gap) || /^(VB|MD)/.test(posOf(words, k))) return false;
    if (!/^(DT|PDT)$/.test(posOf(words, k))) object = true;
  }
  return false;
}

/** Tags inside the object noun phrase of `called the actions lawful`, and the words that join its parts. */
const OBJECT_TAGS = /^(DT|PRP\$|JJ|NNS?|NNPS?|POS|CD)$/;
const OBJECT_JOINS = new Set(["of", "with", "in"]);

/**
 * `called the actions lawful`, `calls this a false narrative`, `called Clinton's squabble with the agencies unusual`:
 * a noun phrase, then an adjective or a second noun phrase that says what it was called; not `called a press
 * conference`, `called the police to the scene`, `called an emergency session`.
 */
function namedAs(words: Words, start: number, e: number): boolean {
  if (!/^(DT|PRP\$)$/.test(posOf(words, start))) return false;
  let k = start + 1;
  let noun = lower(words, start) === "this" || lower(words, start) === "that";
  while (k < Math.min(e, start + MAX_OBJECT_WORDS + 2) && !/[,;:]/.test(gapBefore(words, k))) {
    const tag = posOf(words, k);
    // the complement: an adjective or a determiner after the object's noun
    if (noun && (tag === "DT" || (tag === "JJ" && (k + 1 >= e || /[,;:.]/.test(gapBefore(words, k + 1)) || lower(words, k + 1) === "and")))) return true;
    if (!OBJECT_TAGS.test(tag) && !OBJECT_JOINS.has(lower(words, k))) return false;
    noun = /^NN/.test(tag) || (noun && tag !== "DT" && !OBJECT_JOINS.has(lower(words, k)));
    k++;
  }
  return false;
}

/** First word of the content after the cue at word `cue`; -1 when the verb is not used as speech here. */
export function objectStart(words: Words, cue: number, e: number): number {
  const word = lower(words, cue);
  const next = lower(words, cue + 1);
  // `was called`, `is described as`: passive, the subject is what was named (not `is calling for`); `self-described`: an adjective
  const passive = BE_FORMS.has(lower(words, cue - 1)) && !/ing$/.test(word);
  if (cue + 1 >= e || passive || /-$/.test(gapBefore(words, cue)) || /[,;:]/.test(gapBefore(words, cue + 1))) return -1;
  if (CALL.has(word)) {
    // `called Wednesday for the justice to resign`: a time between the verb and its particle
    const particle = ADJUNCT_STARTS.has(next) && (lower(words, cue + 2) === "for" || lower(words, cue + 2) === "on") ? cue + 2 : cue + 1;
    const after = lower(words, particle);
    // `called for a ban`, `called on Congress to act`, `called out his rival for ...`, not `called on Monday`
    if (after === "for" || after === "out" || (after === "on" && !ADJUNCT_STARTS.has(lower(words, particle + 1)))) return particle + 1 < e ? particle + 1 : -1;
    // `called to ban Muslims from entering the U.S.`: a request
    if (next === "to" && posOf(words, cue + 2) === "VB") return cue + 1;
    // `called the KKK “abhorrent”`, `calling it “disqualifying”`: what someone was called, in their words
    if (quotedComplement(words, cue, e)) return cue + 1;
    // `called him divisive`, `calling Trump a fascist`, `calls North Carolina her home state`, not `called Trump Tower`
    let object = cue + 1;
    if (posOf(words, object) === "NNP") while (object + 1 < e && posOf(words, object + 1) === "NNP") object++;
    if ((OBJECT_PRONOUNS.has(next) || next === "himself" || next === "herself" || posOf(words, cue + 1) === "NNP") && /^(DT|JJ|NN|NNS|PRP\$)$/.test(posOf(words, object + 1))) return cue + 1;
    return namedAs(words, cue + 1, e) ? cue + 1 : -1;
  }
  if (PROMISE.has(word)) {
    // `promised Monday to begin ...`: a time between the verb and what was promised
    const at = ADJUNCT_STARTS.has(next) ? cue + 2 : cue + 1;
    // `promised her entire program would be paid for ...`: a clause
    return lower(words, at) === "to" || lower(words, at) === "that" || clauseFollows(words, at, e) ? at : -1;
  }
  if (ASK.has(word)) return cue + 1;
  if (DESCRIBE.has(word)) return /^(DT|PRP|NNP|WRB)/.test(posOf(words, cue + 1)) ? cue + 1 : -1;
  return /^(DT|PRP|NNP?S?|JJ)/.test(posOf(words, cue + 1)) ? cue + 1 : -1;
}

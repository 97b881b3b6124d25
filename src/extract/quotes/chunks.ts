// Noun phrases by Penn tags, for subjects the word lists miss:
//   three-quarters of the voters said ...   -> three-quarters of the voters
//   though Mrs. Fiorina said ...            -> Mrs. Fiorina
//   voters who said ...                     -> who
import { gapBefore, isFiniteVerb, lower, posOf, type Words } from "./words.js";

/** Tags inside a noun phrase: `the 30 percent`, `Ohio Governor John Kasich`, `Mr. Trump 's campaign`. */
const NOUN_PHRASE = /^(DT|PDT|JJ[RS]?|NNP?S?|PRP\$?|CD|POS|VBG)$/;
/** Tags a noun phrase ends with. */
const HEAD = /^(NNP?S?|PRP|CD)$/;
/** A noun phrase this long is a run-on, not a subject. */
const MAX_CHUNK_WORDS = 10;
/** `aides to Gov. Chris Christie`: prepositions that join a noun phrase to its modifier. */
const JOINING = new Set(["of", "to", "for", "at", "in", "from", "with", "by", "on"]);

const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "we", "they"]);

const isNounTag = (words: Words, i: number): boolean => NOUN_PHRASE.test(posOf(words, i));

/** `those affected by mass shootings`, `people killed in the attack`: a participle after the noun it modifies. */
const reducedRelative = (words: Words, i: number, s: number): boolean =>
  i > s && posOf(words, i) === "VBN" && (/^NNS?$/.test(posOf(words, i - 1)) || lower(words, i - 1) === "those") && JOINING.has(lower(words, i + 1));

/** Words [s, e) read as one noun phrase by their tags, ending in a noun or pronoun. */
export function isNounPhrase(words: Words, [s, e]: [number, number]): boolean {
  if (e <= s || !HEAD.test(posOf(words, e - 1))) return false;
  for (let i = s; i < e; i++) if (!isNounTag(words, i) && !(JOINING.has(lower(words, i)) && i > s && i < e - 1) && !reducedRelative(words, i, s)) return false;
  return true;
}

/**
 * The noun phrase that ends right before word `end` (and after `from`), with `of`-modifiers:
 * `about half of Democratic primary voters`. A relative pronoun stands alone: `who`.
 */
export function nounPhraseBefore(words: Words, from: number, end: number): [number, number] | null {
  if (end <= from) return null;
  if (/^W(P|DT)$/.test(posOf(words, end - 1))) return [end - 1, end];
  if (!HEAD.test(posOf(words, end - 1))) return null;
  let s = end;
  const limit = Math.max(from, end - MAX_CHUNK_WORDS);
  while (s > limit && !/[,;:()\u2014]/.test(gapBefore(words, s))) {
    if (isNounTag(words, s - 1)) s--;
    // `three-quarters of the voters`, `about half of`
    else if (lower(words, s - 1) === "of" && s - 1 > limit && isNounTag(words, s - 2)) s -= 2;
    else if (/^RB/.test(posOf(words, s - 1)) && s - 1 > from && /^(CD|JJ|DT|PDT)$/.test(posOf(words, s))) s--;
    else break;
  }
  return [s, end];
}

/** What follows word k is a clause: `he would welcome Cruz`, `the law unfairly targets ...`, `that ...`. */
export function clauseFollows(words: Words, k: number, end: number): boolean {
  // `saying they infringe/NN on ...`: a subject pronoun opens a clause whatever the tag of the word after it
  if (lower(words, k) === "that" || (SUBJECT_PRONOUNS.has(lower(words, k)) && k + 1 < end)) return true;
  const limit = Math.min(end, k + MAX_CHUNK_WORDS);
  // `nearly nine million workers will ...`: an adverb before a number or adjective opens the noun phrase
  const first = /^RB/.test(posOf(words, k)) && /^(CD|JJ|DT|PDT)$/.test(posOf(words, k + 1)) ? k + 1 : k;
  // `including one from Monmouth University released ...`: a participle with its object opens no clause
  if (posOf(words, first) === "VBG" && /^(DT|PDT|CD|PRP\$|NNP)$/.test(posOf(words, first + 1))) return false;
  let i = first;
  // `a tool that monitors ...`: a relative clause, not the clause's verb
  while (i < limit && (isNounTag(words, i) || (JOINING.has(lower(words, i)) && i > first)) && (i === first || (!/[,;:]/.test(gapBefore(words, i)) && lower(words, i) !== "that"))) i++;
  if (i === first || i >= end || !HEAD.test(posOf(words, i - 1))) return false;
  while (i < end && /^RB/.test(posOf(words, i))) i++;
  return isFiniteVerb(words, i);
}

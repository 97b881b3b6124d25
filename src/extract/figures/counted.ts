// What a number counts: the noun phrase right after it (`20 Syrian rebel fighters`) or after
// `of` (`85 percent of the city`, `millions of people`). The figures' own pieces carry no
// part-of-speech tags, so a phrase is read word by word and stops at function words, verbs it
// knows, a clause boundary, or a word ending in -ed/-ing after the first (`20 people killed`).
import type { Piece } from "./pieces.js";
import { isNumberWord } from "./words.js";

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "all"]);

// words that end a noun phrase: prepositions, conjunctions, pronouns, auxiliaries, adverbs, common verbs
const STOP = new Set([
  "of", "in", "on", "at", "to", "from", "by", "for", "with", "without", "into", "onto", "across", "against", "after",
  "before", "during", "since", "until", "near", "between", "among", "amid", "around", "about", "over", "under", "through",
  "per", "as", "than", "like", "off", "out", "up", "down", "including", "inside", "outside", "within", "toward", "towards",
  "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "where", "who", "whom", "whose", "which", "that", "what",
  "because", "although", "though", "whether", "ago", "later", "earlier", "each", "apiece", "alone", "altogether", "too",
  "i", "you", "he", "she", "it", "we", "they", "them", "us", "him", "me", "there", "here", "this", "these", "those",
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
  "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "still", "now", "then", "already",
  "remain", "remains", "say", "says", "said", "tell", "told", "die", "dies", "fled", "flee", "left", "went", "came",
  "took", "gave", "got", "made", "saw", "won", "lost", "held", "began", "ran", "fell", "rose", "hit", "cut", "set",
  "more", "less", "fewer", "most", "least", "only", "just", "very", "even", "almost", "nearly", "again",
  "aged", "throughout", "below", "above", "ahead", "behind", "beyond", "via", "upon", "versus", "vs", "whereas",
  "respectively", "live", "lives", "lived", "living",
  "a", "an", "the",
]);

// `20 civilians`, `one soldier`: nouns for people, the usual subject of news counts
const PEOPLE = new Set([
  "people", "person", "persons", "civilians", "civilian", "fighters", "fighter", "soldiers", "soldier", "troops", "militants",
  "militant", "rebels", "rebel", "insurgents", "insurgent", "terrorists", "terrorist", "jihadists", "gunmen", "gunman",
  "children", "child", "kids", "women", "woman", "men", "man", "boys", "boy", "girls", "girl", "babies", "residents",
  "resident", "inhabitants", "refugees", "refugee", "migrants", "migrant", "protesters", "protester", "demonstrators",
  "police", "policemen", "policeman", "officers", "officer", "workers", "worker", "students", "student", "patients",
  "victims", "victim", "members", "member", "voters", "hostages", "hostage", "prisoners", "prisoner", "detainees",
  "suspects", "suspect", "journalists", "journalist", "staff", "employees", "passengers", "passenger", "pilgrims",
  "worshippers", "villagers", "citizens", "nationals", "families", "individuals", "adults", "teenagers", "officials",
  "official", "guards", "personnel", "sailors", "marines", "commanders", "leaders", "doctors", "nurses",
  "kurds", "turks", "arabs", "jews", "sunnis", "shias", "yazidis", "iraqis", "israelis", "pakistanis", "yemenis", "saudis",
  "somalis", "kuwaitis", "qataris", "emiratis", "bangladeshis", "nepalis",
]);

/** A people noun: `civilians`, `soldier`; or a plural demonym (`Syrians`, `Kurds`). */
export function isPeopleWord(piece: Piece): boolean {
  return PEOPLE.has(piece.lower) || /^\p{Lu}\p{Ll}+(?:ans|ese)$/u.test(piece.text);
}

/** A span of pieces [first, last] and the lower-case head word (the last one). */
export interface NounPhrase {
  first: number;
  last: number;
  head: string;
  /** It opens with `the`, `its`, ...: after `of` that makes a partitive (`20 of the fighters`). */
  determiner: boolean;
}

/** `functions`, `seeds`; not `glass`, `virus`, `analysis`. */
function looksPlural(word: string): boolean {
  return /[^su'i]s$/.test(word) && word.length > 3;
}

function isVerbLike(word: string): boolean {
  return /(?:ed|ing)$/.test(word) && word.length > 4;
}

/**
 * The noun phrase starting at piece `at`. `determiner`: whether it may open with `the`, `its`...
 * (after `of`: `85 percent of the city`), never right after a number (`20 the`).
 * `stop` are words that end it as well, such as the casualty words (`20 killed`).
 */
export function nounPhraseAt(all: Piece[], at: number, determiner: boolean, stop: (word: string) => boolean): NounPhrase | null {
  const opened = determiner && all[at] !== undefined && DETERMINERS.has(all[at]!.lower) && !all[at]!.newline;
  let k = opened ? at + 1 : at;
  const contentStart = k;
  let last = -1;
  let sawLowerCase = false;
  let wordsFrom = contentStart;
  let skippedNumber = false;
  for (; k < all.length && k < wordsFrom + 5; k++) {
    const piece = all[k]!;
    if (piece.newline) break;
    // `61 of the chamber's 120 votes`, `three of their last four matches`: the whole is counted in the same noun
    if (opened && !skippedNumber && k > at && (piece.type === "number" || isNumberWord(piece.lower.split("-")[0]!))) {
      while (all[k + 1] && (all[k + 1]!.type === "number" || isNumberWord(all[k + 1]!.lower))) k++;
      skippedNumber = true;
      wordsFrom = k + 1;
      sawLowerCase = false;
      continue;
    }
    if (piece.type !== "word") break;
    const word = piece.lower;
    // `62 wounded people`: a casualty word before a people noun describes them
    const describes = k === wordsFrom && all[k + 1] !== undefined && isPeopleWord(all[k + 1]!);
    // `150 of the injured`: after a determiner a casualty word is the noun
    const after = all[k + 1];
    if (opened && k === wordsFrom && stop(word) && !describes && (after?.type !== "word" || STOP.has(after.lower))) {
      last = k;
      break;
    }
    // `20 of the two sides`: another number starts another figure
    if (STOP.has(word) || (stop(word) && !describes) || isNumberWord(word.split("-")[0]!)) break;
    // `20 people killed`: a verb form after the noun ends the phrase; `20 armed men` keeps it
    if (k > wordsFrom && isVerbLike(word)) break;
    // `the city Raqqa`: a name after common nouns starts something else
    const capital = /^\p{Lu}/u.test(piece.text);
    if (capital && sawLowerCase) break;
    if (!capital) sawLowerCase = true;
    last = k;
    // `the terrorists' last strongholds`: a plural possessive ends the phrase (`city's` is one piece)
    const next = all[k + 1];
    if (next?.text === "'" && next.glued) {
      if (skippedNumber) return null;
      break;
    }
    // `two million people live ...`: a people noun ends the phrase unless another follows (`police officers`)
    if (isPeopleWord(piece) && !(next && next.type === "word" && isPeopleWord(next))) break;
    // `54 functions spread over`, `200,000 seeds weigh 1 kg`: a plural ends a compound unless a plural follows (`arms dealers`)
    if (looksPlural(word) && !(next && next.type === "word" && looksPlural(next.lower))) break;
  }
  if (last < wordsFrom) return null;
  // `20 armed`: a lone verb form is no noun
  if (last === contentStart && !opened && isVerbLike(all[last]!.lower)) return null;
  return { first: at, last, head: all[last]!.lower, determiner: opened };
}

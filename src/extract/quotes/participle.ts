// Reported speech in a participle clause: `..., saying the positives would outweigh the losses`.
import { cueSubject, sentenceSubject } from "./attribution.js";
import { clauseFollows, nounPhraseBefore } from "./chunks.js";
import { clauseEnd, clauseStart, hasComma, MIN_CONTENT_WORDS, subordinateEnd } from "./clause.js";
import { PARTICIPLE_CUES } from "./cues.js";
import { speakerBefore } from "./mentions.js";
import type { Reported, SpeakerPhrase } from "./types.js";
import { afterQuote, gapBefore, isFiniteVerb, lower, posOf, type Words } from "./words.js";

/** Participles whose object is what was said: `recalling a visit`, not `noting the crowd` (a look) or `telling them`. */
const OBJECT_PARTICIPLES = new Set(["announcing", "recalling", "explaining", "claiming", "confirming", "denying", "predicting", "acknowledging", "stressing", "declaring", "admitting", "tweeting", "stating"]);

/** `After saying he was nervous`, `while saying that`, `and noting that`: words that open a participle clause without a comma. */
const PARTICIPLE_OPENERS = new Set(["after", "before", "while", "when", "and", "by", "without", "also", "even"]);

/** How far a clause's verb may stand from its start after `saying`. */
const MAX_CLAUSE_SUBJECT_WORDS = 12;

const hasFiniteVerb = (words: Words, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isFiniteVerb(words, k)) return true;
  return false;
};

/** How far the main clause's verb may stand from its start. */
const MAX_SUBJECT_WORDS = 8;

/** The subject of the main clause that starts at word `from`: the words before its first finite verb. */
function mainSubject(words: Words, from: number, e: number): SpeakerPhrase | null {
  for (let k = from + 1; k < Math.min(e, from + MAX_SUBJECT_WORDS); k++) if (isFiniteVerb(words, k)) return speakerBefore(words, from, k);
  return null;
}

/**
 * A participle whose clause reports speech:
 *   ..., saying the positives would outweigh the losses     (the sentence's subject speaks)
 *   staff members suggesting someone should question ...    (the noun phrase before it speaks)
 *   Noting that only Sen. Kirk voted with Democrats, Tester added ...   (opening the sentence: up to its comma)
 */
export function participle(words: Words, [, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  if (!PARTICIPLE_CUES.has(lower(words, cue))) return null;
  const start = clauseStart(words, cue, e);
  if (start < 0) return null;
  const before = lower(words, cue - 1);
  // `..., recalling a visit to his church by Rafael Cruz`, `by announcing the release of ...`: after a comma or
  // an opener, an object is what was said as well as a clause
  const object =
    OBJECT_PARTICIPLES.has(lower(words, cue)) && (hasComma(words, cue) || PARTICIPLE_OPENERS.has(before)) && /^(DT|PRP\$|WP|WRB|CD)$/.test(posOf(words, start));
  // `..., saying mass immigration and economic malaise were ...`: after a comma, a clause that `saying` takes is what
  // was said, whatever its subject (not `saying goodbye to the men`)
  const said = lower(words, cue) === "saying" && hasComma(words, cue) && e - start >= MIN_CONTENT_WORDS && hasFiniteVerb(words, start, Math.min(e, start + MAX_CLAUSE_SUBJECT_WORDS));
  if (!clauseFollows(words, start, e) && !object && !said && lower(words, start - 1) !== "that") return null;
  const opening = cue === sentenceStart || (cue - 1 === sentenceStart && PARTICIPLE_OPENERS.has(before));
  const end = clauseEnd(words, start, e);
  if (opening) {
    // `Noting that only Sen. Kirk voted with Democrats, Tester added ...`: the main clause's subject speaks
    const close = subordinateEnd(words, start, end);
    return { rule: "participle", cue: [cue, cue + 1], speaker: close < e ? mainSubject(words, close, e) : null, content: [start, close] };
  }
  const set = hasComma(words, cue) || /[\u2014\u2013]|\s-\s/.test(gapBefore(words, cue)) || PARTICIPLE_OPENERS.has(before);
  const noun = set ? null : nounPhraseBefore(words, sentenceStart, cue);
  if (!set && !noun) return null;
  const speaker = noun ? { mention: noun, start: noun[0] } : (cueSubject(words, sentenceStart, cue) ?? sentenceSubject(words, afterQuote(words, sentenceStart, cue), cue));
  // a subject is needed after a comma: `In a tweet, saying ...` names none and is rarely speech
  if (!speaker && lower(words, start - 1) !== "that") return null;
  return { rule: "participle", cue: [cue, cue + 1], speaker, content: [start, end] };
}

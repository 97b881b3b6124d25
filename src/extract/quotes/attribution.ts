// An attribution: a cue and its speaker, found beside a quote or a reported clause.
//   “...,” the military source said.      (trailing, subject first)
//   “...,” said the military source.      (trailing, inverted)
//   The minister said: “...”              (leading)
import { ADJUNCT_STARTS, AUXILIARIES, BE_FORMS, CUE_VERBS, TAGGED_CUES, DETERMINERS, LISTENERS, PARTICIPLE_CUES, PREPOSITIONS, QUOTE_VERBS, QUOTED_PARTICIPLES, SUBORDINATORS, TELL } from "./cues.js";
import { speakerAfter, speakerBefore } from "./mentions.js";
import type { Attribution, SpeakerPhrase } from "./types.js";
import { nounPhraseBefore } from "./chunks.js";
import { infinitiveSpeaker } from "./infinitive.js";
import { afterQuote, gapBefore, isAdverb, isCapitalised, lower, posOf, type Words } from "./words.js";

/** Words allowed after the cue of a trailing attribution: `told Reuters on Sunday in a statement`. */
export const MAX_TAIL_WORDS = 8;
/** How far into its sentence a subject may end. */
const MAX_SUBJECT_WORDS = 40;

/** Length in words of a cue starting at word i, 0 when there is none. */
export function cueLength(words: Words, i: number): number {
  const word = lower(words, i);
  if (word === "according" && lower(words, i + 1) === "to") return 2;
  // `Viguerie notes/NNS that ...`: a verb in -s after its subject and before `that`, whatever its tag
  const before = /s$/.test(word) && lower(words, i + 1) === "that" && /^(NNP|NNPS|NNS|PRP)$/.test(posOf(words, i - 1));
  if (!CUE_VERBS.has(word) && !(TAGGED_CUES.has(word) && (/^VB/.test(posOf(words, i)) || before))) return 0;
  // `the said document`, `self-declared`
  if (["the", "a", "an"].includes(lower(words, i - 1)) || /^-$/.test(gapBefore(words, i))) return 0;
  return 1;
}

/** A finite verb by the tagger's Penn tag, when it has run: `“...,” Kelly charged`. */
const finiteVerb = (words: Words, i: number): boolean => /^VB[DZP]$/.test(words.list[i]?.pos ?? "") && !BE_FORMS.has(lower(words, i)) && !AUXILIARIES.has(lower(words, i));

/**
 * Length of a cue beside quotation marks: any cue, or a verb of manner such as `joked`, `continued`;
 * any finite verb too unless `listed` (after `.”` a capitalised word may open the next sentence).
 */
export function quoteCueLength(words: Words, i: number, listed = false): number {
  const length = cueLength(words, i);
  if (length > 0) return length;
  if (!QUOTE_VERBS.has(lower(words, i)) && (listed || !finiteVerb(words, i))) return 0;
  return ["the", "a", "an"].includes(lower(words, i - 1)) || /^-$/.test(gapBefore(words, i)) ? 0 : 1;
}

/** A listener with its modifiers is this long at most: `a town hall in Salem, New Hampshire on Monday`. */
const MAX_LISTENER_WORDS = 12;

/** The word `that` closing a listener starting at word k, within the clause; -1 when none does. */
function thatAfterListener(words: Words, k: number, end: number): number {
  const limit = Math.min(end, k + MAX_LISTENER_WORDS);
  for (let i = k + 1; i < limit; i++) {
    if (/[;:\u2014"\u201c\u201d]/.test(gapBefore(words, i)) || QUOTE_VERBS.has(lower(words, i))) return -1;
    if (lower(words, i) === "that") return i;
  }
  return -1;
}

/** `told Reuters`, `told reporters`, `told the newspaper`: the first word after the listener of `tell`, or after the cue. */
export function afterListener(words: Words, cue: number, end: number): number {
  let k = cue + 1;
  if (!TELL.has(lower(words, cue))) return k;
  // `told a town hall in Salem on Monday that ...`, `telling holdouts for the senator that ...`: the listener runs to `that`
  const that = thatAfterListener(words, k, end);
  if (that >= 0) return that;
  if (LISTENERS.has(lower(words, k))) return k + 1;
  // `told the newspaper`, `told the New York Times`, `told a Senate panel`
  if (DETERMINERS.has(lower(words, k))) k++;
  const name = k;
  while (k < end && (isCapitalised(words, k) || (k > name && /^NN/.test(posOf(words, k)))) && k - name < 4) k++;
  return k === name ? Math.min(end, k + 1) : k;
}

/** What may follow a closing attribution: `on Sunday`, `in a statement`, `yesterday`; after an inverted subject, an appositive too. */
function adjunctsOnly(words: Words, after: number, end: number, inverted: boolean): boolean {
  if (after >= end) return true;
  if (inverted && /,/.test(gapBefore(words, after))) return true;
  // `..., Clinton has vowed to repeal the amendment`: an infinitive is what the cue reports, not an adjunct
  if (lower(words, after) === "to" && posOf(words, after + 1) === "VB") return false;
  return ADJUNCT_STARTS.has(lower(words, after)) || PREPOSITIONS.has(lower(words, after));
}

/** Past the adjuncts that open at word `after` (`Tuesday in Paris`) to the word after the comma that closes them, or `after`. */
function adjunctsEnd(words: Words, after: number, end: number): number {
  if (after >= end || /,/.test(gapBefore(words, after))) return after;
  if (!adjunctsOnly(words, after, end, false)) return after;
  for (let k = after + 1; k < Math.min(end, after + MAX_TAIL_WORDS); k++) if (/,/.test(gapBefore(words, k))) return k;
  return after;
}

const HOW_SAID = /^(?:on condition|(?:in|during) (?:an? |the )?(?:interview|statement|email|e-mail|telephone|phone|speech|call)|speaking on)/;

/** Words from `at` say how something was said, not what: `on condition of anonymity`, `in an interview`. */
export function howSaid(words: Words, at: number, end: number): boolean {
  return HOW_SAID.test(words.list.slice(at, Math.min(end, at + 3)).map((w) => w.lower).join(" "));
}

/** An attribution that starts at word `from` and closes its sentence (which ends before word `end`). */
export function trailingAttribution(words: Words, from: number, end: number): Attribution | null {
  const limit = Math.min(end, from + 16);
  for (let c = from; c < limit; c++) {
    const length = cueLength(words, c);
    if (length === 0) continue;
    // `told` has a listener, not an inverted subject: `..., told Reuters` is no speaker; nor has `, saying goodbye`
    if (lower(words, c) === "according" || (c === from && (TELL.has(lower(words, c)) || PARTICIPLE_CUES.has(lower(words, c))))) return null;
    const speaker = c === from ? speakerAfter(words, c + length, end) : speakerBefore(words, from, c);
    if (!speaker || (c > from && speaker.start !== from)) return null;
    const after = c === from ? speaker.mention[1] : afterListener(words, c, end);
    // `..., said Rita Katz, the director of SITE Intelligence Group, which tracks ...`: an appositive of any length
    const appositive = c === from && after < end && /,/.test(gapBefore(words, after));
    // `..., a Chinese official said, adding that ...`, `..., Hollande said Tuesday in Paris, noting ...`: the speaker's
    // next act, of any length, after the cue's adjuncts
    const nextAct = after < end && PARTICIPLE_CUES.has(lower(words, adjunctsEnd(words, after, end)));
    const tail = after < end && howSaid(words, after, end);
    if (!nextAct && !tail && ((end - after > MAX_TAIL_WORDS && !appositive) || !adjunctsOnly(words, after, end, c === from))) return null;
    return { cue: [c, c + length], speaker };
  }
  return null;
}

/**
 * The attribution right after a closing mark: `,” the man shouted, using an expletive.`,
 * `,” said Ramos, whose new book ...`. Beside a quote the cue is enough: any tail may follow.
 */
export function attributionAfterQuote(words: Words, from: number, end: number, listed: boolean): Attribution | null {
  const limit = Math.min(end, from + 16);
  for (let c = from; c < limit; c++) {
    // an inverted subject only after a listed verb: `,” said Ramos`, not `” is a novel by Tolstoy`
    const length = quoteCueLength(words, c, listed || c === from);
    if (length === 0) continue;
    if (lower(words, c) === "according" || (c === from && TELL.has(lower(words, c)))) return null;
    const speaker = c === from ? speakerAfter(words, c + length, end) : speakerBefore(words, from, c);
    if (!speaker || (c > from && speaker.start !== from)) return null;
    return { cue: [c, c + length], speaker };
  }
  return null;
}

/** `Carson took the stage in Baltimore and called the system “rotten”`: the sentence's subject acts again. */
export function joinedSubject(words: Words, s: number, cue: number): SpeakerPhrase | null {
  return cue - 1 > s && (lower(words, cue - 1) === "and" || lower(words, cue - 1) === "but") ? sentenceSubject(words, s, cue - 1) : null;
}

/** Prepositions that open a sentence with an adjunct, besides PREPOSITIONS (a capital may hide their tag). */
const OPENING_PREPOSITIONS = new Set(["amid", "amidst", "despite", "among", "amongst", "following", "throughout", "beyond", "unlike", "like", "once", "until"]);

/** `Huma Abedin ... emailed supporters, telling them, “...”`: the subject before the sentence's first verb. */
export function sentenceSubject(words: Words, sentenceStart: number, before: number): SpeakerPhrase | null {
  // `Amid responses from some ..., The Blaze's Matt Walsh provided ..., saying`: past an opening adjunct to its comma
  const first = lower(words, sentenceStart);
  if (PREPOSITIONS.has(first) || SUBORDINATORS.has(first) || OPENING_PREPOSITIONS.has(first) || posOf(words, sentenceStart) === "IN") {
    for (let k = sentenceStart + 1; k < before; k++) {
      if (!/,/.test(gapBefore(words, k))) continue;
      const subject = sentenceSubject(words, k, before);
      if (subject) return subject;
      break;
    }
  }
  // a subject sits in a sentence's first words: the bound keeps run-on text linear
  for (let v = sentenceStart + 1; v < Math.min(before, sentenceStart + MAX_SUBJECT_WORDS); v++) {
    // any finite verb by its tag, an auxiliary or a verb of being too: `The foundation did not want to ..., telling ...`
    const finite = /^(MD|VBD|VBZ|VBP)$/.test(posOf(words, v));
    if (!(quoteCueLength(words, v, true) > 0 || finite || (/ed$/.test(lower(words, v)) && !isCapitalised(words, v)))) continue;
    // `Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded ...`: the verb of a relative clause; its antecedent is the subject
    let pronoun = v - 1;
    while (pronoun > sentenceStart && isAdverb(words, pronoun)) pronoun--;
    const relative = pronoun > sentenceStart && (lower(words, pronoun) === "who" || lower(words, pronoun) === "which") && /,/.test(gapBefore(words, pronoun));
    return speakerBefore(words, sentenceStart, relative ? pronoun : v);
  }
  return null;
}

/**
 * `..., Nefzi said, adding, “...”`, `..., Hollande said Tuesday in Paris, noting ...`: the speaker of the attribution
 * the participle follows, past the cue's adjuncts.
 */
export function cueSubject(words: Words, sentenceStart: number, participle: number): SpeakerPhrase | null {
  if (!/,/.test(gapBefore(words, participle))) return null;
  // (an inverted subject may carry an appositive: `said Lise Grande, the U.N. humanitarian coordinator for Yemen, adding`)
  for (let cue = participle - 1; cue > sentenceStart && cue >= participle - MAX_TAIL_WORDS - MAX_APPOSITIVE_WORDS; cue--) {
    if (cueLength(words, cue) === 0) continue;
    const near = cue >= participle - MAX_TAIL_WORDS;
    if (near && adjunctsEnd(words, cue + 1, participle + 1) === participle) return speakerBefore(words, sentenceStart, cue);
    // `..., said Devine, suggesting that ...`: an inverted subject
    const inverted = (lower(words, cue) === "said" || lower(words, cue) === "says") && isCapitalised(words, cue + 1);
    const speaker = inverted ? speakerAfter(words, cue + 1, participle) : null;
    return speaker && (near || appositiveTo(words, speaker.mention[1], participle)) ? speaker : null;
  }
  return null;
}

/** How long an appositive between an inverted subject and its participle may be. */
const MAX_APPOSITIVE_WORDS = 12;

/** Words [from, to) are one appositive set off by commas: `, the U.N. humanitarian coordinator for Yemen,`. */
function appositiveTo(words: Words, from: number, to: number): boolean {
  if (!/,/.test(gapBefore(words, from)) || !DETERMINERS.has(lower(words, from))) return false;
  for (let k = from + 1; k < to; k++) if (/[,;:.!?"\u201c\u201d]/.test(gapBefore(words, k))) return false;
  return true;
}

/** `She had a great line when she said, “...”`: the noun phrase right before the cue, when the words before it are a clause. */
function subjectByTags(words: Words, sentenceStart: number, cue: number): SpeakerPhrase | null {
  let end = cue;
  while (end > sentenceStart && (AUXILIARIES.has(lower(words, end - 1)) || isAdverb(words, end - 1))) end--;
  const mention = nounPhraseBefore(words, sentenceStart, end);
  return mention ? { mention, start: mention[0] } : null;
}

/** The attribution just before a quote opening at word `quote`: `he said:`, `the army said in a statement,`, `He continued,`. */
export function leadingAttribution(words: Words, sentenceStart: number, quote: number): Attribution | null {
  // `Said Dorothy Poynter, who grew up with Ali in the neighborhood, “...”`: an inverted subject of any length
  if (lower(words, sentenceStart) === "said" && quote - sentenceStart > MAX_TAIL_WORDS) {
    const speaker = speakerAfter(words, sentenceStart + 1, quote);
    return speaker ? { cue: [sentenceStart, sentenceStart + 1], speaker } : null;
  }
  for (let c = quote - 1; c >= Math.max(sentenceStart, quote - MAX_TAIL_WORDS); c--) {
    const participle = PARTICIPLE_CUES.has(lower(words, c)) || QUOTED_PARTICIPLES.has(lower(words, c));
    const length = participle ? 1 : quoteCueLength(words, c, true);
    if (length === 0 || lower(words, c) === "according") continue;
    // `Said Dorothy Poynter, who grew up with Ali, “...”`
    const speaker =
      c === sentenceStart
        ? speakerAfter(words, c + 1, quote)
        : participle
          ? (cueSubject(words, sentenceStart, c) ?? sentenceSubject(words, afterQuote(words, sentenceStart, c), c) ?? speakerBefore(words, sentenceStart, c))
          : (speakerBefore(words, sentenceStart, c) ?? subjectByTags(words, sentenceStart, c) ?? infinitiveSpeaker(words, sentenceStart, c));
    return speaker ? { cue: [c, c + length], speaker } : null;
  }
  return null;
}

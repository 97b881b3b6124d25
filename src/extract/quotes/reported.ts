// Reported speech in one sentence: the reported clause, its cue and its speaker.
//   X said (that) ...  /  X told Reuters (that) ...  /  X has previously said that ...
//   ..., X said.  /  ..., said X.  /  ..., X told Reuters on Sunday.
//   According to X, ...  /  ..., according to X.
//   X said in a statement on its website that ...
import { afterListener, type Attribution, cueLength, MAX_TAIL_WORDS, sentenceSubject, trailingAttribution } from "./attribution.js";
import { ADJUNCT_STARTS, AUXILIARIES, CLAUSE_ENDS, COMPLEMENT_CUES, CONTRAST_WORDS, DETERMINERS, DISCOURSE, OBJECT_PREPOSITIONS, PARTICIPLE_CUES, PREPOSITIONS, SUBORDINATORS } from "./cues.js";
import { clauseFollows, nounPhraseBefore } from "./chunks.js";
import { interruptedAttribution } from "./interrupted.js";
import { askedQuestion, questionEnd } from "./asked.js";
import { isObjectCue, objectStart } from "./object.js";
import { relativeReport } from "./relative.js";
import { antecedentName, type SpeakerPhrase, speakerAfter, speakerBefore } from "./mentions.js";
import { gapBefore, isAdverb, lower, posOf, type Words } from "./words.js";

export interface Reported extends Omit<Attribution, "speaker"> {
  /** null when no one is named: `Asked whether ..., the voters were evenly divided`. */
  speaker: SpeakerPhrase | null;
  /** Word range of the reported clause, without `that` and without the attribution. */
  content: [number, number];
  /** Its second piece when the attribution interrupts it: `Many of the closures, he said, [have involved ...]`. */
  rest?: [number, number];
}

/** Fewer words than this is not a statement (`..., he said.` after a two-word clause). */
const MIN_CONTENT_WORDS = 3;
/** `said in a statement on a website for the campaign that ...`: how far a `that` may follow the cue. */
const MAX_ADJUNCT_WORDS = 15;

const hasComma = (words: Words, i: number): boolean => /,/.test(gapBefore(words, i));

/** `according to exit polls conducted for the AP by Edison Research,`: a source runs to the next comma, any noun phrase. */
const MAX_SOURCE_WORDS = 20;

function sourceAfter(words: Words, first: number, e: number): SpeakerPhrase | null {
  let last = first;
  const limit = Math.min(e, first + MAX_SOURCE_WORDS + 1);
  while (last < limit && (last === first || !/[,;:()\u2014]/.test(gapBefore(words, last)))) last++;
  if (first >= e || last >= limit && last < e) return speakerAfter(words, first, e);
  return { mention: [first, last], start: first };
}

function accordingTo(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const speaker = sourceAfter(words, cue + 2, e);
  if (!speaker) return null;
  const [, speakerEnd] = speaker.mention;
  // `According to X, ...`, `But according to X, ...`, also after a colon: `And it has not gone unnoticed: According to recent polls, ...`
  const opens = cue === s || (cue === s + 1 && DISCOURSE.has(lower(words, s))) || /:/.test(gapBefore(words, cue));
  if (opens && speakerEnd < e && hasComma(words, speakerEnd)) {
    return { cue: [cue, cue + 2], speaker, content: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `In addition, according to the department, nearly nine million more workers will ...`: set between commas before a clause
  if (hasComma(words, cue) && speakerEnd < e && hasComma(words, speakerEnd) && clauseFollows(words, speakerEnd, e)) {
    return { cue: [cue, cue + 2], speaker, content: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `..., according to X.`, `..., according to exit polls (a sizable margin)` and `... 271 pledged delegates according to a count by the AP`
  if (cue - s >= MIN_CONTENT_WORDS && (speakerEnd >= e || /[,(;]/.test(gapBefore(words, speakerEnd)))) {
    return { cue: [cue, cue + 2], speaker, content: [s, cue] };
  }
  return null;
}

/** `..., X said.` / `..., said X.`: the clause is everything before the attribution. */
function trailing(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const subject = speakerBefore(words, s, cue);
  // `His lawyer, Peter Nowak, said his client ...`: all before the cue is its subject
  if (subject?.start === s) return null;
  if (subject && subject.start - s >= MIN_CONTENT_WORDS && hasComma(words, subject.start)) {
    const attribution = trailingAttribution(words, subject.start, e);
    if (attribution?.cue[0] === cue) return { ...attribution, content: [s, subject.start] };
  }
  if (cue - s >= MIN_CONTENT_WORDS && hasComma(words, cue)) {
    const attribution = trailingAttribution(words, cue, e);
    if (attribution) return { ...attribution, content: [s, cue] };
  }
  return null;
}

/** Where the clause starts after `said`: past `told Reuters`, past `in a statement ... that`, past `that`; -1 when none does. */
function clauseStart(words: Words, cue: number, e: number): number {
  let k = afterListener(words, cue, e);
  // `said about half of the adjustment reflected ...`: `about` before a number approximates, it opens no topic
  const approximate = lower(words, k) === "about" && (posOf(words, k + 1) === "CD" || lower(words, k + 1) === "half");
  if (!approximate && (PREPOSITIONS.has(lower(words, k)) || ADJUNCT_STARTS.has(lower(words, k)))) {
    const limit = Math.min(e, k + MAX_ADJUNCT_WORDS);
    let that = k;
    while (that < limit && lower(words, that) !== "that") that++;
    if (that < limit) return that + 1;
    // `asked for $45 million`: a request; `warned of a crisis`: a topic, not a statement
    if (OBJECT_PREPOSITIONS.has(lower(words, k))) return -1;
    k += DETERMINERS.has(lower(words, k + 1)) ? 3 : 2;
  }
  return lower(words, k) === "that" ? k + 1 : k;
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
const MAX_ASIDE_WORDS = 12;

/** The word after the dash that closes the aside opened before word i; -1 when none does nearby. */
function closingDash(words: Words, i: number, e: number): number {
  for (let k = i + 1; k < Math.min(e, i + MAX_ASIDE_WORDS); k++) if (DASH.test(gapBefore(words, k))) return k;
  return -1;
}

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
    return (concession ? k - i <= 2 : /^(VBD|VBZ|VBP|MD)$/.test(posOf(words, k))) ? k : -1;
  }
  return -1;
}

/**
 * Where a reported clause ends: before `, while 9 percent disagreed` (the writer's clause), `, which ...`,
 * `, telling reporters ...`, a dash that opens no aside, or `and (Y) said ...` (the next attribution).
 */
export function clauseEnd(words: Words, start: number, e: number): number {
  for (let i = start + MIN_CONTENT_WORDS; i < e; i++) {
    const gap = gapBefore(words, i);
    const word = lower(words, i);
    if (DASH.test(gap)) {
      // `those old - and previously unreported - postings`: an aside between two dashes stays in the clause
      const closing = closingDash(words, i, e);
      if (closing < 0) return i;
      i = closing;
      continue;
    }
    if (/[,;]/.test(gap) && (CONTRAST_WORDS.has(word) || CLAUSE_ENDS.has(word) || PARTICIPLE_CUES.has(word))) {
      const resume = CLAUSE_ENDS.has(word) ? afterEmbedded(words, i, e) : -1;
      if (resume < 0) return i;
      i = resume - 1;
    }
    if ((word === "and" || word === "but") && newAttribution(words, i, e)) return i;
    // `said Rubio's plan would cost billions, and called him ...`: the speaker's next act, not the statement
    if ((word === "and" || word === "but") && /,/.test(gap) && posOf(words, i + 1) === "VBD") return i;
  }
  return e;
}

/** `While Ramos said that ..., he appears uneasy`: the clause of a subordinate attribution ends at its comma. */
function subordinateEnd(words: Words, start: number, end: number): number {
  for (let i = start + MIN_CONTENT_WORDS; i < end; i++) if (hasComma(words, i)) return i;
  return end;
}

/** `and said ...`: the subject of the sentence speaks; not after `added`, `announced` (`and added a second goal`). */
const JOINED_CUES = new Set([
  "said", "says", "say", "told", "tells", "warned", "warns", "insisted", "insists", "argued", "argues", "noted", "stressed", "denied", "denies", "acknowledged",
]);

/** The speaker of the cue at word `cue`: its subject, the antecedent of `, which said`, or the sentence's subject after `and`. */
export function subjectOf(words: Words, [s]: [number, number], sentenceStart: number, cue: number): SpeakerPhrase | null {
  const before = lower(words, cue - 1);
  // `the Central Election Commission, which said ...`
  // `a young child, who said ...`, `business leaders who say ...`: the pronoun itself when no name stands before it
  if (before === "which" || before === "who") {
    const named = hasComma(words, cue - 1) ? antecedentName(words, sentenceStart, cue - 1) : null;
    return named ?? (cue - 1 >= s ? { mention: [cue - 1, cue], start: cue - 1 } : null);
  }
  const joined = ["and", "but", "then"].includes(before) && cue - 1 >= s && cue - 1 > sentenceStart && JOINED_CUES.has(lower(words, cue));
  return speakerBefore(words, s, cue) ?? (joined ? sentenceSubject(words, sentenceStart, cue - 1) : null);
}

/**
 * A subject found by tags when a finite cue is followed by a clause:
 * `Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he ...` -> `the Asbury Park Press`,
 * `voters who said they ...` -> `who`.
 */
function taggedSubject(words: Words, [s, e]: [number, number], cue: number, start: number): SpeakerPhrase | null {
  if (!/^VB[DZP]$/.test(posOf(words, cue)) || start < 0 || !clauseFollows(words, start, e)) return null;
  let end = cue;
  while (end > s && (AUXILIARIES.has(lower(words, end - 1)) || isAdverb(words, end - 1))) end--;
  const mention = nounPhraseBefore(words, s, end);
  return mention ? { mention, start: mention[0] } : null;
}

/** `a law, which critics said was discriminatory`: the content starts at the verb after the cue. */
function relative(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const found = relativeReport(words, [s, e], cue);
  if (!found || e - found.verb < MIN_CONTENT_WORDS - 1) return null;
  const end = clauseEnd(words, found.verb, e);
  // `The policy changes, which officials said will go into effect soon, will not apply ...`: the clause closes at its comma
  return { cue: [cue, cue + 1], speaker: found.speaker, content: [found.start, hasComma(words, found.start) ? subordinateEnd(words, found.verb, end) : end] };
}

/** `Many of the closures, he said, have involved public courses`: the clause on both sides of its attribution. */
function interrupted(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const found = interruptedAttribution(words, [s, e], cue);
  return found && { cue: found.cue, speaker: found.speaker, content: found.before, rest: [found.resume, clauseEnd(words, found.resume, e)] };
}

/** Only `say` reports a short answer: `said no`, not `added a warning`. */
const SAY = new Set(["say", "says", "said"]);
const NOT_SAID = new Set(["nothing", "anything", "little", "much", "more", "something", "it", "this", "that", "otherwise"]);

/** Words [start, e) close the sentence as a short answer: not an adjunct such as `on Sunday`, `in a statement`, `yesterday`. */
function shortAnswer(words: Words, start: number, e: number): boolean {
  // `said nothing`, `said little`: no statement at all
  if (start >= e || PREPOSITIONS.has(lower(words, start)) || ADJUNCT_STARTS.has(lower(words, start)) || NOT_SAID.has(lower(words, start))) return false;
  return /^(UH|NNP|NN|DT|RB|JJ)/.test(posOf(words, start));
}

/** `X said (that) ...`: the clause is everything after the cue. */
function leading(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const start = clauseStart(words, cue, e);
  const speaker = subjectOf(words, [s, e], sentenceStart, cue) ?? taggedSubject(words, [s, e], cue, start);
  if (!speaker) return null;
  if (start < 0 || start >= e || /:/.test(gapBefore(words, start))) return null;
  // `he said Ryan.`, `Everyone but Hewlett said yes.`: a short answer closing its sentence is a statement too
  if (e - start < MIN_CONTENT_WORDS && !(SAY.has(lower(words, cue)) && shortAnswer(words, start, e))) return null;
  let end = clauseEnd(words, start, e);
  if (SUBORDINATORS.has(lower(words, sentenceStart)) && speaker.start - 1 === sentenceStart) end = subordinateEnd(words, start, end);
  return { cue: [cue, cue + 1], speaker, content: [start, end] };
}

/** `“We won,” he said, adding that ...`: the first word after the last closing mark before word `cue`, where the subject is. */
function afterQuote(words: Words, sentenceStart: number, cue: number): number {
  for (let k = cue - 1; k > sentenceStart; k--) if (/[\u201d\u00bb]|[,.!?]["']/.test(gapBefore(words, k))) return k;
  return sentenceStart;
}

/** Participles whose object is what was said: `recalling a visit`, not `noting the crowd` (a look) or `telling them`. */
const OBJECT_PARTICIPLES = new Set(["announcing", "recalling", "explaining", "claiming", "confirming", "denying", "predicting", "acknowledging", "stressing", "declaring", "admitting", "tweeting", "stating"]);

/** `After saying he was nervous`, `while saying that`, `and noting that`: words that open a participle clause without a comma. */
const PARTICIPLE_OPENERS = new Set(["after", "before", "while", "when", "and", "by", "without", "also", "even"]);

/**
 * A participle whose clause reports speech:
 *   ..., saying the positives would outweigh the losses     (the sentence's subject speaks)
 *   staff members suggesting someone should question ...    (the noun phrase before it speaks)
 *   Noting that only Sen. Kirk voted with Democrats, Tester added ...   (opening the sentence: up to its comma)
 */
function participle(words: Words, [, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  if (!PARTICIPLE_CUES.has(lower(words, cue))) return null;
  const start = clauseStart(words, cue, e);
  if (start < 0) return null;
  const before = lower(words, cue - 1);
  // `..., recalling a visit to his church by Rafael Cruz`, `by announcing the release of ...`: after a comma or
  // an opener, an object is what was said as well as a clause
  const object =
    OBJECT_PARTICIPLES.has(lower(words, cue)) && (hasComma(words, cue) || PARTICIPLE_OPENERS.has(before)) && /^(DT|PRP\$|WP|WRB|CD)$/.test(posOf(words, start));
  if (!clauseFollows(words, start, e) && !object && lower(words, start - 1) !== "that") return null;
  const opening = cue === sentenceStart || (cue - 1 === sentenceStart && PARTICIPLE_OPENERS.has(before));
  const end = clauseEnd(words, start, e);
  if (opening) return { cue: [cue, cue + 1], speaker: null, content: [start, subordinateEnd(words, start, end)] };
  const set = hasComma(words, cue) || /[\u2014\u2013]|\s-\s/.test(gapBefore(words, cue)) || PARTICIPLE_OPENERS.has(before);
  const noun = set ? null : nounPhraseBefore(words, sentenceStart, cue);
  if (!set && !noun) return null;
  const speaker = noun ? { mention: noun, start: noun[0] } : sentenceSubject(words, afterQuote(words, sentenceStart, cue), cue);
  // a subject is needed after a comma: `In a tweet, saying ...` names none and is rarely speech
  if (!speaker && lower(words, start - 1) !== "that") return null;
  return { cue: [cue, cue + 1], speaker, content: [start, end] };
}

/** `Asked on Fox News who leads the party, he said Ryan.`, `He asked workers if they planned to attend.` */
function question(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const found = askedQuestion(words, [s, e], sentenceStart, cue);
  if (!found) return null;
  const speaker = found.asker ?? (found.unnamed ? null : subjectOf(words, [s, e], sentenceStart, cue));
  if (!speaker && !found.unnamed) return null;
  const end = clauseEnd(words, found.start, e);
  return { cue: [cue, cue + 1], speaker, content: [found.start, found.opening ? questionEnd(words, found.start, end) : end] };
}

const CALL_FORMS = new Set(["call", "calls", "called", "calling"]);

/** `Trump called for a ban on ...`, `She urged the administration to join ...`, `..., calling him divisive`. */
function objectReport(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const named = relativeReport(words, [s, e], cue, true);
  if (named && CALL_FORMS.has(lower(words, cue))) return { cue: [cue, cue + 1], speaker: named.speaker, content: [named.start, clauseEnd(words, named.verb, e)] };
  const start = objectStart(words, cue, e);
  if (start < 0 || e - start < 2) return null;
  const participle = /ing$/.test(lower(words, cue)) && hasComma(words, cue);
  const speaker = participle ? sentenceSubject(words, afterQuote(words, sentenceStart, cue), cue) : subjectOf(words, [s, e], sentenceStart, cue);
  return speaker && { cue: [cue, cue + 1], speaker, content: [start, clauseEnd(words, start, e)] };
}

/** The reported statements of sentence [s, e); `skip` says which words are quoted or already used. */
export function reportedSpeech(words: Words, sentence: [number, number], skip: (word: number) => boolean): Reported[] {
  const [s, e] = sentence;
  const found: Reported[] = [];
  let from = s;
  for (let c = s; c < e; c++) {
    const object = isObjectCue(words, c);
    if (skip(c) || (cueLength(words, c) === 0 && !PARTICIPLE_CUES.has(lower(words, c)) && !object)) continue;
    const rest: [number, number] = [from, e];
    const one =
      lower(words, c) === "according"
        ? accordingTo(words, rest, c)
        : object
          ? objectReport(words, rest, s, c)
          : (question(words, rest, s, c) ??
          participle(words, rest, s, c) ?? (cueLength(words, c) > 0 ? (relative(words, rest, c) ?? interrupted(words, rest, c) ?? trailing(words, rest, c) ?? leading(words, rest, s, c)) : null));
    if (!one) continue;
    found.push(one);
    // `..., and three-quarters said the same`: look for the next attribution after this one
    from = Math.max(one.cue[1], one.content[1], one.rest?.[1] ?? 0, one.speaker?.mention[1] ?? 0);
    c = from - 1;
  }
  return found;
}

// Reported speech in one sentence: the reported clause, its cue and its speaker.
//   X said (that) ...  /  X told Reuters (that) ...  /  X has previously said that ...
//   ..., X said.  /  ..., said X.  /  ..., X told Reuters on Sunday.
//   According to X, ...  /  ..., according to X.
//   X said in a statement on its website that ...
import { afterListener, type Attribution, cueLength, MAX_TAIL_WORDS, sentenceSubject, trailingAttribution } from "./attribution.js";
import { ADJUNCT_STARTS, AUXILIARIES, CLAUSE_ENDS, CONTRAST_WORDS, DETERMINERS, OBJECT_PREPOSITIONS, PARTICIPLE_CUES, PREPOSITIONS, SUBORDINATORS } from "./cues.js";
import { clauseFollows, nounPhraseBefore } from "./chunks.js";
import { interruptedAttribution } from "./interrupted.js";
import { relativeReport } from "./relative.js";
import { antecedentName, type SpeakerPhrase, speakerAfter, speakerBefore } from "./mentions.js";
import { gapBefore, isAdverb, lower, posOf, type Words } from "./words.js";

export interface Reported extends Attribution {
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
  // `According to X, ...`, also after a colon: `And it has not gone unnoticed: According to recent polls, ...`
  if ((cue === s || /:/.test(gapBefore(words, cue))) && speakerEnd < e && hasComma(words, speakerEnd)) {
    return { cue: [cue, cue + 2], speaker, content: [speakerEnd, clauseEnd(words, speakerEnd, e)] };
  }
  // `..., according to X.` and `... 271 pledged delegates according to a count by the AP`
  if (cue - s >= MIN_CONTENT_WORDS && (speakerEnd >= e || hasComma(words, speakerEnd))) {
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
  if (PREPOSITIONS.has(lower(words, k)) || ADJUNCT_STARTS.has(lower(words, k))) {
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
  if (cueLength(words, k) > 0) return true;
  // `and more than 4 in 10 said`: a cue within a short stretch, no comma between
  for (let c = i + 2; c < Math.min(e, i + 8); c++) {
    if (hasComma(words, c)) return false;
    // `and never called a donor to ask for money`: an infinitive is no new attribution
    if (cueLength(words, c) > 0 && lower(words, c - 1) !== "to") return true;
  }
  return false;
}

/**
 * Where a reported clause ends: before `, while 9 percent disagreed` (the writer's clause), `, which ...`,
 * `, telling reporters ...`, a dash, or `and (Y) said ...` (the next attribution).
 */
export function clauseEnd(words: Words, start: number, e: number): number {
  for (let i = start + MIN_CONTENT_WORDS; i < e; i++) {
    const gap = gapBefore(words, i);
    const word = lower(words, i);
    if (/[\u2014\u2013]|\s-\s/.test(gap)) return i;
    if (/[,;]/.test(gap) && (CONTRAST_WORDS.has(word) || CLAUSE_ENDS.has(word) || PARTICIPLE_CUES.has(word))) return i;
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
  if ((before === "which" || before === "who") && hasComma(words, cue - 1)) return antecedentName(words, sentenceStart, cue - 1);
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
  if (!found || e - found.start < MIN_CONTENT_WORDS - 1) return null;
  return { cue: [cue, cue + 1], speaker: found.speaker, content: [found.start, clauseEnd(words, found.start, e)] };
}

/** `Many of the closures, he said, have involved public courses`: the clause on both sides of its attribution. */
function interrupted(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const found = interruptedAttribution(words, [s, e], cue);
  return found && { cue: found.cue, speaker: found.speaker, content: found.before, rest: [found.resume, clauseEnd(words, found.resume, e)] };
}

/** `X said (that) ...`: the clause is everything after the cue. */
function leading(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const start = clauseStart(words, cue, e);
  const speaker = subjectOf(words, [s, e], sentenceStart, cue) ?? taggedSubject(words, [s, e], cue, start);
  if (!speaker) return null;
  if (start < 0 || e - start < MIN_CONTENT_WORDS || /:/.test(gapBefore(words, start))) return null;
  let end = clauseEnd(words, start, e);
  if (SUBORDINATORS.has(lower(words, sentenceStart)) && speaker.start - 1 === sentenceStart) end = subordinateEnd(words, start, end);
  return { cue: [cue, cue + 1], speaker, content: [start, end] };
}

/** `“We won,” he said, adding that ...`: the first word after the last closing mark before word `cue`, where the subject is. */
function afterQuote(words: Words, sentenceStart: number, cue: number): number {
  for (let k = cue - 1; k > sentenceStart; k--) if (/[\u201d\u00bb]|[,.!?]["']/.test(gapBefore(words, k))) return k;
  return sentenceStart;
}

/** `..., saying the positives would outweigh the losses`: after a comma, a participle whose speaker is the sentence's subject. */
function participle(words: Words, [, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  if (!PARTICIPLE_CUES.has(lower(words, cue)) || !hasComma(words, cue) || cue <= sentenceStart) return null;
  const start = clauseStart(words, cue, e);
  if (start < 0 || !clauseFollows(words, start, e)) return null;
  const speaker = sentenceSubject(words, afterQuote(words, sentenceStart, cue), cue);
  return speaker ? { cue: [cue, cue + 1], speaker, content: [start, clauseEnd(words, start, e)] } : null;
}

/** The reported statements of sentence [s, e); `skip` says which words are quoted or already used. */
export function reportedSpeech(words: Words, sentence: [number, number], skip: (word: number) => boolean): Reported[] {
  const [s, e] = sentence;
  const found: Reported[] = [];
  let from = s;
  for (let c = s; c < e; c++) {
    if (skip(c) || (cueLength(words, c) === 0 && !PARTICIPLE_CUES.has(lower(words, c)))) continue;
    const rest: [number, number] = [from, e];
    const one =
      lower(words, c) === "according"
        ? accordingTo(words, rest, c)
        : (participle(words, rest, s, c) ?? (cueLength(words, c) > 0 ? (relative(words, rest, c) ?? interrupted(words, rest, c) ?? trailing(words, rest, c) ?? leading(words, rest, s, c)) : null));
    if (!one) continue;
    found.push(one);
    // `..., and three-quarters said the same`: look for the next attribution after this one
    from = Math.max(one.cue[1], one.content[1], one.rest?.[1] ?? 0, one.speaker.mention[1]);
    c = from - 1;
  }
  return found;
}

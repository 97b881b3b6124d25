// Reported speech in one sentence: the reported clause, its cue and its speaker.
//   X said (that) ...  /  X told Reuters (that) ...  /  X has previously said that ...
//   ..., X said.  /  ..., said X.  /  ..., X told Reuters on Sunday.
//   According to X, ...  /  ..., according to X.
//   X said in a statement on its website that ...
import { cueLength, joinedSubject, sentenceSubject, trailingAttribution } from "./attribution.js";
import { ADJUNCT_STARTS, AUXILIARIES, BE_FORMS, DISCOURSE, PARTICIPLE_CUES, PREPOSITIONS, SUBORDINATORS } from "./cues.js";
import { clauseFollows, nounPhraseBefore } from "./chunks.js";
import { accordingTo } from "./according.js";
import { afterLastColon, clauseEnd, clauseStart, hasComma, MIN_CONTENT_WORDS, subordinateEnd } from "./clause.js";
import { infinitiveSubject } from "./infinitive.js";
import { interruptedAttribution } from "./interrupted.js";
import { participle } from "./participle.js";
import { askedQuestion, QUESTION_WORDS } from "./asked.js";
import { CALL, isObjectCue, objectEnd, objectStart } from "./object.js";
import { relativeReport } from "./relative.js";
import { antecedentName, progressiveSubject, speakerBefore } from "./mentions.js";
import type { Reported, SpeakerPhrase } from "./types.js";
import { afterQuote, gapBefore, isAdverb, lower, posOf, type Words } from "./words.js";

/** `..., X said.` / `..., said X.`: the clause is everything before the attribution. */
function trailing(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const subject = speakerBefore(words, s, cue);
  // `His lawyer, Peter Nowak, said his client ...`, `Yet economists, like their rivals, say ...`: all before the cue is its subject
  let first = s;
  while (subject && first < subject.start && DISCOURSE.has(lower(words, first))) first++;
  if (subject?.start === first) return null;
  if (subject && subject.start - s >= MIN_CONTENT_WORDS && hasComma(words, subject.start)) {
    const attribution = trailingAttribution(words, subject.start, e);
    if (attribution?.cue[0] === cue) return { rule: "reported-trailing", ...attribution, content: [afterLastColon(words, s, subject.start), subject.start] };
  }
  if (cue - s >= MIN_CONTENT_WORDS && hasComma(words, cue)) {
    const attribution = trailingAttribution(words, cue, e);
    if (attribution) return { rule: "reported-trailing", ...attribution, content: [afterLastColon(words, s, cue), cue] };
  }
  return null;
}

/** `and said ...`: the subject of the sentence speaks; not after `added`, `announced` (`and added a second goal`). */
const JOINED_CUES = new Set([
  "said", "says", "say", "told", "tells", "warned", "warns", "insisted", "insists", "argued", "argues", "noted", "stressed", "denied", "denies", "acknowledged",
  "asked", "asks", "suggested", "suggests", "claimed", "claims", "predicted", "conceded", "admitted", "explained", "asserted",
]);

/** Words that join a second verb to the sentence's subject: `and said`, `but argues`, `then says`. */
const CONJUNCTIONS = ["and", "but", "then"];

/** The speaker of the cue at word `cue`: its subject, the antecedent of `, which said`, or the sentence's subject after `and`. */
export function subjectOf(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): SpeakerPhrase | null {
  const before = lower(words, cue - 1);
  // `the Central Election Commission, which said ...`
  // `a young child, who said ...`, `business leaders who say ...`: the pronoun itself when no name stands before it
  if (before === "which" || before === "who") {
    const named = hasComma(words, cue - 1) ? antecedentName(words, sentenceStart, cue - 1) : null;
    return named ?? (cue - 1 >= s ? { mention: [cue - 1, cue], start: cue - 1 } : null);
  }
  // `and has said that ...`: past the auxiliaries to the conjunction
  // (and past a time: `but on Tuesday wrote that ...`)
  let and = cue - 1;
  while (and > s && !CONJUNCTIONS.includes(lower(words, and)) && (AUXILIARIES.has(lower(words, and)) || ADJUNCT_STARTS.has(lower(words, and)) || (lower(words, and) === "on" && ADJUNCT_STARTS.has(lower(words, and + 1))))) and--;
  // `and announced it would seek a recanvass`: any cue before a clause
  const joinable = JOINED_CUES.has(lower(words, cue)) || (cueLength(words, cue) > 0 && clauseFollows(words, cue + 1, e));
  const joined = CONJUNCTIONS.includes(lower(words, and)) && and >= s && and > sentenceStart && joinable;
  // `Kasich offered the man a job as Secretary of Defense, then says ...`: the sentence's subject, not the nearest noun
  return joined ? (sentenceSubject(words, sentenceStart, and) ?? speakerBefore(words, s, cue)) : speakerBefore(words, s, cue);
}

/**
 * A subject found by tags when a finite cue is followed by a clause (`start` its first word, or true when
 * a question word opens it): `Six Gannett newspapers in New Jersey, including the Asbury Park Press, said
 * he ...` -> `the Asbury Park Press`, `voters who said they ...` -> `who`, `when a reporter asked if ...`.
 */
function taggedSubject(words: Words, [s, e]: [number, number], cue: number, start: number | true): SpeakerPhrase | null {
  // before a question word, `asked` read as a participle (`a reporter asked/VBN if`) still has a subject
  const finite = /^VB[DZP]$/.test(posOf(words, cue)) || (start === true && posOf(words, cue) === "VBN" && !AUXILIARIES.has(lower(words, cue - 1)) && !BE_FORMS.has(lower(words, cue - 1)));
  if (!finite || (start !== true && (start < 0 || !clauseFollows(words, start, e)))) return null;
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
  return { rule: "reported-relative", cue: [cue, cue + 1], speaker: found.speaker, content: [found.start, hasComma(words, found.start) ? subordinateEnd(words, found.verb, end) : end] };
}

/** `Many of the closures, he said, have involved public courses`: the clause on both sides of its attribution. */
function interrupted(words: Words, [s, e]: [number, number], cue: number): Reported | null {
  const found = interruptedAttribution(words, [s, e], cue);
  return found && { rule: "reported-interrupted", cue: found.cue, speaker: found.speaker, content: found.before, rest: [found.resume, clauseEnd(words, found.resume, e)] };
}

/** Only `say` reports a short answer: `said no`, not `added a warning`. */
const SAY = new Set(["say", "says", "said"]);
const NOT_SAID = new Set(["nothing", "anything", "little", "much", "more", "something", "it", "this", "that", "otherwise"]);

/** `said nothing`, `said little, according to ...`: the cue's object ends there, no clause follows. */
const saidNothing = (words: Words, start: number, e: number): boolean =>
  (lower(words, start) === "nothing" || lower(words, start) === "little") && (start + 1 >= e || /[,;:]/.test(gapBefore(words, start + 1)));

/** Words [start, e) close the sentence as a short answer: not an adjunct such as `on Sunday`, `in a statement`, `yesterday`. */
function shortAnswer(words: Words, start: number, e: number): boolean {
  // `said nothing`, `said little`: no statement at all
  if (start >= e || PREPOSITIONS.has(lower(words, start)) || ADJUNCT_STARTS.has(lower(words, start)) || NOT_SAID.has(lower(words, start))) return false;
  // `They said she could.`, `he said he would`: a subject and its auxiliary answer too
  if (e - start === 2 && posOf(words, start) === "PRP" && /^(MD|VBD|VBZ|VBP)$/.test(posOf(words, start + 1))) return true;
  return /^(UH|NNP|NN|DT|RB|JJ)/.test(posOf(words, start));
}

/** `While Ramos said that ..., he ...`, `and when Rubio said it was great to be home, a man yelled`: the speaker opens a subordinate clause. */
function inSubordinateClause(words: Words, speaker: SpeakerPhrase): boolean {
  return speaker.start > 0 && SUBORDINATORS.has(lower(words, speaker.start - 1)) && words.sentenceOf[speaker.start - 1] === words.sentenceOf[speaker.start];
}

/** `X said (that) ...`: the clause is everything after the cue. */
function leading(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const start = clauseStart(words, cue, e);
  const speaker = subjectOf(words, [s, e], sentenceStart, cue) ?? taggedSubject(words, [s, e], cue, start) ?? infinitiveSubject(words, [s, e], cue, start);
  if (!speaker) return null;
  // `and said little, according to an attendee`: no statement
  if (start < 0 || start >= e || /:/.test(gapBefore(words, start)) || saidNothing(words, start, e)) return null;
  // `he said Ryan.`, `Everyone but Hewlett said yes.`: a short answer closing its sentence is a statement too
  if (e - start < MIN_CONTENT_WORDS && !(SAY.has(lower(words, cue)) && shortAnswer(words, start, e))) return null;
  let end = clauseEnd(words, start, e);
  if (inSubordinateClause(words, speaker)) end = subordinateEnd(words, start, end, speaker.start - 1 > sentenceStart);
  return { rule: "reported", cue: [cue, cue + 1], speaker, content: [start, end] };
}

/** `Asked on Fox News who leads the party, he said Ryan.`, `He asked workers if they planned to attend.` */
function question(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const found = askedQuestion(words, [s, e], sentenceStart, cue);
  if (!found) return null;
  // `when a reporter asked if ...`: the asker by tags when the chunks before the cue read as no subject
  const clause = QUESTION_WORDS.has(lower(words, found.start)) || found.start;
  const speaker = found.asker ?? (found.unnamed ? null : (subjectOf(words, [s, e], sentenceStart, cue) ?? taggedSubject(words, [s, e], cue, clause)));
  if (!speaker && !found.unnamed) return null;
  const end = clauseEnd(words, found.start, e);
  // `Asked whether ..., he said`, `When a reporter asked if ..., Obama said no`: the question ends at the comma
  const subordinate = found.opening || (speaker !== null && inSubordinateClause(words, speaker));
  const inside = !found.opening && speaker !== null && speaker.start - 1 > sentenceStart;
  return { rule: "asked", cue: [cue, cue + 1], speaker, content: [found.start, subordinate ? subordinateEnd(words, found.start, end, inside) : end] };
}

/** `Trump called for a ban on ...`, `She urged the administration to join ...`, `..., calling him divisive`. */
function objectReport(words: Words, [s, e]: [number, number], sentenceStart: number, cue: number): Reported | null {
  const named = relativeReport(words, [s, e], cue, true);
  if (named && CALL.has(lower(words, cue))) return { rule: "object", cue: [cue, cue + 1], speaker: named.speaker, content: [named.start, clauseEnd(words, named.verb, e)] };
  const start = objectStart(words, cue, e);
  if (start < 0 || e - start < 2) return null;
  const participle = /ing$/.test(lower(words, cue)) && hasComma(words, cue);
  // `Clinton is calling for ...`, `... and called on Sanders to do the same`: the subject before the verb of being, or the sentence's
  const speaker = participle
    ? sentenceSubject(words, afterQuote(words, sentenceStart, cue), cue)
    : (subjectOf(words, [s, e], sentenceStart, cue) ?? progressiveSubject(words, s, cue) ?? joinedSubject(words, sentenceStart, cue));
  if (!speaker) return null;
  // `When he asked supporters to run for office, many agreed`: the request ends with its subordinate clause
  const end = objectEnd(words, start, clauseEnd(words, start, e));
  return { rule: "object", cue: [cue, cue + 1], speaker, content: [start, inSubordinateClause(words, speaker) ? subordinateEnd(words, start, end) : end] };
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
        ? accordingTo(words, [s, e], c)
        : object
          ? objectReport(words, rest, s, c)
          : (question(words, rest, s, c) ??
          participle(words, rest, s, c) ?? (cueLength(words, c) > 0 ? (relative(words, rest, c) ?? interrupted(words, rest, c) ?? trailing(words, rest, c) ?? leading(words, rest, s, c)) : null));
    if (!one) continue;
    found.push(one);
    // `..., and three-quarters said the same`: look for the next attribution after this one
    // (not past the subject of a main clause after an opening participle: `Noting that ..., Tester added ...`)
    const mainClause = one.speaker !== null && one.cue[1] <= one.content[0] && one.content[1] <= one.speaker.mention[0];
    from = Math.max(one.cue[1], one.content[1], one.rest?.[1] ?? 0, mainClause ? 0 : (one.speaker?.mention[1] ?? 0));
    c = from - 1;
  }
  return found;
}

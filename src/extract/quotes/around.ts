// The statement around quoted words that no reported clause holds: the cue before them, its
// speaker, and the complement that carries the words (PolNeAR's content of a partial quote).
//   Jeb Bush called [Trump “unhinged.”]
//   He described [the field of Republican candidates as “all very good”].
//   Mr. Cruz pledged [to oppose legal status for undocumented immigrants “today, tomorrow, forever.”]
//   ..., saying [he “has consistently demonstrated his deep commitment.”]
import { afterListener, joinedSubject, quoteCueLength, sentenceSubject } from "./attribution.js";
import { AUXILIARIES, BE_FORMS, COMPLEMENT_CUES, PARTICIPLE_CUES } from "./cues.js";
import { progressiveSubject } from "./mentions.js";
import { clauseEnd } from "./clause.js";
import { subjectOf } from "./reported.js";
import type { Reported } from "./types.js";
import { gapBefore, lower, posOf, type Words } from "./words.js";

/** A cue further back than this from the quoted words governs some other phrase. */
const MAX_CUE_DISTANCE = 12;
/** A cue that opens a clause holding the quoted words may stand further back. */
const MAX_CLAUSE_DISTANCE = 25;

/** `groused to a crowd that ...`, `pondered who ...`, `is questioning whether ...`: any verb that takes a clause. */
const CLAUSE_OPENERS = new Set(["that", "whether", "who", "why", "how", "what"]);

/** The word opening a clause between the cue at word `cue` and the quoted words: `told supporters after his victory that`; -1 when none does. */
function clauseOpener(words: Words, cue: number, first: number): number {
  for (let k = cue + 1; k < first; k++) if (CLAUSE_OPENERS.has(lower(words, k)) && !/,/.test(gapBefore(words, k))) return k;
  return -1;
}

function isCue(words: Words, i: number, first: number): boolean {
  if (COMPLEMENT_CUES.has(lower(words, i)) || PARTICIPLE_CUES.has(lower(words, i)) || quoteCueLength(words, i, true) > 0) return true;
  return /^VB[DZPG]$/.test(posOf(words, i)) && !AUXILIARIES.has(lower(words, i)) && clauseOpener(words, i, first) >= 0;
}

/**
 * The statement holding the quoted words [first, last] of sentence [s, e): the nearest cue before them
 * with a speaker; null when there is none, or when a verb of being or a clause break comes first.
 */
export function statementAround(words: Words, [s, e]: [number, number], [first, last]: [number, number]): Reported | null {
  // `The streets were “a maze of rubble”`: the writer's description, no one's statement;
  // but `mused that Clinton was “disqualified”`: a verb of being inside a reported clause
  let description = false;
  let reach = MAX_CUE_DISTANCE;
  for (let c = first - 1; c >= Math.max(s, first - reach); c--) {
    if (/[;:\u2014]/.test(gapBefore(words, c + 1))) return null;
    if (BE_FORMS.has(lower(words, c)) && !/ing$/.test(lower(words, c + 1))) description = true;
    if (CLAUSE_OPENERS.has(lower(words, c)) && !/,/.test(gapBefore(words, c))) {
      // `boasted Monday night that the strategy she pushed in Libya as Secretary of State “...”`: a clause reaches further
      description = false;
      reach = MAX_CLAUSE_DISTANCE;
    }
    if (!isCue(words, c, first) || ["the", "a", "an", "so"].includes(lower(words, c - 1))) continue;
    if (description) return null;
    const participle = /ing$/.test(lower(words, c)) && /,/.test(gapBefore(words, c));
    const speaker = participle ? sentenceSubject(words, s, c) : (subjectOf(words, [s, e], s, c) ?? progressiveSubject(words, s, c) ?? joinedSubject(words, s, c));
    if (!speaker) return null;
    const opener = clauseOpener(words, c, first);
    let start = opener >= 0 ? opener : afterListener(words, c, first);
    if (lower(words, start) === "that") start++;
    if (start > first) start = first;
    return { rule: "around-partial", cue: [c, c + 1], speaker, content: [start, Math.max(clauseEnd(words, start, e), last + 1)] };
  }
  return null;
}

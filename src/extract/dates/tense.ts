// Whether a bare weekday, month or season points forward: news mostly reports the past, so
// `on Sunday` is the last Sunday unless its clause speaks of the future (`should begin on Sunday
// night`, `will meet in December`, `On Tuesday the vote will be held`). With part-of-speech tags
// the nearest verb decides (MD + VB future; VBD, VBN past); without them, cue words do.
import type { Token } from "../../pipeline/types.js";
import { textAfter, textBefore } from "../../window.js";

const FUTURE_CUE = /\b(?:will|shall|'ll|going to|due (?:to|in|on|by|at|before)|expected|scheduled|set to|(?:is|are) to|supposed to|plans? to|planned|upcoming|next|coming)\b/i;
/** A past perfect before the cue makes it a past plan: `had been due to expire`. */
const PAST_BEFORE_CUE = /\b(?:had|did)\b[^,;:.!?"()\n]*$/i;
const FUTURE_MODALS = new Set(["will", "shall", "'ll", "wo"]);
/** Present-tense verbs that report or think rather than schedule: `officials say [Friday's] attack`. */
const NOT_SCHEDULING = /^(?:say|says|tell|tells|report|reports|claim|claims|believe|believes|think|thinks|know|knows|hope|hopes|fear|fears|want|wants|add|adds|note|notes|insist|insists|deny|denies|confirm|confirms|estimate|estimates|seem|seems|appear|appears|remain|remains|mean|means|show|shows|need|needs|guess|guesses|suppose|supposes|suspect|suspects|assume|assumes|doubt|doubts|wonder|wonders|feel|feels|recall|recalls|remember|remembers|admit|admits|argue|argues|suggest|suggests|acknowledge|acknowledges|understand|understands|agree|agrees|realize|realizes|realise|realises)$/;
/** `be`, `have` and `do` say nothing alone: `Friday's attack [is] the worst`, `[has] met`. */
/** A present verb schedules only a date close to it, `[meets] Monday`, `[go] to the polls Sunday`; farther off it may be a state: `[holds] shares ... bought on Thursday`. */
const SCHEDULED_REACH = 4;
const AUXILIARY = /^(?:is|are|am|'s|'re|has|have|'ve|does|do)$/;
const PLANNED = /^(?:expected|scheduled|due|set|going|planned|poised)$/;
/** A clause ends at punctuation or a quote: `..., told Reuters on Sunday` is not future. */
const CLAUSE_BREAK = /[,;:.!?"()\n][^,;:.!?"()\n]*$/;
const CLAUSE_END = /[,;:.!?"()\n]/;
// the clause around a date: `the vote will be held on `, ` the deal should close`
const CLAUSE_WIDTH = 80;

/**
 * true for a future clause, false for a past one, null when nothing tells: a bare month or date
 * is then the nearest one (`the deal should close in [January]`, `a dividend payable [Dec. 1]`).
 */
export function tenseAt(text: string, mentionStart: number, mentionEnd: number, tokens: Token[]): boolean | null {
  const byTags = tenseByTags(tokens, mentionStart, mentionEnd);
  if (typeof byTags === "boolean") return byTags;
  const before = textBefore(text, mentionStart, CLAUSE_WIDTH);
  const clause = CLAUSE_BREAK.exec(before)?.[0] ?? before;
  const cue = FUTURE_CUE.exec(clause);
  if (cue) return !PAST_BEFORE_CUE.test(clause.slice(0, cue.index));
  // `On Tuesday the vote will be held`: nothing before, so the rest of the clause
  const after = textAfter(text, mentionEnd, CLAUSE_WIDTH);
  const rest = after.slice(0, after.search(CLAUSE_END) === -1 ? after.length : after.search(CLAUSE_END));
  if (/^\s*(?:[\p{L}'-]+\s+){0,4}(?:will|shall|'ll)\b/iu.test(rest)) return true;
  return null;
}

/** Participles of plans: `scheduled on [Aug. 6]` may still be to come. */
const SCHEDULING = /^(?:scheduled|rescheduled|planned|slated|due|expected|poised)$/;
/** Verbs that take a date as their object, often one to come: `has set [Nov. 10] as the deadline`. */
const DATE_OBJECT_VERBS = /^(?:set|scheduled|rescheduled|fixed|named|chose|chosen|picked|targeted|designated|moved|postponed|delayed|pushed|extended|proposed|suggested|marked)$/;

/**
 * A past verb right before the date, or before `on` and the date (`he died on [July 4]`, `was
 * freed [Dec. 28]`, `the high set on [Aug. 6]`): the date is past. Unlike tenseAt, a `said` farther off does not count, since
 * `said the dividend is payable [Dec. 7]` speaks of a date to come; nor does a verb whose object
 * the date is (`set [Nov. 10] as the deadline`).
 */
export function closePastAt(start: number, tokens: Token[]): boolean {
  const at = firstTokenFrom(tokens, start);
  const on = tokens[at - 1]?.lower === "on";
  const token = tokens[on ? at - 2 : at - 1];
  if (!token || token.sentence !== tokens[at]?.sentence || SCHEDULING.test(token.lower)) return false;
  // `set on [Aug. 6]` tells when it was set; `set [Nov. 10] as the deadline` sets the date
  if (!on && DATE_OBJECT_VERBS.test(token.lower)) return false;
  if (token.pos === "VBD") return true;
  // `a record high set on [Aug. 6]`, `was killed [July 4]`
  return token.pos === "VBN" && (on || /^(?:was|were|had|has|have)$/.test(tokens[at - 2]?.lower ?? ""));
}

/** The nearest verb in the mention's sentence, before it and then after it; null without tags or verbs. */
function tenseByTags(tokens: Token[], start: number, end: number): Verdict {
  const at = firstTokenFrom(tokens, start);
  const sentence = tokens[at]?.sentence ?? tokens[at - 1]?.sentence;
  if (sentence === undefined || tokens[at]?.pos == null) return null;
  const after = firstTokenFrom(tokens, end);
  // `follows [Tuesday]'s declaration`: a possessive date belongs to its noun, not to the verb's present
  const possessive = tokens[after]?.pos === "POS";
  for (let index = at - 1; index >= 0 && tokens[index]?.sentence === sentence; index--) {
    if (!possessive && isComplementOfBe(tokens, index, at)) return true;
    const verdict = verbTense(tokens, index, !possessive && at - index <= SCHEDULED_REACH);
    if (verdict !== null) return verdict;
  }
  for (let index = after; index < tokens.length && tokens[index]?.sentence === sentence; index++) {
    const verdict = verbTense(tokens, index, !possessive && index - after < SCHEDULED_REACH);
    if (verdict !== null) return verdict;
  }
  return null;
}

/** A verb group's tense; null when the token is no verb and the search goes on. */
type Verdict = boolean | "open" | null;

/**
 * true for a verb group of the future (`will meet`, `meets` next to the date, `is to resume`, `is expected in`, `plans to pay
 * down ... by`), false for one of the past (`met`, `has met`, `was due to expire`), null for one
 * that does not say (`would be paid`, `is derived`): "open", which ends the search.
 */
function verbTense(tokens: Token[], index: number, nearDate: boolean): Verdict {
  const pos = tokens[index]?.pos;
  const lower = tokens[index]?.lower ?? "";
  if (pos === "MD") return FUTURE_MODALS.has(lower) || (lower === "would" && reportedFuture(tokens, index)) ? true : null;
  if (pos === "VBZ" || pos === "VBP") return nearDate ? scheduledPresent(tokens, index) : null;
  if (pos !== "VB" && pos !== "VBD" && pos !== "VBN") return null;
  // the words before the verb: `will [be] held`, `expected to resume`, `was due to expire`
  const before = [1, 2, 3].map((back) => tokens[index - back]).filter((token): token is Token => token?.sentence === tokens[index]?.sentence);
  for (const [back, token] of before.entries()) {
    if (token.pos === "MD") return FUTURE_MODALS.has(token.lower) || (token.lower === "would" && reportedFuture(tokens, index - back - 1)) ? true : "open";
    // `was expected to keep rising until Thursday` points forward; `had been due to expire` does not
    if (token.pos === "TO" && PLANNED.test(before[back + 1]?.lower ?? "")) return before[back + 2]?.lower !== "been";
    // any other infinitive looks ahead of its own verb, which says nothing of the article date: `plans to pay down ... by February`
    if (token.pos === "TO") return "open";
    if (token.pos === "VBD") return false;
    if (token.pos === "VBZ" || token.pos === "VBP") {
      if (/^(?:has|have|'ve)$/.test(token.lower)) return false;
      return pos === "VBN" && PLANNED.test(lower) ? true : "open";
    }
  }
  return pos === "VB" ? null : false;
}

/** Reporting verbs whose `would` is the future seen from the report: `said its supporters would protest on Saturday`. */
const REPORTING = /^(?:said|told|announced|added|warned|promised|pledged|vowed|predicted|expected|confirmed|stated|declared|indicated)$/;

/** `would` at `index` follows, in its sentence, a reporting verb in the past: the future of the report, which is the article's. */
function reportedFuture(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && tokens[k]?.sentence === tokens[index]?.sentence; k--) if (REPORTING.test(tokens[k]!.lower) && tokens[k]!.pos === "VBD") return true;
  return false;
}

/**
 * News writes what is scheduled in the simple present or the progressive: `the council [meets]
 * Monday`, `talks [resume] on Friday`, `ministers [are] meeting Friday` point forward; past events
 * are told in the past tense. Reporting and thinking verbs (`officials say`) and a bare `is` or
 * `has` do not tell, and the search goes on.
 */
function scheduledPresent(tokens: Token[], index: number): Verdict {
  const lower = tokens[index]?.lower ?? "";
  if (AUXILIARY.test(lower)) return /ing$/.test(tokens[index + 1]?.lower ?? "") && /^(?:is|are|am|'s|'re)$/.test(lower) ? true : null;
  return NOT_SCHEDULING.test(lower) ? null : true;
}

/**
 * `the vote [is] Friday`, `the deadline is on [Aug. 20]`: a present `be` whose complement is the
 * date schedules it; past events take `was`.
 */
function isComplementOfBe(tokens: Token[], index: number, at: number): boolean {
  if (!/^(?:is|are|'s|'re)$/.test(tokens[index]?.lower ?? "")) return false;
  const between = tokens.slice(index + 1, at).map((token) => token.lower);
  return between.length === 0 || (between.length === 1 && /^(?:on|at)$/.test(between[0] ?? ""));
}

function firstTokenFrom(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

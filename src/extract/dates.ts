// Date mentions as TIMEX3: chrono-node finds calendar dates and times, small finders add what
// it misses or misreads (durations, sets, PRESENT_REF and kin, bare years), and the longest
// reading of each stretch of text wins.
import type { DateMention } from "../schema.js";
import type { Doc, Draft } from "../pipeline/types.js";
import { findAnaphora, resolveAnaphora } from "./dates/anaphora.js";
import { findBoundaries } from "./dates/boundaries.js";
import { type Candidate, settleOverlaps } from "./dates/candidate.js";
import { runChrono } from "./dates/chrono-runner.js";
import { chronoTimex } from "./dates/chrono-timex.js";
import { findCenturies } from "./dates/centuries.js";
import { withDaysWritten } from "./dates/clock-days.js";
import { findComingPeriods } from "./dates/coming-periods.js";
import { findVagueAgo } from "./dates/vague-ago.js";
import { findDurations } from "./dates/durations.js";
import { findFollowingPeriods, resolveFollowingPeriods } from "./dates/following-periods.js";
import { withModifier } from "./dates/modifiers.js";
import { findHolidays } from "./dates/holidays.js";
import { isFalseChronoHit } from "./dates/negatives.js";
import { partOfDate, withPartOfDay } from "./dates/part-of-date.js";
import { findQuarters } from "./dates/quarters.js";
import { findReferences } from "./dates/references.js";
import { findRelativeMonths } from "./dates/relative-months.js";
import { findReportedPeriods } from "./dates/reported-periods.js";
import { findSeasons } from "./dates/seasons.js";
import { findSets } from "./dates/sets.js";
import { findSpokenYears } from "./dates/spoken-years.js";
import { closePastAt, tenseAt } from "./dates/tense.js";
import { withTrailer } from "./dates/trailers.js";
import { findYears } from "./dates/years.js";
import { findZonedTimes } from "./dates/zoned-times.js";
import { textBefore } from "../window.js";

// `ended ` before the date
const ENDED_WIDTH = 8;
// `the `, `this ` before the date
const DETERMINER_WIDTH = 8;

/** chrono leaves out the determiner of `[the weekend]`, `[the morning]`, `[the night of Aug. 7]`, `[the next year]`, `[this past weekend]`; TimeML keeps it. */
const PART_AFTER_THE = /^(?:(?:weekend|morning|afternoon|evening|night)(?:$|\s+of\s)|(?:next|past|last|coming|previous|following)\s)/i;
/** `the year ended [March 31]`: a past date even in a clause that says nothing of tense (as is one right after a past verb, closePastAt). */
const ENDED = /\bended\s+$/i;
/** `the` before any of those; `this` only before `past`: chrono reads `this week` whole, not `this past week`. */
const DETERMINER_BEFORE = /\b(the|this)\s+$/i;

export function extractDates(doc: Doc): Partial<Draft> {
  const text = doc.text;
  const tense = (start: number, end: number) => tenseAt(text, start, end, doc.analysis.tokens);
  const future = (start: number, end: number) => tense(start, end) === true;
  const ranked = [
    // on equal spans the earlier list wins: `For [three years]` is a duration, not chrono's 2020
    findDurations(text),
    findSets(text),
    findBoundaries(text, doc.reference, tense),
    findAnaphora(text, doc.reference),
    findReportedPeriods(text, doc.reference),
    findFollowingPeriods(text, doc.reference),
    findReferences(text),
    findQuarters(text, doc.reference),
    findYears(text, doc.reference),
    findCenturies(text, doc.reference),
    findComingPeriods(text, doc.reference),
    findVagueAgo(text),
    findZonedTimes(text, doc.reference),
    findSpokenYears(text),
    findSeasons(text, doc.reference, future),
    findHolidays(text, doc.reference, future),
    findRelativeMonths(text, doc.reference),
    chronoCandidates(doc),
  ];
  const settled = settleOverlaps(ranked, text.length).filter((candidate) => !inDateline(doc, candidate));
  const dates = withDaysWritten(resolveFollowingPeriods(resolveAnaphora(settled, text, sentenceFinder(doc))), text)
    .map((candidate) => mention(doc, withTrailer(text, withModifier(text, candidate))));
  return { dates };
}

/** `BEIRUT, Nov 5 (Reuters) -`: the dateline's date is metadata (doc.dateline), not a mention. */
function inDateline(doc: Doc, candidate: Candidate): boolean {
  return doc.dateline !== null && candidate.start < doc.dateline.end && doc.dateline.start < candidate.end;
}

/** The index of the sentence that holds an offset, by binary search over sentence starts. */
function sentenceFinder(doc: Doc): (offset: number) => number {
  const sentences = doc.analysis.sentences;
  return (offset) => {
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sentences[middle]?.start ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  };
}

function chronoCandidates(doc: Doc): Candidate[] {
  const sentenceStarts = doc.analysis.sentences.map((sentence) => sentence.start);
  const candidates: Candidate[] = [];
  for (const hit of runChrono(doc.text, doc.reference, sentenceStarts)) {
    if (isFalseChronoHit(doc.text, hit)) continue;
    const anchor = {
      reference: doc.reference,
      future: tenseAt(doc.text, hit.start, hit.end, doc.analysis.tokens),
      ended: ENDED.test(textBefore(doc.text, hit.start, ENDED_WIDTH)) || closePastAt(hit.start, doc.analysis.tokens),
    };
    const phrase = doc.text.slice(hit.start, hit.end);
    const part = partOfDate(doc.text, hit, doc.reference);
    const timex = part ? withPartOfDay(chronoTimex(part.hit, part.phrase, anchor), part.code) : chronoTimex(hit, phrase, anchor);
    const source = `chrono/${hit.parsers.join("+") || "casual"}`;
    const before = PART_AFTER_THE.test(phrase) ? DETERMINER_BEFORE.exec(textBefore(doc.text, hit.start, DETERMINER_WIDTH)) : null;
    const determiner = before && (/^the$/i.test(before[1] ?? "") || /^past\s/i.test(phrase)) ? before[0].length : 0;
    candidates.push({ start: hit.start - determiner, end: hit.end, ...timex, mod: null, source });
  }
  return candidates;
}

function mention(doc: Doc, candidate: Candidate): DateMention {
  const { start, end, type, value, mod, source } = candidate;
  return { start, end, text: doc.raw.slice(start, end), source: `extract/dates:${source}`, type, value, mod };
}

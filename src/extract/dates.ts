// Date mentions as TIMEX3: chrono-node finds calendar dates and times, small finders add what
// it misses or misreads (durations, sets, PRESENT_REF and kin, bare years), and the longest
// reading of each stretch of text wins.
import type { DateMention } from "../schema.js";
import type { Doc, Draft } from "../pipeline/types.js";
import { type Candidate, settleOverlaps } from "./dates/candidate.js";
import { runChrono } from "./dates/chrono-runner.js";
import { chronoTimex } from "./dates/chrono-timex.js";
import { findDurations } from "./dates/durations.js";
import { withModifier } from "./dates/modifiers.js";
import { isFalseChronoHit } from "./dates/negatives.js";
import { findQuarters } from "./dates/quarters.js";
import { findReferences } from "./dates/references.js";
import { findRelativeMonths } from "./dates/relative-months.js";
import { findSets } from "./dates/sets.js";
import { speaksOfFuture } from "./dates/tense.js";
import { findYears } from "./dates/years.js";

export function extractDates(doc: Doc): Partial<Draft> {
  const text = doc.text;
  const ranked = [
    // on equal spans the earlier list wins: `For [three years]` is a duration, not chrono's 2020
    findDurations(text),
    findSets(text),
    findReferences(text),
    findQuarters(text, doc.reference),
    findYears(text),
    findRelativeMonths(text, doc.reference),
    chronoCandidates(doc),
  ];
  const dates = settleOverlaps(ranked, text.length).map((candidate) => mention(doc, withModifier(text, candidate)));
  return { dates };
}

function chronoCandidates(doc: Doc): Candidate[] {
  const sentenceStarts = doc.analysis.sentences.map((sentence) => sentence.start);
  const candidates: Candidate[] = [];
  for (const hit of runChrono(doc.text, doc.reference, sentenceStarts)) {
    if (isFalseChronoHit(doc.text, hit)) continue;
    const anchor = { reference: doc.reference, future: speaksOfFuture(doc.text, hit.start) };
    const timex = chronoTimex(hit, doc.text.slice(hit.start, hit.end), anchor);
    const source = `chrono/${hit.parsers.join("+") || "casual"}`;
    candidates.push({ start: hit.start, end: hit.end, ...timex, mod: null, source });
  }
  return candidates;
}

function mention(doc: Doc, candidate: Candidate): DateMention {
  const { start, end, type, value, mod, source } = candidate;
  return { start, end, text: doc.raw.slice(start, end), source: `extract/dates:${source}`, type, value, mod };
}

// What every date finder proposes, and how overlapping proposals are settled.
import type { DateMod, DateType } from "../../schema.js";

/** A proposed date mention; offsets point into `doc.text` (and so into `doc.raw`). */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  value: string | null;
  mod: DateMod | null;
  /** The finder, e.g. `duration` or `chrono/ENMonthNameParser`: for people, never read by a later pass. */
  source: string;
  /** A period named by reference to another (`the quarter`, `the year-earlier quarter`), resolved by anaphora.ts. */
  anaphora?: Anaphora;
  /** `the following year`, `the next morning`: counted from the date written before it (following-periods.ts). */
  following?: Following;
}

export type Anaphora = "current" | "past-period" | "quarter" | "year-before" | "year-before-ordinal" | "year-before-months" | "year-period";

export interface Following {
  unit: "year" | "month" | "week" | "day";
  shift: number;
  /** TimeML's code of a part of the day (`TNI` of `that night`), or empty. */
  partOfDay: string;
}

/**
 * Keeps the longest of overlapping candidates (`the past week` over `the past`); on equal
 * length the earlier finder in `ranked` wins (`three years` as a duration over chrono's date).
 * Linear in the text: accepted spans are marked on one array.
 */
export function settleOverlaps(ranked: Candidate[][], textLength: number): Candidate[] {
  const all = ranked.flatMap((list, rank) => list.map((candidate) => ({ candidate, rank })));
  all.sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.rank - b.rank);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const { candidate } of all) {
    if (isTaken(taken, candidate)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, candidate: Candidate): boolean {
  // each candidate scans only its own span: the work is the candidates' total length
  for (let at = candidate.start; at < candidate.end; at++) if (taken[at]) return true;
  return false;
}

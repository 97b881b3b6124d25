// A stretch back with no count: `years ago`, `many years ago`, `just months ago` -> PAST_REF, as
// `several years ago` is. chrono reads a count before `ago`, not a bare plural. Not `(not that)
// long ago`, which TimeBank leaves out.
import type { Candidate } from "./candidate.js";

const VAGUE_AGO = /\b(?:(?:many|some|a number of)\s+)?(?:minutes|hours|days|weeks|months|years|decades|centuries)\s+ago\b/gi;

export function findVagueAgo(text: string): Candidate[] {
  return [...text.matchAll(VAGUE_AGO)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: "DATE",
    value: "PAST_REF",
    mod: null,
    source: "vague-ago",
  }));
}

// Seasons as TIMEX3 (`2017-SU`): `this summer`, `last winter`, `the spring of 1998`, `summer 2013`,
// and a bare `summer`, which is the most recent one in past-tense text and the next one in future
// text. A winter belongs to the year it begins in: in February 2018 `last winter` is 2017-WI.
import { dayOf, pad } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { startsSentence } from "./sentence-start.js";
import { textBefore } from "../../window.js";

// `in `, `until `, `mid-` before a season
const SEASON_LEAD_WIDTH = 12;

const SEASON_CODES = ["SP", "SU", "FA", "WI"];
const SEASON_INDEX: Record<string, number> = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 };

const SEASON = new RegExp(
  String.raw`\b(?:(this|last|next|past|coming|the)\s+(?:(past|coming)\s+)?)?(spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?\s+(\d{4})\b)?`,
  "gid",
);
/** `in summer`, `by winter`: a preposition leads to a bare season, as it does to a bare month. */
const SEASON_LEAD = /\b(?:in|by|until|since|during|through|before|after|early|late|mid|this|last|next)[\s-]+$/i;

export function findSeasons(text: string, reference: Date | null, future: (start: number, end: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(SEASON)) {
    const [whole, direction, secondDirection, word = "", written] = match;
    const season = SEASON_INDEX[word.toLowerCase()] ?? 0;
    const lead = direction?.toLowerCase();
    // `prices fall`, `the fall of Raqqa`, `the Arab Spring`: a season needs a determiner or a year,
    // and a capital only at the start of a sentence
    const wordStart = match.indices?.[3]?.[0] ?? match.index;
    if (/^[A-Z]/.test(word) && !written && !startsSentence(text, wordStart)) continue;
    if (word.toLowerCase() === "fall" && !written && (lead === undefined || /^\s+of\b/i.test(text.slice(match.index + whole.length)))) continue;
    if (!lead && !written && !SEASON_LEAD.test(textBefore(text, match.index, SEASON_LEAD_WIDTH))) continue;
    const direction2 = secondDirection?.toLowerCase() ?? (lead === "the" ? undefined : lead);
    const year = written ? Number(written) : reference ? yearOf(reference, season, direction2, future(match.index, match.index + match[0].length)) : null;
    const value = `${year === null ? "XXXX" : pad(year, 4)}-${SEASON_CODES[season]}`;
    found.push({ start: match.index, end: match.index + whole.length, type: "DATE", value, mod: null, source: "season" });
  }
  return found;
}

/** The season's year from the article date: `last` and `past` before its own season, `next` and `coming` after. */
function yearOf(reference: Date, season: number, direction: string | undefined, future: boolean): number {
  const today = dayOf(reference);
  // the season the article date falls in, and the year that season began in
  const current = today.month < 3 ? 3 : Math.floor(today.month / 3) - 1;
  const currentYear = today.month < 3 ? today.year - 1 : today.year;
  if (direction === "this") return season === current ? currentYear : today.year;
  const before = season < current ? currentYear : currentYear - 1; // the last one that has ended
  const after = season > current ? currentYear : currentYear + 1; // the next one still to begin
  if (direction === "last" || direction === "past") return before;
  if (direction === "next" || direction === "coming") return after;
  return season === current ? currentYear : future ? after : before;
}

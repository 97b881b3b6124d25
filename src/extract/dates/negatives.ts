// chrono readings that are not dates in news text. Each rule is general: a word class or a
// shape, never a phrase from one article.
import { MONTH_WORD_PATTERN } from "../../lexicon/months.js";
import type { ChronoHit } from "./chrono-runner.js";
import { VERB_BEFORE } from "./durations.js";
import { UNIT_PATTERN } from "./units.js";
import { startsSentence } from "./sentence-start.js";
import { textAfter, textBefore } from "../../window.js";

// `F-`, `mid-` before the hit: a longer token it is part of
const JOINED_BEFORE_WIDTH = 4;
// `-l` of `-long`, `/1` after it
const JOINED_AFTER_WIDTH = 2;
// `could `, `to ` before `last`
const VERB_WIDTH = 12;
// `good `, `a `, `per ` before a part of the day
const PART_OF_DAY_WIDTH = 8;
// `day and ` before `night`, ` and day` after it
const DAY_AND_NIGHT_WIDTH = 8;
// ` Times`, ` Night Football` after a weekday
const PUBLICATION_WIDTH = 24;
// `in `, `since `, `the ` before a bare month
const MONTH_LEAD_WIDTH = 16;
// ` a` of ` agreement` after a month used as an adjective
const LOWERCASE_WORD_WIDTH = 3;

const MONTH_WORD = new RegExp(`^(?:${MONTH_WORD_PATTERN})\\b`, "i");
const FULL_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|\bweekend\b/;
/** Before a bare month: `in June`, `since May`, `last March`, `early September`, `figures for January`. */
const MONTH_LEAD = /\b(?:in|since|until|till|by|before|after|from|through|during|to|for|and|or|of|last|next|this|early|late|mid|end|beginning|start|middle|between)[\s-]+$/i;
/** A determiner before a month used as an adjective: `under a June agreement`, `the October sales`. */
const MONTH_DETERMINER = /\b(?:a|an|the|its|their|his|her|our)\s+$/i;
const LOWERCASE_WORD_AFTER = /^\s+\p{Ll}/u;
/** Newspaper and programme names that begin with a weekday: `The Sunday Times`, `Monday Night Football`. */
const PUBLICATION_AFTER = /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|Sun|Tribune|Independent|Observer|Journal|Night Football|Morning Herald)\b/;
/** `Good evening`, a greeting; `$40 a night`, a rate: a part of the day with no day of its own. */
const NO_PART_OF_DAY_BEFORE = /\b(?:good|a|per)\s+$/i;
const BARE_PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
/** `worked day and night`, `night and day`: all the time, not a night. */
const DAY_AND_NIGHT = /^(?:night|morning)$/i;
/** `could last two days`: `last` is the verb there, and the durations finder reads what follows. */
const VERB_LAST = /^last\s/i;
/** A count of time ends in a unit written in full: `in two weeks`, not chrono's `in half and` (`d` for days). */
const FULL_UNIT_END = new RegExp(`\\b(?:${UNIT_PATTERN})$`, "i");

export function isFalseChronoHit(text: string, hit: ChronoHit): boolean {
  const phrase = text.slice(hit.start, hit.end);
  const { parsers } = hit;
  // part of a longer token: `after a months[-long]`, `F-[16]`, `2017/[18]`; but `mid-[November]`
  const before = textBefore(text, hit.start, JOINED_BEFORE_WIDTH);
  if ((/[\p{L}\p{N}/-]$/u.test(before) && !/\bmid-$/i.test(before)) || /^(?:[\p{L}\p{N}/]|-\p{L})/u.test(textAfter(text, hit.end, JOINED_AFTER_WIDTH))) {
    return true;
  }
  // `the SEC`, `SAT`: an acronym, not `sec` or `sat`
  if (/^(?:the\s+)?[A-Z]{2,}$/.test(phrase) && !MONTH_WORD.test(phrase.replace(/^the\s+/, ""))) return true;
  if (VERB_LAST.test(phrase) && VERB_BEFORE.test(textBefore(text, hit.start, VERB_WIDTH))) return true;
  if (BARE_PART_OF_DAY.test(phrase) && NO_PART_OF_DAY_BEFORE.test(textBefore(text, hit.start, PART_OF_DAY_WIDTH))) return true;
  if (DAY_AND_NIGHT.test(phrase) && (/\bday\s+and\s+$/i.test(textBefore(text, hit.start, DAY_AND_NIGHT_WIDTH)) || /^\s+and\s+day\b/i.test(textAfter(text, hit.end, DAY_AND_NIGHT_WIDTH)))) return true;
  if (parsers.includes("ENWeekdayParser")) {
    // `he sat down`, `The Sun`, `wed`: only a full, capitalised weekday name (or `the weekend`)
    if (!FULL_WEEKDAY.test(phrase)) return true;
    if (PUBLICATION_AFTER.test(textAfter(text, hit.end, PUBLICATION_WIDTH))) return true;
  }
  // `three days later`, `a month after`: a duration and a signal in TimeML; the durations finder reads them
  if (parsers.includes("ENTimeUnitLaterFormatParser") && /\b(?:later|after)$/i.test(phrase)) return true;
  if (parsers.includes("ENTimeUnitAgoFormatParser") && /\bbefore$/i.test(phrase)) return true;
  // `in the year ended March 31`, `cut in half and`: chrono reads `the` and `half` as counts, and `d` as days
  if (parsers.includes("ENTimeUnitWithinFormatParser") && (/^(?:the|half)\b/i.test(phrase) || !FULL_UNIT_END.test(phrase))) return true;
  // ABC's `"This Week"`: a unit with a capital inside a sentence is a title
  if (parsers.includes("ENRelativeDateFormatParser") && /^[A-Z]\w*\s+[A-Z]/.test(phrase) && !startsSentence(text, hit.start)) return true;
  if (isBareMonth(hit) && !isMonthInContext(text, hit, phrase)) return true;
  return false;
}

/** `September`, `May`: a month name with no day or year written. */
function isBareMonth(hit: ChronoHit): boolean {
  const start = hit.result.start;
  return hit.parsers.includes("ENMonthNameParser") && !start.isCertain("year") && !start.isCertain("day");
}

/** `march` the verb and `May` the name: a bare month needs its capital and a word that leads to a time. */
function isMonthInContext(text: string, hit: ChronoHit, phrase: string): boolean {
  const month = MONTH_WORD.exec(phrase.replace(/^(?:the\s+)?/i, ""));
  if (!month || !/^[A-Z]/.test(month[0])) return false;
  const before = textBefore(text, hit.start, MONTH_LEAD_WIDTH);
  return MONTH_LEAD.test(before) || (MONTH_DETERMINER.test(before) && LOWERCASE_WORD_AFTER.test(textAfter(text, hit.end, LOWERCASE_WORD_WIDTH)));
}

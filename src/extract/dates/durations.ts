// Durations that chrono reads as dates or misses: `for three years`, `the past week`,
// `the past two years`, `a few days`, `more than a year`, `two-year` (as in `a two-year war`),
// `two to three weeks` (PXW), `2 1/2 years` (P2Y6M), `the weeks ahead`.
// The leading preposition stays outside the span, as in TimeML: `For [three years]`.
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";
import { COUNT_PATTERN, countValue, NUMBER_WORDS } from "./numbers.js";
import { durationValue, type Unit, UNIT_PATTERN, unitOf } from "./units.js";
import { startsSentence } from "./sentence-start.js";
import { textAfter, textBefore } from "../../window.js";

// `could last `, `throughout `, `over `: the words before a duration
const LEAD_WIDTH = 16;
// ` from now`, `-year-old` after it
const NOT_A_DURATION_WIDTH = 24;
// `' War` after `Hundred Years`
const NAME_AFTER_WIDTH = 12;
// ` of` after a unit: `three quarters of`
const OF_WIDTH = 4;
// ` later`, ` before` after it
const SIGNAL_WIDTH = 8;

const DURATION = new RegExp(
  String.raw`\b(?:(?<modWord>no more than|more than|less than|fewer than|at least|up to|about|around|nearly|almost|roughly|approximately|some(?=\s+(?:\d|(?:${NUMBER_WORDS})\b)))\s+)?` +
    String.raw`(?:(?<determiner>the|these)\s+)?` +
    String.raw`(?:(?<modifier>past|last|next|coming|previous|following|first|final|recent)\s+)?` +
    // `two to three weeks`, `12 to 18 months`: a range of counts is one vague duration
    String.raw`(?:(?<rangeFrom>\d{1,3}|${NUMBER_WORDS})\s+(?:to|or)\s+(?=\S+[\s-]+(?:(?:trading|business|working|calendar)\s+)?(?:${UNIT_PATTERN})\b))?` +
    // `2 1/2 years`, `two and a half years`, `20 more years`, `an additional year`
    String.raw`(?:(?<countWord>${COUNT_PATTERN})(?<half>\s+1\/2|\s+and\s+a\s+half)?[\s-]+(?:(?:more|additional|extra|further)\s+)?)?` +
    // `eight trading days`: a kind of day between the count and the unit
    String.raw`(?:(?:trading|business|working|calendar)\s+(?=days?\b))?` +
    String.raw`(?<unitWord>${UNIT_PATTERN})\b` +
    // `a minute and a half`; `in the weeks ahead`: a stretch still to come
    String.raw`(?<halfAfter>\s+and\s+a\s+half\b)?` +
    String.raw`(?<ahead>\s+ahead\b)?` +
    // `weeks or months`, `the next two years or so`: the first unit gives the value
    String.raw`(?:\s+or\s+(?:so\b|(?:${UNIT_PATTERN})\b))?`,
  "gid",
);

const MODS: Record<string, DateMod> = {
  "no more than": "EQUAL_OR_LESS",
  "more than": "MORE_THAN",
  "less than": "LESS_THAN",
  "fewer than": "LESS_THAN",
  nearly: "LESS_THAN",
  almost: "LESS_THAN",
  "at least": "EQUAL_OR_MORE",
  "up to": "EQUAL_OR_LESS",
  about: "APPROX",
  around: "APPROX",
  roughly: "APPROX",
  approximately: "APPROX",
  // `some 20 years`: before a number, an approximation; `some years` is a vague count
  some: "APPROX",
};

/** Before a bare unit: `for years`, `over a week`, `within two days`. */
const DURATION_PREPOSITION = /\b(?:for|over|during|within|throughout|lasting|spanning|spent)\s+$/i;
/** `over the years`, `through the decades` (not `during the years of war`). */
const OVER_BEFORE = /\b(?:over|through|throughout)\s+$/i;
/** `the worst drought in [decades]`, `the first time in [years]`: `in` before a bare plural unit (not `in years of war`). */
const IN_BEFORE = /\bin\s+$/i;
/** A capitalised word after: `Six-Day [War]`, `Hundred Years'[ War]`. */
const NAME_AFTER = /^'?\s+[A-Z]/;
/** After: a point in time (`two years ago`, chrono's) or an age (`30-year-old`), or `months-long`. */
const NOT_A_DURATION_AFTER = /^(?:\s+(?:ago|earlier|hence|from now|old)\b|-(?:old|long)\b|-[a-z]+-old\b)/i;
/** `is expected to last several weeks`, `could last two days`: `last` is the verb, outside the span. */
export const VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|must|shall|not|n't)\s+$/i;
/** `could one day lead the party`: someday, a future reference, not a day's length. */
const MODAL_BEFORE = /\b(?:will|would|could|can|may|might|should|shall)\s+$/i;
/** TimeML reads `[three days] later`, `[a month] after` and `[several months] before` as a duration and a signal. */
const SIGNAL_AFTER = /^\s+(?:later|after|before)\b/i;
/**
 * Without a count, `the past week` and `the last month` are spans of time; `the next day` is a day,
 * and `the past year` and `the last decade` are the year and decade before the article's (anaphora).
 */
const BARE_SPAN_MODIFIERS = new Set(["past", "last"]);
const BARE_SPAN_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "quarter"]);

export function findDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(DURATION)) {
    const { modWord, determiner, rangeFrom, countWord, unitWord = "", half, halfAfter, ahead } = match.groups ?? {};
    const unit = unitOf(unitWord);
    const groupIndices = match.indices?.groups;
    if (!unit || !groupIndices) continue;
    const before = textBefore(text, match.index, LEAD_WIDTH);
    const verbLast = match.groups?.modifier?.toLowerCase() === "last" && determiner === undefined && modWord === undefined && VERB_BEFORE.test(before);
    const modifier = verbLast ? undefined : match.groups?.modifier;
    const indices: Record<string, [number, number] | undefined> = verbLast ? { ...groupIndices, modifier: undefined } : groupIndices;
    if (/^one$/i.test(countWord ?? "") && unit.granularity === "day" && modifier === undefined && MODAL_BEFORE.test(before)) continue;
    const end = match.index + match[0].length;
    if (NOT_A_DURATION_AFTER.test(textAfter(text, end, NOT_A_DURATION_WIDTH))) continue;
    // `the Six-Day War`, `the Hundred Years War`: a capitalised count and unit before a capitalised word is a name
    if (/^[A-Z]/.test(countWord ?? "") && /^[A-Z]/.test(unitWord) && NAME_AFTER.test(textAfter(text, end, NAME_AFTER_WIDTH)) && !startsSentence(text, groupIndices.countWord?.[0] ?? match.index)) continue;
    const plural = /s$/i.test(unitWord);
    const unitStart = indices.unitWord?.[0] ?? end;
    // `three quarters of the city`, `three-quarters`, `fell by more than a quarter`: a fraction
    if (unit.granularity === "quarter" && (/^\s+of\b/i.test(textAfter(text, end, OF_WIDTH)) || (plural && text[unitStart - 1] === "-") || /^an?$/i.test(countWord ?? ""))) continue;
    const count = countWord === undefined ? null : rangeFrom === undefined ? countValue(countWord) : "X";
    // `a month of very low water`: the stretch of time is the head of its phrase
    const bareAfterIn = countWord === undefined && IN_BEFORE.test(before) && !/^\s+of\b/i.test(textAfter(text, end, OF_WIDTH));
    const afterPreposition =
      verbLast || bareAfterIn || DURATION_PREPOSITION.test(before) || SIGNAL_AFTER.test(textAfter(text, end, SIGNAL_WIDTH)) || (unit.granularity !== "quarter" && /^\s+of\b/i.test(textAfter(text, end, OF_WIDTH)));
    // `over [the years]`, `through [the decades]`: the years a story looks back over
    const lookingBack = determiner?.toLowerCase() === "the" && OVER_BEFORE.test(before) && !/^\s+of\b/i.test(textAfter(text, end, OF_WIDTH));
    if (!isDuration({ determiner, modifier, count, countWord, plural, afterPreposition, lookingBack, ahead: ahead !== undefined, modWord, unit: unit.granularity })) continue;
    // a modifier word only counts before a number: `about [the past week]`, `at least [several years]`, but `[about a week]`
    const keepsMod = modWord !== undefined && determiner === undefined && typeof count === "number";
    // `the [two-week] truce`, `the [two day] rally`: as an adjective the duration leaves the determiner to its noun
    const adjective = countWord !== undefined && (text[unitStart - 1] === "-" || (!plural && typeof count === "number" && count > 1));
    const countStart = indices.rangeFrom?.[0] ?? indices.countWord?.[0] ?? match.index;
    const start = keepsMod ? match.index : adjective && !modifier ? countStart : firstGroupStart(indices, match.index);
    found.push({
      start,
      end,
      type: "DURATION",
      value: (half ?? halfAfter) !== undefined && typeof count === "number" ? halfValue(count, unit) : durationValue(count ?? (plural ? "X" : 1), unit),
      mod: keepsMod ? (MODS[modWord.toLowerCase()] ?? null) : null,
      source: "duration",
    });
  }
  return joinCompounds(text, found);
}

/** The next unit down for half of one: `2 1/2 years` -> P2Y6M, `a minute and a half` -> PT1M30S. */
const HALVES: Partial<Record<Unit["granularity"], string>> = { year: "6M", day: "T12H", hour: "30M", minute: "30S" };

function halfValue(count: number, unit: Unit): string {
  const half = HALVES[unit.granularity];
  return half ? `${durationValue(count, unit)}${half}` : durationValue(count, unit);
}

/** `six years and three months` -> one duration, P6Y3M; units must come largest first. */
function joinCompounds(text: string, found: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const candidate of found) {
    const previous = joined.at(-1);
    const between = previous ? text.slice(previous.end, candidate.start) : "";
    const merged = previous && /^,?\s+and\s+$/.test(between) ? compoundValue(previous, candidate) : null;
    if (previous && merged) joined[joined.length - 1] = { ...previous, end: candidate.end, value: merged };
    else joined.push(candidate);
  }
  return joined;
}

const ORDER = "YMWDTHMS";

function compoundValue(first: Candidate, second: Candidate): string | null {
  const a = /^P(\d+)([YMWD])$/.exec(first.value ?? "");
  const b = /^P(\d+)([YMWD])$/.exec(second.value ?? "");
  if (!a || !b || first.mod || second.mod || ORDER.indexOf(a[2] ?? "") >= ORDER.indexOf(b[2] ?? "")) return null;
  return `P${a[1]}${a[2]}${b[1]}${b[2]}`;
}

interface Shape {
  determiner: string | undefined;
  modifier: string | undefined;
  count: number | "X" | null;
  countWord: string | undefined;
  plural: boolean;
  afterPreposition: boolean;
  /** `over the years`: `the` and a bare plural after `over` or `through`. */
  lookingBack: boolean;
  ahead: boolean;
  modWord: string | undefined;
  unit: Unit["granularity"];
}

function isDuration(shape: Shape): boolean {
  const modifier = shape.modifier?.toLowerCase();
  // `a months-long`, `a years`: not a count of that unit
  if (shape.plural && shape.count === 1 && /^an?$/i.test(shape.countWord ?? "")) return false;
  if (shape.count !== null) {
    // `$5 a year` is a rate and `a year ago` a date: a lone `a` needs `for`/`over`/`more than` before it
    if (/^an?$/i.test(shape.countWord ?? "")) return shape.afterPreposition || shape.modWord !== undefined || modifier !== undefined;
    // `the first nine months`, `the last two years`: `first` and `final` need a count, which they have here
    return true;
  }
  // `for years`, `the weeks ahead`
  if (modifier === undefined) return shape.plural && (shape.ahead || shape.lookingBack || (shape.afterPreposition && shape.determiner === undefined));
  // `last week` is a date, for chrono; `recent months` a stretch of them, but `recent years` a
  // past reference, which the references finder reads
  if (shape.determiner === undefined) return modifier === "recent" && shape.plural && shape.unit !== "year" && shape.unit !== "decade";
  return shape.plural ? modifier !== "first" && modifier !== "final" : BARE_SPAN_MODIFIERS.has(modifier) && BARE_SPAN_UNITS.has(shape.unit);
}

/** Where the span starts once a leading modifier word is dropped: the first group after it. */
function firstGroupStart(indices: Record<string, [number, number] | undefined>, fallback: number): number {
  for (const group of ["determiner", "modifier", "rangeFrom", "countWord", "unitWord"]) {
    const at = indices[group];
    if (at) return at[0];
  }
  return fallback;
}

// Durations that chrono reads as dates or misses: `for three years`, `the past week`,
// `the past two years`, `a few days`, `more than a year`, `two-year` (as in `a two-year war`).
// The leading preposition stays outside the span, as in TimeML: `For [three years]`.
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";
import { COUNT_PATTERN, countValue } from "./numbers.js";
import { durationValue, UNIT_PATTERN, unitOf } from "./units.js";

const DURATION = new RegExp(
  String.raw`\b(?:(more than|less than|fewer than|at least|up to|about|around|nearly|almost|roughly|approximately)\s+)?` +
    String.raw`(?:(the|these)\s+)?` +
    String.raw`(?:(past|last|next|coming|previous|following|first|final|recent)\s+)?` +
    String.raw`(?:(${COUNT_PATTERN})[\s-]+)?` +
    String.raw`(${UNIT_PATTERN})\b`,
  "gid",
);

const MODS: Record<string, DateMod> = {
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
};

/** Before a bare unit: `for years`, `over a week`, `within two days`. */
const DURATION_PREPOSITION = /\b(?:for|over|during|within|throughout|lasting|spanning|spent)\s+$/i;
/** After: a point in time (`two years ago`, chrono's) or an age (`30-year-old`), or `months-long`. */
const NOT_A_DURATION_AFTER = /^(?:\s+(?:ago|earlier|hence|from now|old)\b|-(?:old|long)\b|-[a-z]+-old\b)/i;
/** TimeML reads `[three days] later` and `[a month] after` as a duration and a signal. */
const SIGNAL_AFTER = /^\s+(?:later|after)\b/i;
/** Without a count, `the past week` and `the last month` are spans of time; `the next day` is a day. */
const BARE_SPAN_MODIFIERS = new Set(["past", "last"]);

export function findDurations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(DURATION)) {
    const [, modWord, determiner, modifier, countWord, unitWord] = match;
    const unit = unitOf(unitWord ?? "");
    const indices = match.indices;
    if (!unit || !indices) continue;
    const end = match.index + match[0].length;
    if (NOT_A_DURATION_AFTER.test(text.slice(end, end + 24))) continue;
    const plural = /s$/i.test(unitWord ?? "");
    // `three quarters of the city`, `three-quarters`, `fell by more than a quarter`: a fraction
    if (unit.granularity === "quarter" && (/^\s+of\b/i.test(text.slice(end, end + 4)) || (plural && text[(indices[5]?.[0] ?? 0) - 1] === "-") || /^an?$/i.test(countWord ?? ""))) continue;
    const count = countWord === undefined ? null : countValue(countWord);
    // `a month of very low water`: the stretch of time is the head of its phrase
    const afterPreposition =
      DURATION_PREPOSITION.test(text.slice(Math.max(0, match.index - 16), match.index)) || SIGNAL_AFTER.test(text.slice(end, end + 8)) || (unit.granularity !== "quarter" && /^\s+of\b/i.test(text.slice(end, end + 4)));
    if (!isDuration({ determiner, modifier, count, countWord, plural, afterPreposition, modWord })) continue;
    // a modifier word only counts before a number: `about [the past week]`, `at least [several years]`, but `[about a week]`
    const keepsMod = modWord !== undefined && determiner === undefined && typeof count === "number";
    // `the [two-week] truce`: as an adjective the duration leaves the determiner to its noun
    const adjective = countWord !== undefined && text[(indices[5]?.[0] ?? 0) - 1] === "-";
    const start = keepsMod ? match.index : adjective && !modifier ? (indices[4]?.[0] ?? match.index) : firstGroupStart(indices, match.index);
    found.push({
      start,
      end,
      type: "DURATION",
      value: durationValue(count ?? (plural ? "X" : 1), unit),
      mod: keepsMod ? (MODS[modWord.toLowerCase()] ?? null) : null,
      source: "duration",
    });
  }
  return joinCompounds(text, found);
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
  modWord: string | undefined;
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
  if (modifier === undefined) return shape.afterPreposition && shape.plural && shape.determiner === undefined; // `for years`
  // `last week` is a date, for chrono; `recent years` a stretch of them
  if (shape.determiner === undefined) return modifier === "recent" && shape.plural;
  return shape.plural ? modifier !== "first" && modifier !== "final" : BARE_SPAN_MODIFIERS.has(modifier);
}

/** Where the span starts once a leading modifier word is dropped: the first group after it. */
function firstGroupStart(indices: RegExpIndicesArray, fallback: number): number {
  for (let group = 2; group < indices.length; group++) {
    const at = indices[group];
    if (at) return at[0];
  }
  return fallback;
}

// Figures: percentages, sums of money, counts, quantities, ordinals, fractions, ranges and
// scores, with their value, unit, qualifier, what they count and, for casualty counts, the event.
//
// Span convention: the number and its unit as written, without the qualifier: in
// `at least 20 people were killed` the figure is `20` with qualifier `at least`, unit `people`
// (a count's unit is the head of what it counts) and counted `people`. What a figure counts
// or is a part of stays out of the span (`85 percent of the city` -> `85 percent`, counted
// `the city`), except after a vague magnitude, where `of` and the noun belong to it
// (`millions of people`, `tens of thousands of refugees`). A currency sign is in the span
// (`$1.2 billion`); so is `between` in `between 10 and 15`.
import type { Doc, Draft } from "../pipeline/types.js";
import { span } from "../pipeline/types.js";
import type { Figure, FigureKind, Span } from "../schema.js";
import { endsCountedPhrase, eventOf, isEventWord } from "./figures/casualties.js";
import { isPeopleWord, nounPhraseAt, type NounPhrase } from "./figures/counted.js";
import { isYearLike, notAFigure, ordinalInDiscourse, ordinalInName } from "./figures/not-figures.js";
import { isSign, readNumber, type NumberRead } from "./figures/numbers.js";
import { pieces, type Piece } from "./figures/pieces.js";
import { qualifierBefore, type Qualifier } from "./figures/qualifiers.js";
import { pairAfter, type Pair } from "./figures/ranges.js";
import { canonicalUnit } from "../lexicon/units.js";
import { currencyInContext } from "./figures/currencies.js";
import { unitAfter, unitBefore, written, type Unit, type UnitRead } from "./figures/units.js";

const SOURCE = "extract/figures";

export function extractFigures(doc: Doc): Partial<Draft> {
  const all = pieces(doc.text);
  const figures: Figure[] = [];
  let at = 0;
  while (at < all.length) {
    const read = figureAt(doc, all, at);
    if (read.figure && representable(read.figure)) figures.push(read.figure);
    at = Math.max(read.next, at + 1);
  }
  return { figures };
}

/** 309 nines overflow to Infinity, `12.5.6.7nd` reads as NaN: a number no one can add up is no figure. */
function representable(figure: Figure): boolean {
  return [figure.value, figure.min, figure.max].every((x) => x === null || Number.isFinite(x));
}

interface FigureRead {
  figure: Figure | null;
  /** Piece to go on from. */
  next: number;
}

/** What the number counts. */
interface Counting {
  counted: NounPhrase | null;
  /** Right after the number (`20 people`), not a partitive (`20 of the fighters`). */
  direct: boolean;
  /** `millions of people`: the span runs to the counted noun. */
  spanned: boolean;
}

/** Time units that an ordinal counts off without naming a date: `the 17th minute`, `the third hour`. */
const CLOCK_UNITS = new Set(["h", "min", "s"]);

const NOTHING_COUNTED: Counting = { counted: null, direct: false, spanned: false };

const nothing = (next: number): FigureRead => ({ figure: null, next });

/** The number at a piece, with a unit written before it (`$5`, `magnitude 6.1`) and the qualifier before both. */
interface Head {
  number: NumberRead;
  before: (Unit & { first: number }) | null;
  /** A currency sign before it: `$5`. */
  currency: boolean;
  /** `−4`: the piece of the digits after the sign. */
  digitsAt: number;
  /** The figure's first piece: the unit before the number, else the number. */
  first: number;
  /** `between 10 and 15`: `between` is in the span. */
  between: boolean;
  qualifier: Qualifier | null;
}

/** What the number is with everything after it: its unit, the second number of a pair, what it counts. */
interface Reading {
  unit: UnitRead | null;
  pair: Pair | null;
  /** Piece after the number, its unit and its pair. */
  end: number;
  counting: Counting;
}

function figureAt(doc: Doc, all: Piece[], at: number): FigureRead {
  const head = headAt(all, at);
  if (!head) return nothing(at + 1);
  const unit = unitOf(doc, all, head);
  if (typeof unit === "number") return nothing(unit);
  const reading = readingAfter(all, head, unit.read);
  if (typeof reading === "number") return nothing(reading);
  const { counting, end } = reading;
  const countedHead = counting.counted ? all[counting.counted.last]! : null;
  // `one of the terrorists' last strongholds`, `one day`: `one` is a figure only with people or a bound
  if (all[at]!.lower === "one" && !(countedHead && isPeopleWord(countedHead) && counting.direct) && !head.qualifier) return nothing(head.number.next);
  const lastPiece = counting.spanned && counting.counted ? counting.counted.last : end - 1;
  // the event is read past what is counted: `20 people | were killed`, `three of his fighters | had been wounded`
  const afterCounted = counting.counted ? counting.counted.last + 1 : lastPiece + 1;
  return { figure: figureOf(doc, all, head, reading, lastPiece, afterCounted), next: counting.direct ? afterCounted : lastPiece + 1 };
}

function headAt(all: Piece[], at: number): Head | null {
  const before = all[at]!.type === "number" ? unitBefore(all, at) : null;
  const currency = before?.kind === "money";
  const number = readNumber(all, at, currency);
  if (!number) return null;
  const first = before?.first ?? number.first;
  const between = all[first - 1]?.lower === "between";
  // `ruled over millions of people`: a vague magnitude takes no qualifier
  const qualifier = between || number.kind === "vague" ? null : qualifierBefore(all, first);
  return { number, before, currency, digitsAt: isSign(all, at) ? at + 1 : at, first, between, qualifier };
}

/** The unit of the number; a piece to resume from when the number is no figure (a year, a name, a duration). */
function unitOf(doc: Doc, all: Piece[], { number, before, currency, digitsAt, between, qualifier }: Head): { read: UnitRead | null } | number {
  let unit = unitAfter(all, number.next, number.scale);
  if (number.digits) {
    // `1065–1280 cm−1`: a unit after the second number measures the first too
    const rangeUnit = isYearLike(all[digitsAt]!) ? pairAfter(all, number, unit, between, currency)?.unit : null;
    const measured = before !== null || qualifier !== null || (unit !== null && unit.kind !== "time") || (rangeUnit != null && rangeUnit.kind !== "time");
    const resume = notAFigure(all, digitsAt, { measured, fraction: number.kind === "fraction" });
    if (resume !== null) return resume;
    // `5G`, `3D`, `737MAX`: letters on a number make a name
    if (!unit && all[number.next]?.type === "word" && all[number.next]!.glued) return number.next + 1;
  }
  // `millions of dollars`, `thousands of tonnes`, `hundreds of years`
  if (!unit && number.kind === "vague" && all[number.next]?.lower === "of") unit = unitAfter(all, number.next + 1, number.scale);
  // `the 17th minute` is an ordinal; `the fifth day`, `the 21st century` are dates
  if (unit?.kind === "time" && number.kind === "ordinal" && CLOCK_UNITS.has(unit.unit)) unit = null;
  if (unit?.kind === "time") return unit.next;
  if (number.kind === "ordinal" && (ordinalInName(all[number.next]) || ordinalInDiscourse(all, number.first, number.next))) return number.next;
  if (before) return { read: { kind: before.kind, unit: before.unit, next: unit?.kind === before.kind ? unit.next : number.next } };
  // `25,000 rupees` in an article about Nepal
  if (unit?.kind === "money") return { read: { ...unit, unit: currencyInContext(doc, written(all, number.next, unit.next), unit.unit) } };
  return { read: unit };
}

/** The pair and what is counted after the number and its unit; a piece to resume from when they make a duration. */
function readingAfter(all: Piece[], { number, between, currency }: Head, numberUnit: UnitRead | null): Reading | number {
  const pair = pairAfter(all, number, numberUnit, between, currency);
  if (pair?.unit?.kind === "time") return pair.next;
  const unit = pair ? pair.unit : numberUnit;
  const end = pair?.next ?? unit?.next ?? number.next;
  const counting = pair?.kind === "score" || (number.kind === "ordinal" && unit) ? NOTHING_COUNTED : countingAfter(all, pair?.max ?? number, unit, end);
  if (counting === "time") return end + 1;
  return { unit, pair, end, counting };
}

function figureOf(doc: Doc, all: Piece[], head: Head, { unit, pair, end, counting }: Reading, lastPiece: number, afterCounted: number): Figure {
  const { number, qualifier, between, first } = head;
  const countedHead = counting.counted ? all[counting.counted.last]! : null;
  const kind = kindOf(number, unit, pair);
  const countsPeople = countedHead === null || isPeopleWord(countedHead) || isEventWord(countedHead.lower);
  const event =
    (kind === "count" || kind === "range") && countsPeople ? eventOf(all, qualifier?.first ?? (between ? first - 1 : first), afterCounted, countedHead?.lower ?? null) : null;
  return {
    ...span(doc, all[between ? first - 1 : first]!.start, all[lastPiece]!.end),
    source: `${SOURCE}:${ruleOf(number, unit, pair, event)}`,
    kind,
    value: valueOf(number, kind),
    unit: unit?.unit ?? countUnit(all, kind, counting.counted?.last ?? null, end),
    approximate: (qualifier?.approximate ?? false) || number.kind === "vague" || (pair?.approximate ?? false),
    qualifier: qualifier ? doc.raw.slice(qualifier.start, qualifier.end) : null,
    ...bounds(number, pair, qualifier?.bound ?? null),
    counted: counting.counted ? phraseSpan(doc, all, counting.counted) : null,
    event,
  };
}

/**
 * The rule that read a figure, named in its source tag (`extract/figures:currency`):
 *   casualties                        `at least 20 people were killed`: a count with its event
 *   range, score, uncertainty, list   `between 10 and 15`, `won 3-1`, `1.96 ± 0.08 GPa`, `34 and 38 °C`
 *   currency, percent, unit           `$1.2 billion`, `85 percent`, `20 km`, `magnitude 6.1`
 *   magnitude                         `millions of people`
 *   ordinal, fraction, count          `fifth attack`, `a third of the city`, `20 fighters`
 */
function ruleOf(number: NumberRead, unit: Unit | null, pair: Pair | null, event: string | null): string {
  if (event !== null) return "casualties";
  if (pair) return pair.kind;
  if (unit?.kind === "money") return "currency";
  if (unit?.kind === "percent") return "percent";
  if (unit) return "unit";
  if (number.kind === "vague") return "magnitude";
  return number.kind === "cardinal" ? "count" : number.kind;
}

/**
 * A count's unit is the head of what it counts, as written (`20 fighters`, `3 Rp`); `400 injured`
 * and `20 dead` count people.
 */
function countUnit(all: Piece[], kind: FigureKind, headAt: number | null, end: number): string | null {
  if (kind === "ordinal" || kind === "fraction") return null;
  if (headAt !== null) {
    const head = all[headAt]!;
    const noun = /^\p{Lu}\p{Ll}+$/u.test(head.text) && head.text.length > 3 ? head.lower : head.text;
    // `1000 stems/ha`, `13 pairs per mm`: a count over a unit
    const at = headAt + 1;
    const over = all[at]?.text === "/" && all[at]!.glued && all[at + 1]?.glued ? at + 1 : all[at]?.lower === "per" ? at + 1 : -1;
    const per = over > 0 ? unitAfter(all, over) : null;
    return per?.kind === "quantity" ? canonicalUnit(`${noun}/${written(all, over, per.next)}`) : noun;
  }
  const next = all[end];
  return kind === "count" && next && !next.newline && next.type === "word" && endsCountedPhrase(next.lower) ? "people" : null;
}

function kindOf(number: NumberRead, unit: Unit | null, pair: Pair | null): FigureKind {
  if (pair && pair.kind !== "uncertainty" && pair.kind !== "list") return pair.kind;
  if (unit?.kind === "percent" || unit?.kind === "money" || unit?.kind === "quantity") return unit.kind;
  if (number.kind === "ordinal" || number.kind === "fraction") return number.kind;
  return "count";
}

/** Fractions to four places (`a third` -> 0.3333); ranges, scores and vague magnitudes have none. */
function valueOf(number: NumberRead, kind: FigureKind): number | null {
  if (kind === "range" || kind === "score" || number.value === null) return null;
  return number.kind === "fraction" ? Math.round(number.value * 1e4) / 1e4 : number.value;
}

function bounds(number: NumberRead, pair: Pair | null, bound: "min" | "max" | null): { min: number | null; max: number | null } {
  if (pair && pair.kind !== "list") return { min: pair.min, max: pair.maxValue };
  if (number.kind === "vague") return { min: number.min, max: null };
  return { min: bound === "min" ? number.value : null, max: bound === "max" ? number.value : null };
}

/**
 * What the figure counts, read from piece `end` on: `20 Syrian rebel fighters` (the noun is the
 * unit), `millions of people` (the same after a vague magnitude), `20 of the fighters`
 * (partitive), `85 percent of the city`, `fifth attack`. "time" when it counts years or days.
 */
function countingAfter(all: Piece[], number: NumberRead, unit: Unit | null, end: number): Counting | "time" {
  const counted = (phrase: NounPhrase | null, how: Omit<Counting, "counted"> = NOTHING_COUNTED): Counting | "time" => {
    // `17th minute` is an ordinal; `20 days` a duration
    const time = phrase ? unitAfter(all, phrase.last, number.scale) : null;
    if (time?.kind === "time" && !(number.kind === "ordinal" && CLOCK_UNITS.has(time.unit))) return "time";
    return { direct: how.direct, spanned: how.spanned, counted: phrase };
  };
  const ofPhrase = all[end]?.lower === "of" && !all[end + 1]?.newline ? nounPhraseAt(all, end + 1, true, endsCountedPhrase) : null;
  if (unit) return counted(ofPhrase);
  // `half the city`, `half an hour` (a duration, so no figure)
  // `fell by a quarter last year`: `a quarter` without `of` counts nothing after it
  const article = all[number.first]!.lower === "a" || all[number.first]!.lower === "an";
  if (number.kind === "fraction") return counted(ofPhrase ?? (article ? null : nounPhraseAt(all, end, true, endsCountedPhrase)));
  if (number.kind === "ordinal") return counted(nounPhraseAt(all, end, false, endsCountedPhrase));
  // `20-member delegation`: a compound adjective names what is counted
  const hyphen = all[end];
  if (hyphen?.text === "-" && hyphen.glued && all[end + 1]?.glued && all[end + 1]!.type === "word") {
    return counted({ first: end + 1, last: end + 1, head: all[end + 1]!.lower, determiner: false }, { direct: true, spanned: false });
  }
  const direct = nounPhraseAt(all, end, false, endsCountedPhrase);
  if (direct) return counted(direct, { direct: true, spanned: false });
  // `millions of people` spans its noun; `20 of the fighters` and `millions of the poor` do not
  return counted(ofPhrase, { direct: false, spanned: ofPhrase !== null && !ofPhrase.determiner && number.kind === "vague" });
}

function phraseSpan(doc: Doc, all: Piece[], phrase: NounPhrase): Span {
  return span(doc, all[phrase.first]!.start, all[phrase.last]!.end);
}

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
import { notAFigure, ordinalInName } from "./figures/not-figures.js";
import { readNumber, type NumberRead } from "./figures/numbers.js";
import { pieces, type Piece } from "./figures/pieces.js";
import { qualifierBefore } from "./figures/qualifiers.js";
import { pairAfter, type Pair } from "./figures/ranges.js";
import { currencyBefore, unitAfter, type Unit } from "./figures/units.js";

const SOURCE = "extract/figures";

export function extractFigures(doc: Doc): Partial<Draft> {
  const all = pieces(doc.text);
  const figures: Figure[] = [];
  let at = 0;
  while (at < all.length) {
    const read = figureAt(doc, all, at);
    if (read.figure) figures.push(read.figure);
    at = Math.max(read.next, at + 1);
  }
  return { figures };
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

const NOTHING_COUNTED: Counting = { counted: null, direct: false, spanned: false };

const nothing = (next: number): FigureRead => ({ figure: null, next });

function figureAt(doc: Doc, all: Piece[], at: number): FigureRead {
  const currency = all[at]!.type === "number" ? currencyBefore(all, at) : null;
  const number = readNumber(all, at, currency !== null);
  if (!number) return nothing(at + 1);
  const first = currency?.first ?? at;
  const between = all[first - 1]?.lower === "between";
  // `ruled over millions of people`: a vague magnitude takes no qualifier
  const qualifier = between || number.kind === "vague" ? null : qualifierBefore(all, first);
  let unit = unitAfter(all, number.next, number.scale);
  if (number.digits) {
    const measured = currency !== null || qualifier !== null || (unit !== null && unit.kind !== "time");
    const resume = notAFigure(all, at, { measured, fraction: number.kind === "fraction" });
    if (resume !== null) return nothing(resume);
    // `5G`, `3D`, `737MAX`: letters on a number make a name
    if (!unit && all[number.next]?.type === "word" && all[number.next]!.glued) return nothing(number.next + 1);
  }
  // `millions of dollars`, `thousands of tonnes`, `hundreds of years`
  if (!unit && number.kind === "vague" && all[number.next]?.lower === "of") unit = unitAfter(all, number.next + 1, number.scale);
  if (unit?.kind === "time") return nothing(unit.next);
  if (number.kind === "ordinal" && ordinalInName(all[number.next])) return nothing(number.next);
  if (currency) unit = { kind: "money", unit: currency.code, next: unit?.kind === "money" ? unit.next : number.next };

  const pair = pairAfter(all, number, unit, between, currency !== null);
  if (pair?.unit?.kind === "time") return nothing(pair.next);
  if (pair) unit = pair.unit;
  const end = pair?.next ?? unit?.next ?? number.next;
  const last = pair?.max ?? number;
  const counting = pair?.kind === "score" ? NOTHING_COUNTED : countingAfter(all, last, unit, end);
  if (counting === "time") return nothing(end + 1);

  const head = counting.counted ? all[counting.counted.last]! : null;
  // `one of the terrorists' last strongholds`, `one day`: `one` is a figure only with people or a bound
  if (all[at]!.lower === "one" && !(head && isPeopleWord(head) && counting.direct) && !qualifier) return nothing(number.next);
  const kind = kindOf(number, unit, pair);
  const lastPiece = counting.spanned && counting.counted ? counting.counted.last : end - 1;
  const start = all[between ? first - 1 : first]!.start;
  const stop = all[lastPiece]!.end;
  // the event is read past what is counted: `20 people | were killed`, `three of his fighters | had been wounded`
  const afterCounted = counting.counted ? counting.counted.last + 1 : lastPiece + 1;
  const countsPeople = head === null || isPeopleWord(head) || isEventWord(head.lower);
  const event = (kind === "count" || kind === "range") && countsPeople ? eventOf(all, qualifier?.first ?? (between ? first - 1 : first), afterCounted, head?.lower ?? null) : null;
  return {
    figure: {
      ...span(doc, start, stop),
      source: SOURCE,
      kind,
      value: valueOf(number, kind),
      unit: unit?.unit ?? (head && kind !== "ordinal" && kind !== "fraction" ? head.lower : null),
      approximate: (qualifier?.approximate ?? false) || number.kind === "vague" || (pair?.approximate ?? false),
      qualifier: qualifier ? doc.raw.slice(qualifier.start, qualifier.end) : null,
      ...bounds(number, pair, qualifier?.bound ?? null),
      counted: counting.counted ? phraseSpan(doc, all, counting.counted) : null,
      event,
    },
    next: counting.direct ? afterCounted : lastPiece + 1,
  };
}

function kindOf(number: NumberRead, unit: Unit | null, pair: Pair | null): FigureKind {
  if (pair && pair.kind !== "uncertainty") return pair.kind;
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
  if (pair) return { min: pair.min, max: pair.maxValue };
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
    if (phrase && unitAfter(all, phrase.last, number.scale)?.kind === "time") return "time";
    return { direct: how.direct, spanned: how.spanned, counted: phrase };
  };
  const ofPhrase = all[end]?.lower === "of" && !all[end + 1]?.newline ? nounPhraseAt(all, end + 1, true, endsCountedPhrase) : null;
  if (unit) return counted(ofPhrase);
  // `half the city`, `half an hour` (a duration, so no figure)
  if (number.kind === "fraction") return counted(ofPhrase ?? nounPhraseAt(all, end, true, endsCountedPhrase));
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

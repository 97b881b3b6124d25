// One number as written, from a piece on: digits (`1,500`, `3.5 million`, `$20m`, `5th`, `1/3`),
// number words (see words.ts), `a dozen`, `half of`, and vague magnitudes (`millions`,
// `tens of thousands`, `dozens`).
import { isDecade, isDigitOrdinal, type Piece } from "./pieces.js";
import { unitAfter } from "./units.js";
import { DENOMINATORS, numberTable, readNumberWords, SCALES } from "./words.js";

export type NumberKind = "cardinal" | "ordinal" | "fraction" | "vague";

export interface NumberRead {
  /** Pieces [first, next). */
  first: number;
  next: number;
  kind: NumberKind;
  /** null for a vague magnitude. */
  value: number | null;
  /** The lower bound of a vague magnitude: see VAGUE. */
  min: number | null;
  digits: boolean;
  /** The scale word's value (`3.5 million`, `$20m` -> 1e6), else 1. */
  scale: number;
}

const WRITTEN_SCALES = new Map([...SCALES, ...numberTable({ hundred: 100, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12 })]);
// `$20m`, `€5bn`, `$5k`: short scales glued to a sum of money; `20m` alone is twenty metres
const SHORT_SCALES = numberTable({ k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 });

// Vague magnitudes, with the rule for their lower bound: value null, min = twice the
// magnitude, the smallest amount the plural allows (`dozens` -> 24, `millions` -> 2000000,
// `tens of thousands` -> 20000, `several hundred` -> 200).
const PLURAL_MAGNITUDES = numberTable({ dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10 });
const SINGULAR_MAGNITUDES = numberTable({ dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 });
const SOME_OF = new Set(["several", "few", "many"]);
// words after which `a quarter` is an amount without `of`: `by a third`, `more than a quarter`
const FRACTION_CUES = new Set(["by", "than", "nearly", "almost", "about", "around", "roughly", "over", "some", "only", "just"]);
const DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "a", "an"]);

/** Rounds away float noise: `1.2 billion` is 1200000000, not 1199999999.9999998. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

export function readNumber(all: Piece[], at: number, money: boolean): NumberRead | null {
  const piece = all[at];
  if (!piece) return null;
  if (piece.type === "number") return signed(all, at, readDigits(all, at, money));
  if (isSign(all, at)) return negative(at, readDigits(all, at + 1, money));
  if (piece.type !== "word") return null;
  return readVague(all, at) ?? readArticleNumber(all, at) ?? readHalf(all, at) ?? readWords(all, at);
}

const SIGNS = new Set(["−", "-"]);

/** `−4°C`, `(-5)`: a minus sign on digits; not `cm−1`, `3-1` or `F-16`, where it joins two pieces. */
export function isSign(all: Piece[], at: number): boolean {
  const sign = all[at];
  const digits = all[at + 1];
  if (!sign || !SIGNS.has(sign.text) || digits?.type !== "number" || !digits.glued) return false;
  const before = all[at - 1];
  return !sign.glued || before === undefined || (before.type !== "word" && before.type !== "number" && !/^[)\]]$/.test(before.text));
}

/** `minus 18 °C`: the word before the digits makes them negative; not `10 minus 5`. */
function signed(all: Piece[], at: number, read: NumberRead | null): NumberRead | null {
  const word = all[at - 1];
  if (!read || word?.lower !== "minus" || all[at]!.newline || all[at - 2]?.type === "number") return read;
  return negative(at - 1, read);
}

function negative(first: number, read: NumberRead | null): NumberRead | null {
  if (!read || read.value === null || read.kind !== "cardinal") return null;
  return { ...read, first, value: -read.value };
}

function readDigits(all: Piece[], at: number, money: boolean): NumberRead | null {
  const piece = all[at]!;
  if (isDecade(piece)) return null;
  const read = (next: number, kind: NumberKind, value: number, scale = 1): NumberRead => ({ first: at, next, kind, value: tidy(value * scale), min: null, digits: true, scale });
  if (isDigitOrdinal(piece)) return read(at + 1, "ordinal", parseInt(piece.text, 10));
  const value = Number(piece.text.replaceAll(",", ""));
  // `1/3`, `2/3`; not `9/11` or `24/7`, which are names, and not `10/5/2017`
  const slash = all[at + 1];
  const below = all[at + 2];
  if (slash?.text === "/" && slash.glued && below?.type === "number" && below.glued && all[at + 3]?.text !== "/") {
    const denominator = Number(below.text);
    if (Number.isInteger(value) && denominator >= 2 && denominator <= 10 && value < denominator) return read(at + 3, "fraction", value / denominator);
  }
  const scale = all[at + 1];
  if (scale && !scale.newline && scale.type === "word") {
    if (WRITTEN_SCALES.has(scale.lower)) return read(at + 2, "cardinal", value, WRITTEN_SCALES.get(scale.lower)!);
    if (scale.glued && SHORT_SCALES.has(scale.text) && (money || unitAfter(all, at + 2, SHORT_SCALES.get(scale.text)!)?.kind === "money")) {
      return read(at + 2, "cardinal", value, SHORT_SCALES.get(scale.text)!);
    }
  }
  const power = powerOfTen(all, at + 1);
  if (power) return read(power.next, "cardinal", value * 10 ** power.exponent);
  // `10−4` alone
  if (piece.text === "10") {
    // `10-15` is a range; only the true minus sign or a caret raises a lone ten
    const alone = /^[−^]$/.test(all[at + 1]?.text ?? "") ? exponentAt(all, at + 1) : null;
    if (alone) return read(alone.next, "cardinal", 10 ** alone.exponent);
  }
  return read(dimensionsEnd(all, at + 1), "cardinal", value);
}

interface Power {
  exponent: number;
  next: number;
}

/** `× 10−4`, `×10-10`, `× 10^6`, and `× 106` where a superscript 6 lost its raise. */
function powerOfTen(all: Piece[], at: number): Power | null {
  const times = all[at];
  const ten = all[at + 1];
  if (times?.text !== "×" || ten?.type !== "number" || !/^10\d*$/.test(ten.text)) return null;
  if (ten.text.length > 2) return { exponent: Number(ten.text.slice(2)), next: at + 2 };
  return exponentAt(all, at + 2);
}

/** The exponent glued to a `10` ending right before piece `at`: `−4`, `-10`, `^6`. */
function exponentAt(all: Piece[], at: number): Power | null {
  const sign = all[at];
  const digits = all[at + 1];
  if (!sign?.glued || !/^[−\-^]$/.test(sign.text) || digits?.type !== "number" || !digits.glued || !/^\d{1,2}$/.test(digits.text)) return null;
  return { exponent: (sign.text === "^" ? 1 : -1) * Number(digits.text), next: at + 2 };
}

/** `60 × 10 × 3 mm3`: the sizes of one thing; the piece after the last. */
function dimensionsEnd(all: Piece[], at: number): number {
  let next = at;
  for (let k = 0; k < 3 && all[next]?.text === "×" && all[next + 1]?.type === "number" && !all[next + 1]!.newline; k++) next += 2;
  return next;
}

/** `millions`, `tens of thousands`, `hundreds of millions`, `several hundred`, `a few thousand`, `dozens`. */
function readVague(all: Piece[], at: number): NumberRead | null {
  const vague = (next: number, magnitude: number): NumberRead => ({ first: at, next, kind: "vague", value: null, min: 2 * magnitude, digits: false, scale: magnitude });
  const word = all[at]!.lower;
  if (PLURAL_MAGNITUDES.has(word)) {
    const of = all[at + 1]?.lower === "of";
    const larger = all[at + 2]?.lower ?? "";
    // `tens of thousands`, `hundreds of millions`
    if (of && PLURAL_MAGNITUDES.has(larger) && PLURAL_MAGNITUDES.get(larger)! > PLURAL_MAGNITUDES.get(word)! && larger !== "scores") {
      return vague(at + 3, PLURAL_MAGNITUDES.get(word)! * PLURAL_MAGNITUDES.get(larger)!);
    }
    // `tens` and `scores` are magnitudes only before `of` (`test scores`)
    if ((word === "tens" || word === "scores") && !of) return null;
    return vague(at + 1, PLURAL_MAGNITUDES.get(word)!);
  }
  // `several hundred`, `a few thousand`, `many thousands`
  const some = word === "a" && all[at + 1]?.lower === "few" ? at + 2 : SOME_OF.has(word) ? at + 1 : -1;
  const scale = some > 0 ? all[some]?.lower ?? "" : "";
  const magnitude = SINGULAR_MAGNITUDES.get(scale) ?? (scale !== "dozens" && scale !== "tens" ? PLURAL_MAGNITUDES.get(scale) : undefined);
  return magnitude === undefined ? null : vague(some + 1, magnitude);
}

/** `a dozen`, `a hundred`, `a million`; `a third of`, `a quarter of`. */
function readArticleNumber(all: Piece[], at: number): NumberRead | null {
  if (all[at]!.lower !== "a" && all[at]!.lower !== "an") return null;
  const next = all[at + 1];
  if (!next || next.type !== "word") return null;
  const denominator = DENOMINATORS.get(next.lower);
  // `a third of the city`; `fell by more than a quarter`
  const measures = all[at + 2]?.lower === "of" || FRACTION_CUES.has(all[at - 1]?.lower ?? "");
  if (denominator !== undefined && !/s$/.test(next.lower) && measures) {
    return { first: at, next: at + 2, kind: "fraction", value: 1 / denominator, min: null, digits: false, scale: 1 };
  }
  const words = readNumberWords(all, at + 1, true);
  if (!words || words.kind !== "cardinal" || !SINGULAR_MAGNITUDES.has(next.lower)) return null;
  return { first: at, next: words.next, kind: "cardinal", value: words.value, min: null, digits: false, scale: words.scale };
}

/** `half a million`, `half a dozen`; `half of the city`, `half its fighters`. Not `the second half`. */
function readHalf(all: Piece[], at: number): NumberRead | null {
  if (all[at]!.lower !== "half") return null;
  const next = all[at + 1]?.lower ?? "";
  if (next === "a") {
    const scale = all[at + 2]?.lower ?? "";
    const magnitude = SINGULAR_MAGNITUDES.get(scale);
    if (magnitude !== undefined) return { first: at, next: at + 3, kind: "cardinal", value: magnitude / 2, min: null, digits: false, scale: magnitude };
    return null;
  }
  if (next !== "of" && !DETERMINERS.has(next)) return null;
  if (all[at - 1] && DETERMINERS.has(all[at - 1]!.lower)) return null;
  return { first: at, next: at + 1, kind: "fraction", value: 0.5, min: null, digits: false, scale: 1 };
}

function readWords(all: Piece[], at: number): NumberRead | null {
  const words = readNumberWords(all, at);
  if (!words) return null;
  return { first: at, next: words.next, kind: words.kind, value: tidy(words.value), min: null, digits: false, scale: words.scale };
}

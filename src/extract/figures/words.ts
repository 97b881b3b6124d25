// English number words: `twenty-one`, `two hundred and fifty`, `two dozen`, `fifth`,
// `two-thirds`, `one and a half million`. compromise/one does not parse values, so this is
// a small hand-written reader over the pieces.
import type { Piece } from "./pieces.js";

/** A word table as a Map: a plain object would answer `constructor` too. */
export function numberTable(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

const SMALL = numberTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = numberTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Multiply what came before: `two hundred`, `two dozen`. */
const MULTIPLIERS = numberTable({ hundred: 100, dozen: 12 });
/** Close a group: `three million two hundred thousand`. */
export const SCALES = numberTable({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const ORDINALS = numberTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1e3, millionth: 1e6,
});
/** Denominators: `a third`, `two-thirds`, `three quarters`. */
export const DENOMINATORS = numberTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

export interface WordsRead {
  next: number;
  value: number;
  kind: "cardinal" | "ordinal" | "fraction";
  /** The last scale word's value (`two million` -> 1e6), else 1. */
  scale: number;
}

/** `two`, `hundred`, `fifth`, `thirds`: a word of a written number. */
export function isNumberWord(word: string): boolean {
  return SMALL.has(word) || TENS.has(word) || MULTIPLIERS.has(word) || SCALES.has(word) || ORDINALS.has(word) || DENOMINATORS.has(word);
}

/** Whether `word` may follow `previous` inside one number: `twenty one`, `two hundred`, not `five six`. */
function follows(previous: string, word: string): boolean {
  if (previous === "") return true;
  if (SMALL.has(word)) return TENS.has(previous) || MULTIPLIERS.has(previous) || SCALES.has(previous);
  if (TENS.has(word)) return MULTIPLIERS.has(previous) || SCALES.has(previous);
  if (MULTIPLIERS.has(word)) return SMALL.has(previous) || TENS.has(previous);
  if (SCALES.has(word)) return SMALL.has(previous) || TENS.has(previous) || MULTIPLIERS.has(previous);
  return ORDINALS.has(word) && (TENS.has(previous) || MULTIPLIERS.has(previous) || SCALES.has(previous));
}

/**
 * Number words from piece `at` on, or null. A hyphenated piece counts only when every part is a
 * number word (`twenty-one`, `two-thirds`, not `two-year` or `one-sided`). `first` and `second`
 * alone are left out: they are almost never figures (`the first time`, `a second attack`).
 * A scale word may open the number only after `a` (`a hundred`, `a dozen`, `a million`).
 */
export function readNumberWords(all: Piece[], at: number, afterA = false): WordsRead | null {
  let total = 0;
  let group = 0;
  let scale = 1;
  let previous = "";
  let k = at;
  pieces: for (; k < all.length; k++) {
    const piece = all[k]!;
    if (piece.type !== "word" || (k > at && piece.newline)) break;
    // `one and a half million`
    if (previous !== "" && piece.lower === "and" && all[k + 1]?.lower === "a" && all[k + 2]?.lower === "half") {
      group += 0.5;
      k += 2;
      continue;
    }
    // `two hundred and fifty`
    if ((MULTIPLIERS.has(previous) || SCALES.has(previous)) && piece.lower === "and" && isNumberWord(all[k + 1]?.lower.split("-")[0] ?? "")) continue;
    // most words are no number: known before splitting anything
    if (!piece.lower.includes("-") && !isNumberWord(piece.lower)) break;
    const parts = piece.lower.split("-");
    if (!parts.every(isNumberWord)) break;
    for (let j = 0; j < parts.length; j++) {
      const word = parts[j]!;
      // `two-thirds`, `one third`, `three quarters`: a numerator, then a denominator
      if (DENOMINATORS.has(word) && (SMALL.has(previous) || TENS.has(previous))) {
        const numerator = total + group;
        const plural = /s$/.test(word);
        if (plural || (numerator === 1 && SMALL.has(previous))) return { next: k + 1, value: numerator / DENOMINATORS.get(word)!, kind: "fraction", scale };
      }
      const opensWithScale = previous === "" && (MULTIPLIERS.has(word) || SCALES.has(word));
      if (!follows(previous, word) || (opensWithScale && !afterA)) {
        if (j === 0) break pieces;
        return null;
      }
      if (ORDINALS.has(word) && !SMALL.has(word)) {
        const base = ORDINALS.get(word)!;
        if (previous === "" && base <= 2) return null;
        const value = base >= 100 ? total + (group || 1) * base : total + group + base;
        return { next: k + 1, value, kind: "ordinal", scale };
      }
      if (SMALL.has(word)) group += SMALL.get(word)!;
      else if (TENS.has(word)) group += TENS.get(word)!;
      else if (MULTIPLIERS.has(word)) group = (group || 1) * MULTIPLIERS.get(word)!;
      else if (SCALES.has(word)) {
        total += (group || 1) * SCALES.get(word)!;
        group = 0;
        scale = SCALES.get(word)!;
      } else return null;
      previous = word;
    }
  }
  if (previous === "") return null;
  return { next: k, value: total + group, kind: "cardinal", scale };
}

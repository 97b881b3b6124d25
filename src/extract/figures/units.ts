// What a number is measured in, read from the pieces right after it (`85 percent`, `12 km`,
// `1.2 billion dollars`, `20 °C`, `3 wt%`, `48-hour`, `mg/L`, `m s−1`) or right before it (`$`,
// `US$`, `USD`, `Rs`). The spellings live in one table, src/lexicon/units.ts; this file reads them.
import { canonicalUnit, lookUnit, UNITS_AFTER, UNITS_BEFORE, type Unit } from "../../lexicon/units.js";
import type { Piece } from "./pieces.js";

export type { Unit } from "../../lexicon/units.js";

export interface UnitRead extends Unit {
  /** Index of the first piece after the unit. */
  next: number;
}

/** The text of pieces [from, to) as written: a space where they were apart. */
export function written(all: Piece[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) out += (k > from && !all[k]!.glued ? " " : "") + all[k]!.text;
  return out;
}

/**
 * The unit written from piece `at` on, longest first (`per cent` before `per`, `km/h` before `km`).
 * `scale`: the number's scale word; after one, `pounds` are money (`5 million pounds`), else weight.
 */
export function unitAfter(all: Piece[], at: number, scale = 1): UnitRead | null {
  const first = all[at];
  if (!first || first.newline) return null;
  // `10-km road`, `48-hour truce`, `10-year-old`
  if (first.text === "-" && first.glued) return all[at + 1]?.glued ? unitAfter(all, at + 1, scale) : null;
  const read = longestUnit(all, at);
  if (!read) return symbolAfter(all, at);
  if (read.unit === "lb" && (scale >= 1e6 || poundsOfMoney(all, at, read.next))) return { kind: "money", unit: "GBP", next: read.next };
  if ((read.kind !== "quantity" && read.kind !== "percent") || read.partOfWord) return { kind: read.kind, unit: read.unit, next: read.next };
  // `5K` is five thousand, or a name; `300 K` is a temperature
  if (read.unit === "K" && first.glued) return null;
  // `100×` magnifies; `60 × 10` and `5×10−4` multiply
  if (read.unit === "×" && all[read.next]?.type === "number") return null;
  // `964 cm−1`, `mg/L`, `20 m s−1`, `3 g cm−3`, `Mg ha−1 yr−1`: powers, a rate, further units with a power
  let next = withPower(all, read.next);
  const over = all[next];
  if (over?.text === "/" && over.glued && all[next + 1]?.glued) {
    const per = longestUnit(all, next + 1);
    if (per && (per.kind === "quantity" || per.kind === "time")) next = withPower(all, per.next);
  }
  // `13 pairs per mm`, `5 mm per side`; not `per year`, which the dates extractor reads as a set
  if (all[next]?.lower === "per" && !all[next]!.newline) {
    const per = longestUnit(all, next + 1);
    if (per?.kind === "quantity" && !per.partOfWord) next = per.next;
    else if (!per && isPerNoun(all[next + 1])) next += 2;
  }
  for (let more = 0; more < 2 && all[next]?.glued === false && !all[next]!.newline; more++) {
    const second = longestUnit(all, next);
    if (!second || (second.kind !== "quantity" && second.kind !== "time") || withPower(all, second.next) === second.next) break;
    next = withPower(all, second.next);
  }
  return { kind: read.kind, unit: canonicalUnit(written(all, at, next)) ?? read.unit, next };
}

/** Words of price before an amount: `paid 300 pounds`, `for as much as 1,500 pounds`; not `weighed 7 pounds`. */
const PRICE_WORDS = new Set(["paid", "pay", "pays", "paying", "cost", "costs", "costing", "priced", "fined", "worth", "earn", "earns", "earned", "charged", "charge", "spent", "spend", "raised", "donated", "for"]);
/** Words between a word of price and its amount: `for as much as`, `paid just under`. */
const AMOUNT_QUALIFIERS = new Set(["as", "much", "about", "around", "nearly", "almost", "roughly", "some", "just", "only", "under", "over", "more", "less", "than", "up", "to", "at", "least", "a", "mere", "an", "extra", "additional"]);

/**
 * `pounds` as money without a scale word: a conversion in brackets after it (`1,500 pounds ($1,900)`), or a
 * word of price right before the amount and its qualifiers (`paid 300 pounds`, `reselling for as much as
 * 1,500 pounds`); not `weighed 7 pounds`, `training for 3 months to lose 20 pounds`.
 */
function poundsOfMoney(all: Piece[], at: number, next: number): boolean {
  if (all[next]?.text === "(" && /^(?:\$|US\$|€|about|around|nearly|roughly|some)$/i.test(all[next + 1]?.text ?? "")) return true;
  let k = at - 2;
  while (k >= 0 && AMOUNT_QUALIFIERS.has(all[k]!.lower)) k--;
  return k >= 0 && PRICE_WORDS.has(all[k]!.lower);
}

/**
 * A symbol the table does not know, glued to the number: `3.4Rp` (planet radii), `7.85mWm−2`.
 * Two letters with a capital first, or any letters with a power; `5G`, `3D`, `737MAX` are names.
 */
function symbolAfter(all: Piece[], at: number): UnitRead | null {
  const symbol = all[at]!;
  if (symbol.type !== "word" || !symbol.glued || all[at - 1]?.type !== "number") return null;
  const next = withPower(all, at + 1);
  if (next === at + 1 && !/^\p{Lu}\p{Ll}$/u.test(symbol.text)) return null;
  return { kind: "quantity", unit: written(all, at, next), next };
}

// `per cent` is read before this; `5 mm per the protocol` is no rate
const NOT_PER = new Set(["cent", "the", "a", "an", "each", "every", "se", "capita"]);

/** `3.7 fold per passage`, `5 mm per side`: one lower-case noun after `per` that is no time word. */
function isPerNoun(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.type === "word" && !piece.newline && /^\p{Ll}+$/u.test(piece.text) && !/s$/.test(piece.text) && !NOT_PER.has(piece.lower);
}

/** The piece after a power glued to a unit (`−1`, `-3`, `2`), or `at` itself when there is none. */
function withPower(all: Piece[], at: number): number {
  const sign = all[at];
  if (!sign?.glued) return at;
  // `cm−1`, and `g− 1` as some typesetting leaves it
  if (/^[−-]$/.test(sign.text) && /^\d$/.test(all[at + 1]?.text ?? "") && !all[at + 1]!.newline) return at + 2;
  return /^[23]$/.test(sign.text) ? at + 1 : at;
}

function longestUnit(all: Piece[], at: number): (UnitRead & { partOfWord?: true }) | null {
  for (let length = 3; length >= 1; length--) {
    if (at + length > all.length) continue;
    const unit = lookUnit(UNITS_AFTER, written(all, at, at + length));
    if (unit) return { ...unit, next: at + length };
  }
  // `48-hour`, `10-km-long`: the first part of a hyphenated word
  const first = all[at]!;
  const head = first.type === "word" ? first.text.split("-")[0]! : "";
  const unit = head !== first.text ? lookUnit(UNITS_AFTER, head) : undefined;
  return unit ? { ...unit, next: at + 1, partOfWord: true } : null;
}

/** A unit written right before piece `at`: `$`, `US$`, `USD `, `Rs.`, `magnitude`; null when there is none. */
export function unitBefore(all: Piece[], at: number): (Unit & { first: number }) | null {
  for (let length = 3; length >= 1; length--) {
    const first = at - length;
    if (first < 0 || all[at]?.newline) continue;
    const unit = lookUnit(UNITS_BEFORE, written(all, first, at));
    if (!unit) continue;
    return { ...unit, first };
  }
  return null;
}

/** A currency written right before piece `at`; null when there is none. */
export function currencyBefore(all: Piece[], at: number): (Unit & { first: number }) | null {
  const unit = unitBefore(all, at);
  return unit?.kind === "money" ? unit : null;
}

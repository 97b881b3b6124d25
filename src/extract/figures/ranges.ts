// Two numbers read as one figure: ranges (`between 10 and 15`, `10-15`, `10 to 15 percent`,
// `$3-4 billion`, `two or three`), scores (`won 3-1`, `a 2-2 draw`), a value with its
// uncertainty (`1.96 ± 0.08 GPa`: value 1.96, min 1.88, max 2.04), and a list whose numbers
// share the unit written after the last (`34 and 38 °C`, `1, 5, 10 and 50 μg/L`: value 34).
import { currencyBefore, unitAfter, type UnitRead } from "./units.js";
import { readNumber, type NumberRead } from "./numbers.js";
import { isBoundary, type Piece } from "./pieces.js";
import { endsCountedPhrase } from "./casualties.js";
import { nounPhraseAt } from "./counted.js";

const DASHES = new Set(["-", "–", "—"]);

// words near `3-1` that make it a score or a tally rather than a range
const CONTESTS = new Set([
  "won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "defeat", "defeats", "lost", "lose", "loses",
  "losing", "draw", "drew", "drawn", "victory", "victories", "score", "scored", "scoreline", "lead", "led", "leading",
  "trailing", "trailed", "match", "game", "final", "semi-final", "goal", "goals", "half-time", "halftime", "leg",
  "aggregate", "tie", "vote", "voted", "votes", "ruling", "ruled", "thrashing", "rout", "routed", "edged", "clash",
]);

export interface Pair {
  /** The second number and the unit both share. */
  max: NumberRead;
  unit: UnitRead | null;
  /** Piece after the pair. */
  next: number;
  kind: "range" | "score" | "uncertainty" | "list";
  /** `two or three`. */
  approximate: boolean;
  min: number | null;
  maxValue: number | null;
}

function inContest(all: Piece[], first: number, next: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8 && !isBoundary(all[k]); k--) if (CONTESTS.has(all[k]!.lower)) return true;
  for (let k = next; k < all.length && k < next + 8 && !isBoundary(all[k]); k++) if (CONTESTS.has(all[k]!.lower)) return true;
  return false;
}

/**
 * The pair that starts with the number `low` (its unit `lowUnit`, if any), or null.
 * `between`: the word `between` stands before it, so `and` joins the pair.
 */
export function pairAfter(all: Piece[], low: NumberRead, lowUnit: UnitRead | null, between: boolean, money: boolean): Pair | null {
  if (low.kind !== "cardinal" || low.value === null) return null;
  const at = lowUnit?.next ?? low.next;
  const separator = all[at];
  if (!separator || separator.newline) return null;
  const dash = DASHES.has(separator.text);
  const word = separator.lower;
  if (word === "±" && !between) return uncertaintyAfter(all, low, lowUnit, at + 1);
  if (!between && !lowUnit && low.digits && (word === "," || word === "and")) return listAfter(all, low, at);
  if (!(dash || (between ? word === "and" : word === "to" || word === "or"))) return null;
  // `10-15`: a hyphen sits on both numbers; a spaced dash is an en dash (`10 – 15`)
  let second = at + 1;
  if (dash && separator.text === "-" && !(separator.glued && all[second]?.glued)) return null;
  // `between 200 and >1000 m`
  if (/^[<>~∼≈]$/.test(all[second]?.text ?? "") && all[second + 1]?.glued) second++;
  const currency = currencyBefore(all, all[second]?.type === "symbol" ? second + 1 : second);
  if (currency && currency.first === second) second++;
  const high = readNumber(all, second, money || currency !== null);
  if (!high || high.kind !== "cardinal" || high.value === null || high.digits !== low.digits) return null;
  const highUnit = unitAfter(all, high.next, high.scale);
  if (lowUnit && highUnit && lowUnit.unit !== highUnit.unit) return null;
  // `less than 2% or 30 vertices`: a second number that counts something else pairs with nothing
  const counted = lowUnit && !highUnit ? nounPhraseAt(all, high.next, false, endsCountedPhrase) : null;
  if (counted && unitAfter(all, counted.last)?.kind !== "time") return null;
  const next = highUnit?.next ?? high.next;
  const unit = highUnit ?? lowUnit;
  if (dash && low.digits && !unit && low.scale === 1 && high.scale === 1 && inContest(all, low.first, next)) {
    return { max: high, unit: null, next, kind: "score", approximate: false, min: null, maxValue: null };
  }
  // `3 to 4 million`, `$3-4 billion`: the scale of the second number is the first's too
  const min = low.scale === 1 && low.value < 1000 ? Number((low.value * high.scale).toPrecision(12)) : low.value;
  // `between −2 and −7‰` runs down from zero; `15 to 10` is no range
  if (min > high.value && high.value >= 0) return null;
  const [least, most] = min > high.value ? [high.value, min] : [min, high.value];
  return { max: high, unit, next, kind: "range", approximate: word === "or", min: least, maxValue: most };
}

function uncertaintyAfter(all: Piece[], value: NumberRead, valueUnit: UnitRead | null, at: number): Pair | null {
  const error = readNumber(all, at, false);
  if (!error || error.kind !== "cardinal" || error.value === null || value.value === null) return null;
  const errorUnit = unitAfter(all, error.next, error.scale);
  if (valueUnit && errorUnit && valueUnit.unit !== errorUnit.unit) return null;
  const round = (n: number) => Number(n.toPrecision(12));
  return {
    max: error,
    unit: errorUnit ?? valueUnit,
    next: errorUnit?.next ?? error.next,
    kind: "uncertainty",
    approximate: false,
    min: round(value.value - error.value),
    maxValue: round(value.value + error.value),
  };
}

/** `34 and 38 °C`, `1, 5, 10, 20 and 50 μg/L`: numbers in digits, the unit written once at the end. */
function listAfter(all: Piece[], first: NumberRead, at: number): Pair | null {
  let k = at;
  for (let items = 0; items < 8; items++) {
    if (all[k]?.text === ",") k++;
    if (all[k]?.lower === "and" || all[k]?.lower === "or") k++;
    const item = readNumber(all, k, false);
    if (!item || !item.digits || item.kind !== "cardinal" || all[k]!.newline) return null;
    const unit = unitAfter(all, item.next, item.scale);
    if (unit) return unit.kind === "time" ? null : { max: item, unit, next: unit.next, kind: "list", approximate: false, min: null, maxValue: null };
    const separator = all[item.next];
    if (separator?.text !== "," && separator?.lower !== "and" && separator?.lower !== "or") return null;
    k = item.next;
  }
  return null;
}

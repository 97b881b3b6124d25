// Counts written in durations and sets: `three years`, `25 days`, `twenty-five years`, `a week`,
// `a couple of years`.

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};

/** Vague counts: `a few days` -> PXD. */
const VAGUE = ["a few", "few", "several", "many", "some"];
/** `a couple of years` is two of them, as TimeML counts it: P2Y. */
const COUPLE = ["a couple of", "couple of"];
/** `a hundred years` -> P100Y. */
const A_HUNDRED = "a hundred";

/** Alternation for a regex: the number words alone, `one` to `hundred`. */
export const NUMBER_WORDS = Object.keys(UNITS).filter((word) => word.length > 2).join("|");

/** Alternation for a regex: the vague counts, up to three digits (`1988 second` is no count), number words, `twenty-five`. */
export const COUNT_PATTERN = `${[...COUPLE, A_HUNDRED, ...VAGUE].join("|")}|\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b|${Object.keys(UNITS).join("|")}`;

/** `three` -> 3, `twenty-five` -> 25, `12` -> 12, `a few` -> "X"; null when it is not a count. */
export function countValue(written: string): number | "X" | null {
  const lower = written.toLowerCase().replace(/\s+/g, " ");
  if (/^\d+$/.test(lower)) return Number(lower);
  if (VAGUE.includes(lower)) return "X";
  if (COUPLE.includes(lower)) return 2;
  if (lower === A_HUNDRED) return 100;
  const [tens, ones] = lower.split(/[\s-]/);
  const total = (UNITS[tens ?? ""] ?? Number.NaN) + (ones === undefined ? 0 : (UNITS[ones] ?? Number.NaN));
  return Number.isNaN(total) ? null : total;
}

// Calendar units as written, and their TIMEX3 letters: `three years` -> P3Y, `two hours` -> PT2H.

export type Granularity = "year" | "quarter" | "month" | "week" | "day" | "hour" | "minute" | "second";

export interface Unit {
  granularity: Granularity | "decade" | "century";
  /** The letter after the count in a TIMEX3 duration. */
  letter: string;
  /** Hours, minutes and seconds are written after a `T`: PT2H. */
  clock: boolean;
  /** Decades and centuries count in years when the count is known: `two decades` -> P20Y. */
  years?: number;
}

const UNITS: Record<string, Unit> = {
  second: { granularity: "second", letter: "S", clock: true },
  minute: { granularity: "minute", letter: "M", clock: true },
  hour: { granularity: "hour", letter: "H", clock: true },
  day: { granularity: "day", letter: "D", clock: false },
  week: { granularity: "week", letter: "W", clock: false },
  month: { granularity: "month", letter: "M", clock: false },
  quarter: { granularity: "quarter", letter: "Q", clock: false },
  year: { granularity: "year", letter: "Y", clock: false },
  // TimeBank writes a decade `E` and a century `C`: `centuries` -> PXC
  decade: { granularity: "decade", letter: "E", clock: false, years: 10 },
  century: { granularity: "century", letter: "C", clock: false, years: 100 },
};

/** `second` alone is mostly the ordinal (`a second round`), so only `seconds` */
export const UNIT_PATTERN = "seconds|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries";

/** `years` -> the year unit; `centuries` -> century. */
export function unitOf(word: string): Unit | null {
  const lower = word.toLowerCase();
  const singular = lower === "centuries" ? "century" : lower.replace(/s$/, "");
  return UNITS[singular] ?? null;
}

/** `P3Y`, `PT2H`, `PXD`, `P20Y` for two decades, `PXE` for decades */
export function durationValue(count: number | "X", unit: Unit): string {
  if (unit.years !== undefined && count !== "X") return `P${count * unit.years}Y`;
  return `P${unit.clock ? "T" : ""}${count}${unit.letter}`;
}

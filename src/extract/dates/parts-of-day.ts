// Parts of the day and their TIMEX3 codes: `Sunday night` -> 2017-10-08TNI.

const CODES: Record<string, string> = {
  morning: "TMO",
  afternoon: "TAF",
  evening: "TEV",
  night: "TNI",
  tonight: "TNI",
  overnight: "TNI",
};

export const PART_OF_DAY_PATTERN = "morning|afternoon|evening|night";

/** `morning` -> TMO; null when the word names no part of the day. */
export function partOfDayCode(word: string): string | null {
  return CODES[word.toLowerCase()] ?? null;
}

/** The part of the day written in a phrase: `Sunday night` -> TNI, `this morning` -> TMO. */
export function partOfDayIn(phrase: string): string | null {
  const word = /\b(morning|afternoon|evening|night|tonight|overnight)\b/i.exec(phrase);
  return word ? partOfDayCode(word[1] ?? "") : null;
}

// Matches a chrono parser must not make in news text, refused before chrono's refiners can merge
// them into a neighbouring date: `or 6.43, on Friday` (a number, not 6:43) would take Friday with it,
// `fell 2.08% this year` would take the year, `Jan. 1, 1990 at 1,015 francs` the day.

/** A clock time is written out: `3:30`, `5 p.m.`, `noon`, `midday`; `at 10 Downing Street` is not one. */
export const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|o'clock|\b(?:noon|midday|midnight)\b/i;
/** SlashDateFormatParser's year group: `3/4 of voters` and `24/7` have none. */
const SLASH_YEAR_GROUP = 4;

export function isRefusedMatch(parser: string, match: RegExpMatchArray): boolean {
  if (parser === "ENTimeExpressionParser") return !CLOCK.test(match[0]);
  if (parser === "SlashDateFormatParser") return match[SLASH_YEAR_GROUP] === undefined;
  return false;
}

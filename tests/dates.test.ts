// dates: each phenomenon of the dates extractor as [sentence, span, type, value, mod] rows.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/extract/dates.js";
import { readDocument } from "../src/read/document.js";
import type { DateMention } from "../src/schema.js";

type Row = [sentence: string, span: string, type: DateMention["type"], value: string | null, mod?: DateMention["mod"]];

function datesOf(text: string, date: string | null = "2017-10-08"): DateMention[] {
  return extractDates(readDocument(text, { date })).dates ?? [];
}

function expectMention(text: string, date: string | null, [, span, type, value, mod = null]: Row): void {
  const found = datesOf(text, date).find((mention) => mention.text === span);
  expect(found, `dates: '${span}' in '${text}'`).toBeDefined();
  expect({ type: found?.type, value: found?.value, mod: found?.mod }).toEqual({ type, value, mod });
  expect(text.slice(found?.start, found?.end)).toBe(span);
}

// the article date, 2017-10-08, is a Sunday
const WITH_ARTICLE_DATE: Row[] = [
  // calendar dates at the granularity written
  ["The ceasefire took effect on Nov. 3.", "Nov. 3", "DATE", "2017-11-03"],
  ["The accord was signed on October 5, 2016.", "October 5, 2016", "DATE", "2016-10-05"],
  ["Prices rose in August.", "August", "DATE", "2017-08"],
  ["He was arrested in 1998.", "1998", "DATE", "1998"],
  ["The 2016 elections changed little.", "2016", "DATE", "2016"],
  ["Refugees fled during the 1990s.", "the 1990s", "DATE", "199"],
  ["Talks were held last May.", "last May", "DATE", "2017-05"],
  ["Profit fell in the third quarter.", "the third quarter", "DATE", "2017-Q3"],
  // relative dates: the unit gives the granularity
  ["The rebels seized the town last year.", "last year", "DATE", "2016"],
  ["The group was founded five years ago.", "five years ago", "DATE", "2012"],
  ["The camp opened three weeks ago.", "three weeks ago", "DATE", "2017-W37"],
  ["The pact was signed four days ago.", "four days ago", "DATE", "2017-10-04"],
  ["Talks are planned for next week.", "next week", "DATE", "2017-W41"],
  ["Growth has slowed this year.", "this year", "DATE", "2017"],
  ["Fighting stopped yesterday.", "yesterday", "DATE", "2017-10-07"],
  // bare weekdays and months: the last one, unless the clause speaks of the future
  ["Rebels attacked the town on Friday.", "Friday", "DATE", "2017-10-06"],
  ["The vote will be held on Tuesday.", "Tuesday", "DATE", "2017-10-10"],
  ["The talks resumed in December.", "December", "DATE", "2016-12"],
  ["The talks will resume in December.", "December", "DATE", "2017-12"],
  ["The raid, he said on Sunday, was planned.", "Sunday", "DATE", "2017-10-08"],
  // times: parts of the day and clock times
  ["Shelling resumed on Saturday morning.", "Saturday morning", "TIME", "2017-10-07TMO"],
  ["Jets struck on Friday afternoon.", "Friday afternoon", "TIME", "2017-10-06TAF"],
  ["Strikes continued tonight.", "tonight", "TIME", "2017-10-08TNI"],
  ["The convoy left at 3:30 p.m. on Friday.", "3:30 p.m. on Friday", "TIME", "2017-10-06T15:30"],
  ["The curfew starts at 9 p.m.", "9 p.m.", "TIME", "2017-10-08T21:00"],
  // durations, without the leading preposition
  ["For five years the city was under siege.", "five years", "DURATION", "P5Y"],
  ["The siege lasted for two months.", "two months", "DURATION", "P2M"],
  ["Aid has slowed over the past month.", "the past month", "DURATION", "P1M"],
  ["Prices doubled over the past two years.", "the past two years", "DURATION", "P2Y"],
  ["The talks could take a few days.", "a few days", "DURATION", "PXD"],
  ["Rescuers worked for six hours.", "six hours", "DURATION", "PT6H"],
  ["They fought a two-year war.", "two-year", "DURATION", "P2Y"],
  ["Fighting has raged for nearly two decades.", "nearly two decades", "DURATION", "P20Y", "LESS_THAN"],
  ["He spent more than a year in prison.", "more than a year", "DURATION", "P1Y", "MORE_THAN"],
  // sets
  ["Markets open every Monday.", "every Monday", "SET", "XXXX-WXX-1"],
  ["Patrols run each day.", "each day", "SET", "P1D"],
  ["The paper is printed daily.", "daily", "SET", "P1D"],
  ["Elections are held every four years.", "every four years", "SET", "P4Y"],
  // present, past and future references
  ["Now the militants are surrounded.", "Now", "DATE", "PRESENT_REF"],
  ["The road is currently closed.", "currently", "DATE", "PRESENT_REF"],
  ["At present there is no deal.", "present", "DATE", "PRESENT_REF"],
  ["The army recently retook the hill.", "recently", "DATE", "PAST_REF"],
  ["Such attacks happened in the past.", "the past", "DATE", "PAST_REF"],
  ["More attacks are likely in the future.", "the future", "DATE", "FUTURE_REF"],
  ["The group said several years ago it would fight.", "several years ago", "DATE", "PAST_REF"],
  // modifiers stay in the span
  ["The offensive began early this year.", "early this year", "DATE", "2017", "START"],
  ["Elections are due late next year.", "late next year", "DATE", "2018", "END"],
  ["Growth slowed in mid-2016.", "mid-2016", "DATE", "2016", "MID"],
  ["The camp closed at the end of 2015.", "the end of 2015", "DATE", "2015", "END"],
];

// without an article date, only what is written has a value
const WITHOUT_ARTICLE_DATE: Row[] = [
  ["The accord was signed on October 5, 2017.", "October 5, 2017", "DATE", "2017-10-05"],
  ["He was arrested in 1998.", "1998", "DATE", "1998"],
  ["The town fell last year.", "last year", "DATE", null],
  ["Rebels attacked on Friday.", "Friday", "DATE", null],
  ["The ceasefire took effect on Nov. 3.", "Nov. 3", "DATE", "XXXX-11-03"],
  ["The siege lasted for three years.", "three years", "DURATION", "P3Y"],
];

describe("dates", () => {
  it.each(WITH_ARTICLE_DATE)("dates: %s -> %s", (sentence, ...rest) => {
    expectMention(sentence, "2017-10-08", [sentence, ...rest]);
  });

  it.each(WITHOUT_ARTICLE_DATE)("dates without an article date: %s -> %s", (sentence, ...rest) => {
    expectMention(sentence, null, [sentence, ...rest]);
  });

  it.each([
    ["Talks began on Monday to end on Friday.", ["Monday", "Friday"]],
    ["Monday night. This morning the shelling stopped.", ["Monday night", "This morning"]],
    ["Over the past week and in September, fighting grew.", ["the past week", "September"]],
  ])("dates: spans of %s", (sentence, spans) => {
    expect(datesOf(sentence).map((mention) => mention.text)).toEqual(spans);
  });

  it.each([["Rebels attacked on Friday."], ["For three years it ruled the city."]])("dates: sources name the producer in %s", (sentence) => {
    for (const mention of datesOf(sentence)) expect(mention.source).toMatch(/^extract\/dates:(?:chrono\/EN\w+|duration)$/);
  });
});

const SEED = "/work/shared/seed/raqqa-2017-10-08.txt";

describe("dates on the seed article", () => {
  it.skipIf(!existsSync(SEED))("dates: finds the 13 annotated mentions, in order", () => {
    const raw = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";
    const found = extractDates(readDocument(raw)).dates ?? [];
    const expected: Array<[string, string, string | null, string | null]> = [
      ["Oct. 5", "DATE", "2017-10-05", null],
      ["Sunday night", "TIME", "2017-10-08TNI", null],
      ["this year", "DATE", "2017", null],
      ["two years ago", "DATE", "2015", null],
      ["Sunday", "DATE", "2017-10-08", null],
      ["three years", "DURATION", "P3Y", null],
      ["Now", "DATE", "PRESENT_REF", null],
      ["this year", "DATE", "2017", null],
      ["September", "DATE", "2017-09", null],
      ["Sunday", "DATE", "2017-10-08", null],
      ["the past week", "DURATION", "P1W", null],
      ["early this year", "DATE", "2017", "START"],
      ["June", "DATE", "2017-06", null],
    ];
    const rows = found.map((mention) => [mention.text, mention.type, mention.value, mention.mod]);
    // every expected mention, in text order; `the coming few days` (PXD) is found as well
    const matched = rows.filter((row) => expected.some((want) => JSON.stringify(want) === JSON.stringify(row)));
    expect(matched).toEqual(expected);
    for (const mention of found) expect(raw.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

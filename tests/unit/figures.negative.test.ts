// figures: text that must yield no figure at all.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/figures.js";
import { readDocument } from "../../src/read/document.js";

function figureTexts(text: string): string[] {
  return (extractFigures(readDocument(text, { date: "2017-10-08" })).figures ?? []).map((figure) => figure.text);
}

describe("figures: not figures", () => {
  it.each<[string, string]>([
    // numbers no one can add up (found by tests/unit/property.test.ts)
    ["overflows to Infinity", `${"9".repeat(309)} `],
    ["several decimal points", "It passed 12.5.6.7nd reading."],
    // years and dates
    ["year", "The city fell in 2017."],
    ["year with people after it", "In 2015 people voted."],
    ["season", "It was the 2016-17 season."],
    ["year span", "He served 2014-2017 in Kabul."],
    ["abbreviated month", "A bridge in Raqqa, Syria Oct. 5."],
    ["month then day", "It opened on October 5, 2017."],
    ["day then month", "It opened on 5 October."],
    ["ordinal day of month", "It opened on the 5th of October."],
    ["May as a month", "The vote is on May 5."],
    ["slashed date", "It was signed on 10/5/2017."],
    ["ISO date", "It was signed on 2017-10-05."],
    ["decade", "It began in the 1990s."],
    ["decade of life", "She is in her 20s."],
    ["nickname date", "After 9/11 the rules changed."],
    ["round the clock", "They work 24/7."],
    // times and durations (the dates extractor's job)
    ["clock time", "They met at 3:30 pm."],
    ["hour", "They met at 5 pm."],
    ["hour with dots", "They met at 5 a.m."],
    ["military time", "It began at 0900 GMT."],
    ["duration", "For three years Raqqa was its capital."],
    ["time ago", "Two years ago it ruled the city."],
    ["duration in digits", "The truce lasted 48 hours."],
    ["hyphenated duration", "They agreed a 48-hour truce."],
    ["age compound", "A 10-year-old boy was found."],
    ["age", "The man, aged 25, was found."],
    ["ordinal day", "It was the fifth day of talks."],
    ["century", "It is the 21st century."],
    ["long duration", "It took two and a half years."],
    ["half an hour", "It took half an hour."],
    ["quarter of a century", "It lasted a quarter of a century."],
    // numbers inside names
    ["resolution", "It cited Resolution 2254 on Syria."],
    ["aircraft", "A Boeing 737 landed."],
    ["aircraft and its series", "Boeing 737-800 jets were grounded."],
    ["road", "They drove down Route 66 at night."],
    ["mission", "Apollo 11 landed."],
    ["jet", "An F-16 jet crashed."],
    ["group", "The G20 met."],
    ["network", "The 5G network went live."],
    ["disease", "COVID-19 spread."],
    ["number sign", "He lives at No. 10."],
    ["military unit", "The 5th Fleet sailed."],
    ["street", "They marched down Fifth Avenue."],
    // references in scientific and legal text
    ["bracketed citation", "It was described before [12]."],
    ["citation list", "It was described before [27,28]."],
    ["figure", "It is shown in Fig. 5."],
    ["figure list", "See Figs. 10 and 11."],
    ["equations", "It follows from Eqs. (18), (19) and (24)."],
    ["label list", "Symptoms were measured at phases 3, 5, and 7."],
    ["section number", "It is discussed in Section 3.1.3."],
    ["ordinal year", "It was the third year of war."],
    // numbers that name, cite or locate in scientific text
    ["gene clone", "Clone hSOX2-23 grew fast."],
    ["marker", "Cells expressed TRA-1–60 strongly."],
    ["citation list in brackets", "It was shown before (26,29,49)."],
    ["function arguments", "They used poly(3,4-ethylenedioxythiophene) films."],
    ["coordinates", "The borehole lies at 57°44’8.47”N today."],
    ["scale codes", "Scored so that 0 = never and 3 = always."],
    ["isotope ratio", "Its 13C/12C ratio was measured."],
    ["radiocarbon dates", "It rests on 14C dates of carbonates."],
    ["ordinal opening an argument", "Third, the samples were dried."],
    ["figure panels", "See Figures 3I and 3J."],
    ["table rows", "Columns 2 and 3 show the size."],
    ["age after a name", "Milan Kovac, 46, was sentenced."],
    ["race distance", "She ran a 5K race."],
    // phone numbers
    ["international phone", "Call +44 20 7946 0958 today."],
    ["US phone", "Call (212) 555-1234 today."],
    // `one` as a pronoun, and phrases that only look like amounts
    ["one of", "It took al-Mayadin, one of the terrorists' last strongholds."],
    ["no one", "No one came."],
    ["one day", "One day it will end."],
    ["a number of", "They advanced on a number of fronts."],
    ["a series of", "It launched a series of counter attacks."],
    ["first and second", "The first attack and a second wave."],
    ["second half", "They scored in the second half."],
    ["half-time", "At half-time it was level."],
    ["a few days", "It will end in the coming few days."],
    ["test scores", "Test scores rose."],
    ["header", " date 2017-10-08 Nothing here."],
    ["list marker", "1. Introduction"],
    ["empty", ""],
    ["punctuation only", "... -- / : %"],
  ])("%s: %s", (_name, text) => {
    expect(figureTexts(text)).toEqual([]);
  });
});

// how long these take is measured by the bench (scripts/bench.ts, hostile inputs), at up to a megabyte
describe("figures: odd input", () => {
  it.each<[string, string]>([
    ["long run of digits", "9".repeat(5000)],
    ["long run of dashes and numbers", "1-".repeat(5000)],
    ["unbalanced signs", "$ $ $ £ € % ° ".repeat(500)],
  ])("%s: no figure", (_name, text) => {
    expect(figureTexts(text)).toEqual([]);
  });

  it("long run of number words: no figure runs over more than one word", () => {
    const texts = figureTexts("one two three ".repeat(2000));
    expect(texts.filter((text) => !["one", "two", "three"].includes(text))).toEqual([]);
  });
});

// extract/quotes, negative cases: text that holds no quote with a speaker, and odd input
// that must neither throw nor let a quote run over the rest of the article.
import { describe, expect, it } from "vitest";
import { pairQuotationMarks } from "../../src/extract/quotes/marks.js";
import { quotesOf } from "./quote-stages.js";

const NO_QUOTES: Array<[string, string]> = [
  ["a name after called", "He set up a website called “Cape Breton If Trump Wins” last week."],
  ["a name after called and a determiner", "The planes flew for a group called the “People First Foundation” on Friday."],
  ["scare quotes", 'Raqqa was the capital of the so-called "caliphate" for three years.'],
  ["a word in quotes without the naming verb", 'The fighters used "tunnels" to move between the houses.'],
  ["title of a work", 'The film "Dunkirk" opened in cinemas across the country on Friday.'],
  ["title at the start of a sentence", '"War and Peace" is a novel by Leo Tolstoy.'],
  ["nickname after `known as`", 'The commander, known as "the engineer of the eastern front", was killed in the strike.'],
  ["`asked for` a time-long thing is a request", "She asked for two weeks of leave from the company."],
  ["`and added` a goal is no speech", "The team scored early and added a second goal after the break."],
  ["`called` an emergency session", "The council called an emergency session following those reports."],
  ["`called` the police", "He called the police to the scene."],
  ["`asked to` in the passive", "He was asked to leave the room."],
  ["`said that,`: the pronoun, no clause", "If he said that, he lied."],
  ["headline with a quote", 'Minister: "We will not negotiate with terrorists"'],
  ["headline with a quote over a story without speech", 'Army vows "total victory" in Raqqa\n\nThe army advanced on the town on Sunday.'],
  ["a partial quote with no one saying it", 'The streets were "a maze of rubble and wire" after the battle.'],
  ["`called` a meeting", "He called a press conference on Sunday."],
  ["passive `is called`", "The town is called Raqqa by its people."],
  ["`self-described`", "She is a self-described socialist from Vermont."],
  ["`said nothing`", "A third of the voters said nothing."],
  ["a cue form read as a noun", "The claims of the investors were rejected by the court."],
  ["`asked for` money", "The city asked for more money from the state."],
  ["`called on` a day", "The senator called on Monday and left a message."],
  ["passive `was described as`", "The plan was described as “a recipe for disaster” in the report."],
  ["a title after a verb that takes no clause", "The band played “Born in the USA.”"],
  ["passive `was told`", "He was told that the war was over by the end of the year."],
  ["`the said`", "The said document was signed by both parties in June."],
  ["a cue inside a hyphenated word", "The self-declared caliphate lost its last stronghold in the city."],
  ["a request, not a statement", "The United Nations has asked for $45 million to help them through the next three months."],
  ["a topic, not a statement", "Forecasters warned of further landslides over the weekend."],
  ["no cue at all", "The army and its allies reached the city of Deir al-Zor in September."],
  ["cue with only an adjunct after it", "He said Tuesday."],
  ["a participle without a clause", "The general inspected the troops, saying goodbye to the men."],
  ["a participle with a noun object", "He walked to the podium, noting the crowd."],
  ["apostrophes that are no marks", "The '' sign and the 80's styles were back in fashion."],
  ["a show's title in Title Case", "The interview aired on NBC’s “Meet the Press” on Sunday morning."],
  ["a title in Title Case with no attribution", "The film was a hit.\n\n“The Big Short” was nominated for an award in January."],
  ["a subheading in capitals", "The plan came as a surprise in Hanoi.\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nAcross Asia, officials were startled."],
  ["a refusal to say", "The spokesman declined to say whether the talks had failed."],
  ["`did not want to say`", "A third of the voters did not want to say who they backed in the race."],
  ["`it is hard to say`", "It is hard to say whether the deal will survive."],
  ["empty text", ""],
  ["blank text", "   \n\n  "],
  ["lone straight mark", '"'],
  ["empty curly marks", "“”"],
  ["empty guillemets", "«»"],
  ["marks and punctuation only", '" , " ; “ ” « » ...'],
];

const UNBALANCED: Array<[string, string]> = [
  ["opening mark never closed", '"This sentence has no closing mark and the report goes on for a while.\n\nThe next paragraph has "a quote" and more text.'],
  ["closing mark without an opening", 'The army took the town.” It said the town was calm.\n\nThe second paragraph is plain.'],
  ["curly opening never closed", "“We will fight on, she said.\n\nThe city fell a week later, after heavy fighting in the streets."],
  ["stray mark in the middle", 'The convoy of 20" trucks reached the town.\n\n"We are here," the driver said.'],
];

describe("extract/quotes: no quote", () => {
  it.each(NO_QUOTES)("%s", (_label, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("extract/quotes: unbalanced marks", () => {
  it.each(UNBALANCED)("no quote crosses a paragraph break: %s", (_label, text) => {
    const crossing = quotesOf(text).filter((q) => /\n\s*\n/.test(q.text));
    expect(crossing).toEqual([]);
  });

  // how long these take is measured by the bench (scripts/bench.ts, hostile inputs), at up to a megabyte
  it.each([
    ["cues in one endless sentence", "He said the army said that ".repeat(20_000)],
    ["commas and cues without a full stop", "the source said, the army told, ".repeat(20_000)],
  ])("run-on text without a sentence to report: %s", (_label, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it("a long article of stray marks finds nothing absurd", () => {
    const quotes = quotesOf('He said "this and that. '.repeat(20_000));
    expect(quotes.filter((q) => q.end - q.start > 6000)).toEqual([]);
  });
});

describe("extract/quotes: pairs of marks with nothing between are no quotations", () => {
  it.each([
    // [text, the quotations the scan keeps, as their text between the marks]
    ['"" "" ""', []],
    ['He said "" and then "yes" and "".', ["yes"]],
    ['"'.repeat(10_000), []], // a run of bare marks
  ])("%j", (text, kept) => {
    expect(pairQuotationMarks(text).map((q) => text.slice(q.open + 1, q.close))).toEqual(kept);
  });
});

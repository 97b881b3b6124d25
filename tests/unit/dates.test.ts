// dates: each phenomenon of the dates extractor as [sentence, span, type, value, mod] rows.
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { extractDates } from "../../src/extract/dates.js";
import { readDocument } from "../../src/read/document.js";
import type { DateMention } from "../../src/schema.js";
import { sharedAbsent, sharedPath } from "../helpers/shared.js";

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
  ["The rally on the night of Aug. 7 was peaceful.", "the night of Aug. 7", "TIME", "2017-08-07TNI"],
  ["He left on the morning of Friday.", "the morning of Friday", "TIME", "2017-10-06TMO"],
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
  ["He has lived here for some 20 years.", "some 20 years", "DURATION", "P20Y", "APPROX"],
  ["The war ended some 20 years ago.", "some 20 years ago", "DATE", "1997", "APPROX"],
  ["He has lived here for some years.", "some years", "DURATION", "PXY"],
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
  // the start or end of a period keeps the period's granularity, with a mod
  ["The mayor will resign at the end of the month.", "the end of the month", "DATE", "2017-10", "END"],
  ["Talks start at the beginning of next year.", "the beginning of next year", "DATE", "2018", "START"],
  ["He left at the end of November.", "the end of November", "DATE", "2016-11", "END"],
  ["Budgets are closed at year-end.", "year-end", "DATE", "2017", "END"],
  ["He arrived around 7:15 p.m.", "around 7:15 p.m.", "TIME", "2017-10-08T19:15", "APPROX"],
  ["Rebels attacked in early September.", "early September", "DATE", "2017-09", "START"],
  // weeks and weekends
  ["Fighting eased over the weekend.", "the weekend", "DATE", "2017-W40-WE"],
  ["The league rests next weekend.", "next weekend", "DATE", "2017-W41-WE"],
  ["Aid arrived last week.", "last week", "DATE", "2017-W39"],
  ["This past weekend, 20 people died.", "This past weekend", "DATE", "2017-W39-WE"],
  ["The coming week will be busy.", "The coming week", "DATE", "2017-W41"],
  ["Prices will rise over the coming year.", "the coming year", "DATE", "2018"],
  // seasons, by the tense of their clause when bare
  ["The rebels attacked in the summer.", "the summer", "DATE", "2017-SU"],
  ["Talks will resume in the summer.", "the summer", "DATE", "2018-SU"],
  ["Talks will resume next spring.", "next spring", "DATE", "2018-SP"],
  ["Last winter was harsh.", "Last winter", "DATE", "2016-WI"],
  ["The dam was built in the spring of 1998.", "the spring of 1998", "DATE", "1998-SP"],
  ["Prices peaked this summer.", "this summer", "DATE", "2017-SU"],
  // quarters, and the quarter a business story speaks of
  ["Sales rose in the last quarter of 2016.", "the last quarter of 2016", "DATE", "2016-Q4"],
  ["The company raised its third-quarter forecast.", "third-quarter", "DATE", "2017-Q3"],
  // a forecast is of a quarter to come (the article's date is in the fourth quarter of 2017)
  ["The company forecast first-quarter revenue of $60 billion.", "first-quarter", "DATE", "2018-Q1"],
  ["Profit rose in the second quarter. In the quarter, sales fell.", "the quarter", "DATE", "2017-Q2"],
  ["Profit beat the year-earlier quarter.", "the year-earlier quarter", "DATE", "2016-Q3"],
  ["Profit rose in the second quarter from the year-ago quarter.", "the year-ago quarter", "DATE", "2016-Q2"],
  ["Profit fell in the latest quarter.", "the latest quarter", "DATE", "2017-Q3"],
  ["Sales will grow in the current fiscal year.", "the current fiscal year", "DATE", "2017"],
  // a year back from the period it is compared with
  ["Prices rose 2 percent in August from a year earlier.", "a year earlier", "DATE", "2016-08"],
  ["Third-quarter profit rose. Net income was $5 million a year ago.", "a year ago", "DATE", "2016-Q3"],
  // decades and centuries
  ["The mosque dates from the 12th century.", "the 12th century", "DATE", "11"],
  ["Growth was strong in the nineties.", "the nineties", "DATE", "199"],
  ["A decade ago, the city was poor.", "A decade ago", "DATE", "200"],
  ["The mosque was built two centuries ago.", "two centuries ago", "DATE", "18"],
  ["Decades ago, the town was rich.", "Decades ago", "DATE", "PAST_REF"],
  ["Many years ago, he left.", "Many years ago", "DATE", "PAST_REF"],
  ["Just months ago, the firm was bleeding.", "months ago", "DATE", "PAST_REF"],
  ["Growth will slow in the next decade.", "the next decade", "DATE", "202"],
  ["The plan will be done by the end of the decade.", "the end of the decade", "DATE", "201", "END"],
  ["Revenue fell in fiscal 2016.", "fiscal 2016", "DATE", "2016"],
  // holidays
  ["The bill is expected to pass before Christmas.", "Christmas", "DATE", "2017-12-25"],
  ["Pilgrims gathered last Easter.", "last Easter", "DATE", "2017-04-16"],
  // more durations: a signal after the count stays outside, compounds are one duration
  ["Three days later the town fell.", "Three days", "DURATION", "P3D"],
  ["The vote came a month after the war.", "a month", "DURATION", "P1M"],
  ["He was jailed for six years and three months.", "six years and three months", "DURATION", "P6Y3M"],
  ["A month of drought cut output.", "A month", "DURATION", "P1M"],
  ["The war has raged for years.", "years", "DURATION", "PXY"],
  ["The secret was kept for centuries.", "centuries", "DURATION", "PXC"],
  ["The feud has lasted for decades.", "decades", "DURATION", "PXE"],
  ["It was the deadliest attack in years.", "years", "DURATION", "PXY"],
  ["The region saw its worst drought in decades.", "decades", "DURATION", "PXE"],
  ["Over the years, the town grew.", "the years", "DURATION", "PXY"],
  ["The two-week truce held.", "two-week", "DURATION", "P2W"],
  ["Fighting has eased over three years.", "three years", "DURATION", "P3Y"],
  ["The talks may last at least several years.", "several years", "DURATION", "PXY"],
  // more sets: rates
  ["Rents rose 2 percent a year.", "a year", "SET", "P1Y"],
  ["Trucks cross twice a week.", "a week", "SET", "P1W"],
  ["It costs $5 a month.", "a month", "SET", "P1M"],
  // more present and past references
  ["The current ceasefire is fragile.", "current", "DATE", "PRESENT_REF"],
  ["The recent fighting killed dozens.", "recent", "DATE", "PAST_REF"],
  ["Right now the road is closed.", "Right now", "DATE", "PRESENT_REF"],
  ["At the time, he was a senator.", "the time", "DATE", "PAST_REF"],
  ["During that time, losses mounted.", "that time", "DATE", "PAST_REF"],
  ["It's the second day of an offensive by the police.", "the second day", "DATE", "2017-10-08"],
  ["Protesters marched for the third straight day.", "the third straight day", "DATE", "2017-10-08"],
  // tense after the mention
  ["On Tuesday the council will vote.", "Tuesday", "DATE", "2017-10-10"],
  ["The deadline had been due to expire on Friday.", "Friday", "DATE", "2017-10-06"],
  // the scheduled present: a present verb next to the date points forward, a possessive date does not follow it
  ["The council meets Monday to discuss the crisis.", "Monday", "DATE", "2017-10-09"],
  ["Talks resume on Friday in Geneva.", "Friday", "DATE", "2017-10-13"],
  ["The ministers are meeting Thursday.", "Thursday", "DATE", "2017-10-12"],
  ["Officials say the attack Friday killed 12.", "Friday", "DATE", "2017-10-06"],
  ["I guess Christmas Eve was booked.", "Christmas Eve", "DATE", "2016-12-24"],
  // `would` after a reporting verb in the past is the report's future
  ["The party said its supporters would protest on Saturday.", "Saturday", "DATE", "2017-10-14"],
  ["He would often visit on Saturday.", "Saturday", "DATE", "2017-10-07"],
  ["I remember Tuesday was cold.", "Tuesday", "DATE", "2017-10-03"],
  ["The move follows Tuesday's declaration by Ford.", "Tuesday", "DATE", "2017-10-03"],
  ["The vote is Friday.", "Friday", "DATE", "2017-10-13"],
  ["The vote was Friday.", "Friday", "DATE", "2017-10-06"],
  ["Elections are due in June.", "June", "DATE", "2018-06"],
  // bare months and dates with no tense: the nearest one; a plan or `ended` decides
  ["The sale, which is expected in December, needs approval.", "December", "DATE", "2017-12"],
  ["The company plans to pay down the loan by February.", "February", "DATE", "2018-02"],
  ["The dividend would be paid in January.", "January", "DATE", "2018-01"],
  ["Sales fell in the year ended March 31.", "March 31", "DATE", "2017-03-31"],
  ["He was killed on March 1 in Kabul.", "March 1", "DATE", "2017-03-01"],
  ["The company said the dividend is payable March 1.", "March 1", "DATE", "2018-03-01"],
  ["The board has set March 1 as the deadline.", "March 1", "DATE", "2018-03-01"],
  ["The record was set on March 1.", "March 1", "DATE", "2017-03-01"],
  ["The vote, scheduled on March 1, may slip.", "March 1", "DATE", "2018-03-01"],
  // a bare month after `for`, or as an adjective after a determiner
  ["The job figures for January were strong.", "January", "DATE", "2017-01"],
  ["He sold it under a June agreement with a rival.", "June", "DATE", "2017-06"],
  // `earlier` and `later` in the span, as TimeBank writes them
  ["Earlier this month, the rebels withdrew.", "Earlier this month", "DATE", "2017-10"],
  ["The talks resume later this week.", "later this week", "DATE", "2017-W40"],
  ["He arrived earlier Sunday.", "earlier Sunday", "DATE", "2017-10-08"],
  ["Later yesterday the road reopened.", "Later yesterday", "DATE", "2017-10-07"],
  // quarters named through a year, and comparisons with the quarter reported
  ["Net sales for this year's third quarter were $14 million.", "this year's third quarter", "DATE", "2017-Q3"],
  ["The merger could be effective in next year's first quarter.", "next year's first quarter", "DATE", "2018-Q1"],
  ["Acme reported third-quarter net of $5 million. In the 2016 quarter, it earned $4 million.", "the 2016 quarter", "DATE", "2016-Q3"],
  ["Acme reported third-quarter net of $5 million, against $4 million for the corresponding period last year.", "the corresponding period last year", "DATE", "2016-Q3"],
  ["Acme reported third-quarter net of $5 million. The latest period included a gain.", "The latest period", "DATE", "2017-Q3"],
  ["Acme's third-quarter profit rose. Revenue rose 8%. Costs fell 3%. Net was $4 million a year earlier.", "a year earlier", "DATE", "2016-Q3"],
  ["Acme's third-quarter profit rose after a flat second quarter. Costs fell. Margins widened. Net was $3 million in the year-earlier period.", "the year-earlier period", "DATE", "2016-Q3"],
  // units with no count point one way
  ["Rates may fall in coming months.", "coming months", "DATE", "FUTURE_REF"],
  ["There were sell programs in past years, too.", "past years", "DATE", "PAST_REF"],
  ["Prices rose in recent years.", "recent years", "DATE", "PAST_REF"],
  ["Sales fell in recent months.", "recent months", "DURATION", "PXM"],
  ["Investors worry about the future.", "the future", "DATE", "FUTURE_REF"],
  ["Rates may rise over the near term.", "the near term", "DATE", "FUTURE_REF"],
  ["He was the then current chairman.", "then current", "DATE", "PAST_REF"],
  ["More recently, he left the board.", "More recently", "DATE", "PAST_REF"],
  // the year or week a story reports on, and the article's own day
  ["For the year, net income rose 5%.", "the year", "DATE", "2017"],
  ["Sales for the full year were $6 billion.", "the full year", "DATE", "2017"],
  ["Revenue was $9 million in the year ended March 31.", "the year", "DURATION", "P1Y"],
  ["For the week, the index fell 3.8%.", "the week", "DATE", "2017-W40"],
  ["The president arrived later in the day.", "the day", "DATE", "2017-10-08"],
  ["Prices rose over the past year.", "the past year", "DATE", "2016"],
  // a year or month counted from the date written before it
  ["On May 22, 1995, he was promoted, and the following year he left.", "the following year", "DATE", "1996"],
  ["Imports were $1.5 billion in 1988; Swiss watches took a third that year.", "that year", "DATE", "1988"],
  ["In March 2015 it hired bankers. The following month, it put itself up for sale.", "The following month", "DATE", "2015-04"],
  // a month in a year named by its distance
  ["The talks failed in July last year.", "July last year", "DATE", "2016-07"],
  ["Elections are due in March next year.", "March next year", "DATE", "2018-03"],
  // sets: plural weekdays, a month each year
  ["Bars are busy on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"],
  ["The market is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"],
  ["Orangemen march each July.", "each July", "SET", "XXXX-07"],
  // durations: counts as TimeML writes them
  ["It could take a couple of years.", "a couple of years", "DURATION", "P2Y"],
  ["Repairs take two to three weeks.", "two to three weeks", "DURATION", "PXW"],
  ["It recovered eight trading days later.", "eight trading days", "DURATION", "P8D"],
  ["The two day rally ended.", "two day", "DURATION", "P2D"],
  ["Funds will be sold in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"],
  ["He served 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M"],
  ["But a minute and a half later, a pilot called.", "a minute and a half", "DURATION", "PT1M30S"],
  ["The base is leased for at least 20 more years.", "at least 20 more years", "DURATION", "P20Y", "EQUAL_OR_MORE"],
  ["The loan may be extended for an additional year.", "an additional year", "DURATION", "P1Y"],
  ["Troops may stay no more than sixty days.", "no more than sixty days", "DURATION", "P60D", "EQUAL_OR_LESS"],
  ["The plan, drafted several months before, failed.", "several months", "DURATION", "PXM"],
  // quarters and halves
  ["Acme earned $5 million in the third quarter, against $4 million in the year-ago third quarter.", "the year-ago third quarter", "DATE", "2016-Q3"],
  ["In the year-earlier nine months, net was flat.", "the year-earlier nine months", "DURATION", "P9M"],
  ["Third-quarter sales fell from the quarter a year ago.", "the quarter a year ago", "DATE", "2016-Q3"],
  ["Earnings will be lower in the last half of 2016.", "the last half of 2016", "DATE", "2016-H2"],
  // years as they are spoken
  ["The law was passed in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"],
  ["Prices fell in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"],
  ["Troops will leave by the year two thousand.", "the year two thousand", "DATE", "2000"],
  // words after a date that widen it
  ["The plant will open in 2019 or later.", "2019 or later", "DATE", "2019", "ON_OR_AFTER"],
  ["Profits will grow over the next year or so.", "the next year or so", "DATE", "2018", "APPROX"],
  // chrono's false readings no longer swallow the date beside them
  ["The index fell 1.4%, or 6.43, on Friday.", "Friday", "DATE", "2017-10-06"],
  ["It may buy a stake after Jan. 1, 2018 at 1,015 francs a share.", "Jan. 1, 2018", "DATE", "2018-01-01"],
  ["The fund has fallen 2.08% this year.", "this year", "DATE", "2017"],
  ["Shares fell mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2017-10-07TAF", "MID"],
  // `last` as a verb stays outside the duration after it
  ["The strike could last several weeks.", "several weeks", "DURATION", "PXW"],
  ["The truce is expected to last a month.", "a month", "DURATION", "P1M"],
  ["The dispute has gone on for almost a hundred years.", "almost a hundred years", "DURATION", "P100Y", "LESS_THAN"],
  // an unnamed day to come
  ["She could one day lead the party.", "one day", "DATE", "FUTURE_REF"],
  ["Someday the border will reopen.", "Someday", "DATE", "FUTURE_REF"],
  // centuries named from the article's, and its end
  ["The city will enter the next century in debt.", "the next century", "DATE", "21"],
  ["Few such dams were built this century.", "this century", "DATE", "20"],
  ["The reactor will close by the end of this century.", "the end of this century", "DATE", "20", "END"],
  // years: the first and last of a range, and a year cut to two digits
  ["The plan covers the 1996-2000 period.", "1996", "DATE", "1996"],
  ["The plan covers the 1996-2000 period.", "2000", "DATE", "2000"],
  ["The 2016-17 season was his last.", "2016", "DATE", "2016"],
  ["He first ran for office in '98.", "'98", "DATE", "1998"],
  ["She graduated with the class of '09.", "'09", "DATE", "2009"],
  // clock times with a zone, and midnight as the end of its day
  ["The blast came at 11:30 a.m. (0830 GMT).", "0830 GMT", "TIME", "2017-10-08T08:30"],
  ["The bomb exploded at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "TIME", "2017-10-06T10:35"],
  ["The bomb exploded at 10:35 a.m. (0735 GMT) Friday.", "0735 GMT", "TIME", "2017-10-06T07:35"],
  ["The blast came at 0730 GMT Friday.", "0730 GMT Friday", "TIME", "2017-10-06T07:30"],
  ["The talks open at 1400 local time.", "1400 local time", "TIME", "2017-10-08T14:00"],
  ["The blast came at 10:30 a.m. local time.", "10:30 a.m. local time", "TIME", "2017-10-08T10:30"],
  ["The ultimatum expired at midnight Friday.", "midnight Friday", "TIME", "2017-10-06T24:00"],
  ["The curfew starts at midnight.", "midnight", "TIME", "2017-10-08T24:00"],
  ["The decision came at midday.", "midday", "TIME", "2017-10-08T12:00"],
  // a day counted from the date written before it, not from the article date
  ["He was arrested on Aug. 3, 2015. The next day he was freed.", "The next day", "DATE", "2015-08-04"],
  ["He was arrested on Aug. 3, 2015, and freed the following day.", "the following day", "DATE", "2015-08-04"],
  ["He was arrested on Aug. 3, 2015. That night he was questioned.", "That night", "TIME", "2015-08-03TNI"],
  ["He was arrested on Aug. 3, 2015. The following week he was freed.", "The following week", "DATE", "2015-W33"],
  ["He was arrested on Aug. 3, 2015, and freed the next morning.", "the next morning", "TIME", "2015-08-04TMO"],
  ["The army withdrew on Tuesday. The previous day, rebels had attacked.", "The previous day", "DATE", "2017-10-02"],
  ["Police said the man was detained the previous day.", "the previous day", "DATE", "2017-10-07"],
  // sets: the adverbs, not the adjectives
  ["Workers are paid monthly.", "monthly", "SET", "P1M"],
  ["Trains run hourly between the two cities.", "hourly", "SET", "PT1H"],
  ["Profits grew 5 percent annually.", "annually", "SET", "P1Y"],
];

// without an article date, only what is written has a value
const WITHOUT_ARTICLE_DATE: Row[] = [
  ["The accord was signed on October 5, 2017.", "October 5, 2017", "DATE", "2017-10-05"],
  ["He was arrested in 1998.", "1998", "DATE", "1998"],
  ["The town fell last year.", "last year", "DATE", null],
  ["Rebels attacked on Friday.", "Friday", "DATE", null],
  ["The ceasefire took effect on Nov. 3.", "Nov. 3", "DATE", "XXXX-11-03"],
  ["The siege lasted for three years.", "three years", "DURATION", "P3Y"],
  ["Fares rose at the start of the month.", "the start of the month", "DATE", null, "START"],
  ["Sales rose in the quarter.", "the quarter", "DATE", null],
  ["The dam was finished in the summer of 2018.", "the summer of 2018", "DATE", "2018-SU"],
  ["Sales rose in the last quarter of 2016.", "the last quarter of 2016", "DATE", "2016-Q4"],
  ["The bill is expected to pass before Christmas.", "Christmas", "DATE", null],
  ["For the year, net income rose 5%.", "the year", "DATE", null],
  ["The talks failed in July last year.", "July last year", "DATE", "XXXX-07"],
  ["Profits fell in the following year.", "the following year", "DATE", null],
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

  it.each([
    ["Rebels attacked on Friday.", [["Friday", "extract/dates:chrono/ENWeekdayParser"]]],
    ["For three years it ruled the city.", [["three years", "extract/dates:duration"]]],
  ])("dates: sources name the producer in %s", (sentence, sources) => {
    expect(datesOf(sentence).map((mention) => [mention.text, mention.source])).toEqual(sources);
  });
});

const SEED = sharedPath("seed", "raqqa-2017-10-08.txt");

describe.skipIf(sharedAbsent)("dates on the seed article", () => {
  it("dates: finds the 13 annotated mentions, in order", () => {
    const raw = readFileSync(SEED, "utf8");
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

describe("dates: a chrono bug costs a sentence, never the article", () => {
  // chrono 2.10's ENMergeRelativeAfterDateRefiner threw on economic-table lines such as these
  // (CoNLL-2003); chrono is made to throw here on any text that holds one, as that refiner did
  const TABLE_LINE = /yr \/ yr/i;
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["Prices rose on Monday.\nYr / yr Inflation (%) +3.7 +3.6 +4.7 119.3 -\nThe bank meets on Friday.", ["Monday", "Friday"]],
    ["Prices rose on Monday.\nYr / yr rise +3.5 +3.6 +5.2 - -\nThe bank meets on Friday.", ["Monday", "Friday"]],
    // the failing sentence loses its own month with it
    ["Prices rose on Monday.\nCPI (pct) July +0.4m / m; 23.0yr / yr (June +0.9;+23.6)\nThe bank meets on Friday.", ["Monday", "Friday"]],
  ])("%j -> %j", (text, spans) => {
    const parse = chrono.Chrono.prototype.parse;
    const failing = vi.spyOn(chrono.Chrono.prototype, "parse").mockImplementation(function (this: chrono.Chrono, piece, ...rest) {
      if (TABLE_LINE.test(piece)) throw new TypeError("Cannot read properties of null");
      return parse.call(this, piece, ...rest);
    });
    const found = extractDates(readDocument(text, { date: "1996-08-22" })).dates ?? [];
    expect(failing.mock.results.some((result) => result.type === "throw")).toBe(true);
    expect(found.map((mention) => mention.text)).toEqual(spans);
  });
});

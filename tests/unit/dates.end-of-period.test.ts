// dates: chrono's end-of-period refiner, run on a window before each date, as chrono runs it on all
// the text before: [sentence, the date's text, year, month, day] rows (reference 2019-06-15).
import { describe, expect, it } from "vitest";
import { runChrono } from "../../src/extract/dates/chrono-runner.js";
import { prefixWindowStart } from "../../src/extract/dates/end-of-period.js";

const REFERENCE = new Date(Date.UTC(2019, 5, 15, 12));

describe("dates: the end of a period", () => {
  it.each<[string, string, number, number, number]>([
    ["It ends at the end of March.", "end of March", 2019, 3, 31],
    ["By the last day of the month, nothing.", "last day of the month", 2019, 6, 30],
    ["until the end of next year", "end of next year", 2020, 12, 31],
    ["end of March this year", "end of March this year", 2019, 3, 31],
    // spaces of any length between the words
    ["the end of      \n   March", "end of      \n   March", 2019, 3, 31],
    // `end` inside a word is no prefix
    ["The trend of March sales", "March", 2019, 3, 1],
    ["On the 5end of March", "March", 2019, 3, 1],
    ["The weekend of March 3 was calm.", "March 3", 2019, 3, 3],
  ])("%j -> %j", (text, span, year, month, day) => {
    const hit = runChrono(text, REFERENCE, []).find((h) => text.slice(h.start, h.end) === span);
    expect(hit, `dates: '${span}' in '${text}'`).toBeDefined();
    const start = hit!.result.start;
    expect([start.get("year"), start.get("month"), start.get("day")]).toEqual([year, month, day]);
  });

  // [text before the date, where the window starts]: back over spaces and 12 letters at most, and one more
  it.each<[string, number]>([
    ["the end of ", 0],
    ["It ends at the end of ", 4],
    ["x, last day of the ", 1],
    ["1234 end of ", 3],
    ["", 0],
  ])("the window before %j starts at %i", (before, start) => {
    expect(prefixWindowStart(before + "March", before.length)).toBe(start);
  });
});

// Overlap lookups (src/spans.ts) against a pairwise scan, and what they decide in the pipeline: a
// date's words are neither an entity mention nor a figure.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { overlapIndex } from "../../src/spans.js";

type S = { start: number; end: number };
const s = (start: number, end: number): S => ({ start, end });

describe("overlapIndex: the spans that overlap a query, in the list's order", () => {
  it.each<[string, S[], S, S[]]>([
    ["none in an empty list", [], s(0, 5), []],
    ["touching is not overlapping", [s(0, 5), s(10, 12)], s(5, 10), []],
    ["one inside", [s(0, 3), s(4, 6), s(8, 9)], s(3, 7), [s(4, 6)]],
    ["a long span that starts early still reaches", [s(0, 100), s(10, 12), s(50, 51)], s(60, 61), [s(0, 100)]],
    ["unsorted input, answers in input order", [s(50, 60), s(0, 55), s(20, 30)], s(25, 52), [s(50, 60), s(0, 55), s(20, 30)]],
  ])("%s", (_, items, query, expected) => {
    expect(overlapIndex(items)(query)).toEqual(expected);
    // the same as testing every pair
    expect(items.filter((x) => x.start < query.end && query.start < x.end)).toEqual(expected);
  });
});

describe("a date's words are neither an entity nor a figure", () => {
  it.each<[string, string, string]>([
    ["the day of a date is no figure", "Troops entered the town on Oct. 5 after a siege.", "5"],
    ["a year is no figure", "The war began in 2011 and has not ended.", "2011"],
  ])("%s", (_, text, notFigure) => {
    const result = parseArticle(text, { date: "2017-10-08" });
    expect(result.dates.length).toBeGreaterThan(0);
    expect(result.figures.map((f) => f.text)).not.toContain(notFigure);
  });
});

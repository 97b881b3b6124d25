// The table at a terminal's width: name columns grow from their 80-column widths up to a
// maximum, the last column takes the rest; below 80 the last column gives way first.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { terminalColumns } from "../../src/cli/io.js";
import { fitColumns, formatTable } from "../../src/format/table.js";
import type { Result } from "../../src/schema.js";

const plain = new Chalk({ level: 0 });

describe("fitColumns", () => {
  it.each<[number, number[], number, { names: number[]; last: number }]>([
    [80, [26], 35, { names: [26], last: 35 }],
    [90, [26], 35, { names: [36], last: 35 }],
    [160, [26], 35, { names: [40], last: 101 }],
    [120, [24, 20], 21, { names: [40, 40], last: 25 }],
    [100, [24, 20], 21, { names: [40, 24], last: 21 }],
    [70, [26], 35, { names: [26], last: 25 }],
    [50, [26], 35, { names: [21], last: 10 }],
    [30, [24, 20], 21, { names: [10, 10], last: 10 }],
  ])("%i columns, names %j, last %i", (columns, names, last, expected) => {
    expect(fitColumns(columns, names, last)).toEqual(expected);
  });
});

const NAME = "Coordinating Committee of the Revolutionary Forces of the North";
const ROLES = ["armed group", "coalition of militias that holds the northern districts"];
const result: Result = {
  id: "t",
  meta: { date: "2019-03-14", title: null, url: null, dateline: null, credits: [] },
  actors: [{ id: "a1", name: NAME, type: "organization", subtype: null, aliases: [], roles: ROLES, mentions: [{ start: 0, end: NAME.length, text: NAME, source: "test" }] }],
  places: [],
  dates: [],
  quotes: [],
  figures: [],
};

describe("formatTable", () => {
  const actorRow = (columns?: number) => formatTable(result, plain, columns).split("\n")[3];
  it.each<[number | undefined, string]>([
    [undefined, "  a1   Coordinating Committee of… org     1x armed group; coalition of militias…"],
    [80, "  a1   Coordinating Committee of… org     1x armed group; coalition of militias…"],
    [120, "  a1   Coordinating Committee of the Revolutio… org     1x armed group; coalition of militias that holds the northern d…"],
    [160, "  a1   Coordinating Committee of the Revolutio… org     1x armed group; coalition of militias that holds the northern districts"],
  ])("%s columns", (columns, row) => {
    expect(actorRow(columns)).toBe(row);
  });

  it.each([[80], [100], [160]])("no line is wider than %i columns", (columns) => {
    const full = { ...result, actors: [{ ...result.actors[0]!, roles: [ROLES[1]!.repeat(4)] }] };
    for (const line of formatTable(full, plain, columns).split("\n")) expect(line.length, line).toBeLessThanOrEqual(columns);
  });
});

describe("terminalColumns", () => {
  it.each([
    // [what the terminal reports, COLUMNS, width used]
    [120, undefined, 120],
    [120, "60", 120], // the terminal's own size wins
    [0, "100", 100], // a pty of unknown size: COLUMNS
    [0, undefined, undefined], // nothing known: the table's default
    [0, "wide", undefined],
    [0, "-5", undefined],
  ] as const)("reported %s, COLUMNS=%s -> %s", (reported, variable, expected) => {
    expect(terminalColumns(reported, variable)).toBe(expected);
  });
});

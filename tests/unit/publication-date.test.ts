// A record's date as exports write it -> the day of publication, where it was published.
import { describe, expect, it } from "vitest";
import { parseRecordLine } from "../../src/io/records.js";
import { publicationDay } from "../../src/read/publication-date.js";

describe("publicationDay", () => {
  it.each<[string | number, string | null]>([
    ["2022-06-20", "2022-06-20"],
    ["2022-06-20T08:00:00Z", "2022-06-20"],
    ["2022-06-20T08:00Z", "2022-06-20"],
    ["2022-06-20T23:30:00-05:00", "2022-06-20"], // the evening of the 20th where it was published, the 21st in UTC
    ["2022-06-20T00:30:00+0900", "2022-06-20"],
    ["2022-06-20 08:00:00.123+02:00", "2022-06-20"],
    ["Mon, 20 Jun 2022 08:00:00 +0000", "2022-06-20"],
    ["20 Jun 2022 23:59 GMT", "2022-06-20"],
    ["Fri, 1 Jul 2022 06:00:00 EDT", "2022-07-01"],
    [1655712000, "2022-06-20"], // Unix seconds
    ["1655712000000", "2022-06-20"], // Unix milliseconds
    ["yesterday", null],
    ["20/06/2022", null],
    ["2022-06-20T08:00:00 in the morning", null],
    ["123", null],
  ])("%j -> %s", (value, day) => {
    expect(publicationDay(value)).toBe(day);
  });
});

describe("an NDJSON record's date", () => {
  it.each<[unknown, string | undefined | "invalid_date"]>([
    ["2022-06-20T08:00:00Z", "2022-06-20"],
    [1655712000, "2022-06-20"],
    [undefined, undefined],
    ["next week", "invalid_date"],
    [true, "invalid_date"],
  ])("%j -> %s", (date, expected) => {
    const item = parseRecordLine(Buffer.from(JSON.stringify({ id: "r", text: "Talks ended.", date })), { source: "in.ndjson", line: 1 });
    expect(item?.kind === "record" ? item.record.date : item?.kind === "failed" ? item.code : item).toEqual(expected);
  });
});

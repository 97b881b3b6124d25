// dateline: the wire dateline that opens a story is read into doc.dateline, and its date is no date mention.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/extract/dates.js";
import { readDocument } from "../../src/read/document.js";

type Row = [text: string, expected: { text: string; place: string | null; date: string | null; agency: string | null }];

// the article date, 2017-10-08
const DATELINES: Row[] = [
  ["BEIRUT, Oct 5 (Reuters) - Syrian jets struck the town.", { text: "BEIRUT, Oct 5 (Reuters) -", place: "BEIRUT", date: "2017-10-05", agency: "Reuters" }],
  ["WASHINGTON (AP) — The Senate voted on Friday.", { text: "WASHINGTON (AP) —", place: "WASHINGTON", date: null, agency: "AP" }],
  ["Flood hits the city.\nLONDON 1996-08-30\nThe river burst its banks.", { text: "LONDON 1996-08-30", place: "LONDON", date: "1996-08-30", agency: null }],
  ["KABUL, Afghanistan (AFP)_ Gunmen attacked a bank.", { text: "KABUL, Afghanistan (AFP)_", place: "KABUL", date: null, agency: "AFP" }],
  ["NEW YORK _ A fire broke out in Queens.", { text: "NEW YORK _", place: "NEW YORK", date: null, agency: null }],
  ["Gaza, Dec. 30 (Xinhua) -- Rockets were fired.", { text: "Gaza, Dec. 30 (Xinhua) --", place: "Gaza", date: "2016-12-30", agency: "Xinhua" }],
  ["MOSUL, Iraq, 2 October 2017 - Troops advanced.", { text: "MOSUL, Iraq, 2 October 2017 -", place: "MOSUL", date: "2017-10-02", agency: null }],
];

const NO_DATELINE = [
  "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
  "Officials said the road was closed.",
  "The Sunday Times - a newspaper - ran the story.",
  "Update - The army said on Sunday it had retaken the town.",
  "",
];

describe("dateline", () => {
  it.each(DATELINES)("dateline: %j", (text, expected) => {
    const doc = readDocument(text, { date: "2017-10-08" });
    expect(doc.dateline).toMatchObject(expected);
    expect(text.slice(doc.dateline?.start, doc.dateline?.end)).toBe(expected.text);
    // its date is metadata, not a date mention; its place stays in the text the extractors read
    const dates = extractDates(doc).dates ?? [];
    expect(dates.some((mention) => (doc.dateline?.end ?? 0) > mention.start)).toBe(false);
    expect(doc.text.includes(expected.place ?? "")).toBe(true);
  });

  it.each(NO_DATELINE)("dateline: none in %j", (text) => {
    expect(readDocument(text, { date: "2017-10-08" }).dateline).toBeNull();
  });

  it.each([
    ["BEIRUT, Oct 5 (Reuters) - Jets struck.", "XXXX-10-05"],
    ["LONDON 1996-08-30\nThe river rose.", "1996-08-30"],
  ])("dateline: without an article date %j has the date %s", (text, date) => {
    expect(readDocument(text).dateline?.date).toBe(date);
  });

  it("dateline: the body's own dates are still found", () => {
    const doc = readDocument("BEIRUT, Oct 5 (Reuters) - Syrian jets struck the town on Wednesday.", { date: "2017-10-05" });
    expect((extractDates(doc).dates ?? []).map((mention) => [mention.text, mention.value])).toEqual([["Wednesday", "2017-10-04"]]);
  });
});

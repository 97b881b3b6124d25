// `parse` reads one article: a file of JSON records is named as one, and prose that starts with a
// brace is still prose.
import { describe, expect, it } from "vitest";
import { jsonRecords } from "../../src/io/records-count.js";

describe("jsonRecords", () => {
  it.each<[string, ReturnType<typeof jsonRecords>]>([
    ['{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n', { form: "ndjson", count: 2 }],
    ['{"text":"x"}', { form: "ndjson", count: 1 }],
    ['\n{"id":"a","text":"x"}\n\n{"id":"b","text":"y"}', { form: "ndjson", count: 2 }],
    ['[{"id":"a","text":"x"},{"id":"b","text":"y"}]', { form: "array", count: 2 }],
    // not records: prose, JSON without a text, a line of prose among records
    ["Officials said 40 people died.", null],
    ['{"weather": "sunny"} was the headline on Monday.', null],
    ['{"id":"a","body":"x"}', null],
    ['{"id":"a","text":"x"}\nand then the article went on.', null],
    ["[1, 2, 3]", null],
    ["[]", null],
    ["[Reuters] Officials said 40 people died.", null],
  ])("%j", (text, records) => {
    expect(jsonRecords(text)).toEqual(records);
  });
});

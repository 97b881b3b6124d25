// batch's progress bar as a pure function of its state: records written, and a share of records
// (when their number is known) or of bytes read (when it is not) that reaches 100% only at the end.
import { describe, expect, it } from "vitest";
import { progressLine, type Progress } from "../../src/batch/progress.js";

const state = (parts: Partial<Progress>): Progress => ({ records: 0, errors: 0, seconds: 0, bytesRead: 0, totalBytes: null, totalRecords: null, ...parts });

describe("batch: the progress line", () => {
  it.each<[string, Partial<Progress>, string]>([
    ["nothing yet, nothing known", {}, "0 records  0.0/s"],
    ["stdin: a count, no share", { records: 1234, errors: 3, seconds: 10 }, "1,234 records  123.4/s  3 errors"],
    ["one record, one error", { records: 1, errors: 1, seconds: 2 }, "1 record  0.5/s  1 error"],
    ["NDJSON files: a share of bytes", { records: 50, seconds: 10, bytesRead: 250, totalBytes: 1000 }, "[#####...............]  25%  50 records  5.0/s  ETA 0:30"],
    ["an hour to go", { records: 9000, errors: 1, seconds: 3600, bytesRead: 500, totalBytes: 1000 }, "[##########..........]  50%  9,000 records  2.5/s  ETA 1:00:00  1 error"],
    // a small NDJSON file is read whole before its first record is written
    ["every byte read after the first record: 99%, not 100%", { records: 1, seconds: 1, bytesRead: 1000, totalBytes: 1000 }, "[###################.]  99%  1 record  1.0/s  ETA 0:00"],
    [".txt files: a share of records written", { records: 1, seconds: 1, bytesRead: 3000, totalBytes: 3000, totalRecords: 3 }, "[######..............]  33%  1 record  1.0/s  ETA 0:02"],
    ["199 of 200 records: 99%", { records: 199, seconds: 199, totalBytes: 10, bytesRead: 10, totalRecords: 200 }, "[###################.]  99%  199 records  1.0/s  ETA 0:01"],
    ["the last record written: 100%, no ETA", { records: 200, seconds: 200, totalBytes: 10, bytesRead: 10, totalRecords: 200 }, "[####################] 100%  200 records  1.0/s"],
    ["empty files: no share", { records: 0, totalBytes: 0 }, "0 records  0.0/s"],
  ])("%s", (_label, parts, line) => {
    expect(progressLine(state(parts))).toBe(line);
  });
});

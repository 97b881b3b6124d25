// convert: the four annotation formats, on samples the team wrote into tests/data/convert
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldSpans } from "../../src/eval/gold.js";
import { GoldDocumentSchema, type GoldDocument } from "../../src/schema.js";
import { ROOT, runCli } from "../helpers/cli.js";

const DATA = join(ROOT, "tests", "data", "convert");

async function convert(format: string, path: string): Promise<{ docs: GoldDocument[]; stderr: string }> {
  const run = await runCli(["convert", "--from", format, join(DATA, path)]);
  expect(run.code, run.stderr).toBe(0);
  const docs = run.stdout.trim().split("\n").map((line) => GoldDocumentSchema.parse(JSON.parse(line)));
  return { docs, stderr: run.stderr };
}

describe("convert", () => {
  it.each([
    ["conll", "conll/sample.txt", 2],
    ["timeml", "timeml", 1],
    ["brat-attribution", "brat", 1],
    ["measeval", "measeval", 1],
  ])("--from %s gives valid gold whose spans slice the rebuilt text", async (format, path, count) => {
    const { docs } = await convert(format, path);
    expect(docs).toHaveLength(count);
    for (const doc of docs) {
      const spans = goldSpans(doc);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) expect(doc.text!.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("conll: text rebuilt with news spacing; PER/ORG actors, LOC places, MISC ignored; dateline as date", async () => {
    const { docs } = await convert("conll", "conll/sample.txt");
    const [first, second] = docs;
    expect(first!.text).toContain("Mayor Jana Kovacova (Green Party) said the Danube's level rose 40%,n't");
    expect(first!.date).toBe("2021-04-02");
    expect(first!.actors!.map((a) => [a.name, a.type])).toEqual([
      ["Jana Kovacova", "person"],
      ["Green Party", "organization"],
    ]);
    expect(first!.places!.map((p) => p.name)).toEqual(["RIVER", "BRATISLAVA", "Danube"]);
    expect(first!.ignore!.map((i) => i.text)).toEqual(["Slovak"]);
    expect(second!.text).toBe("Kovacova visited Vienna for $5.");
    expect(second!.date).toBeNull();
  });

  it("timeml: TIMEX3 type, value and mod; entities decoded; the DCT as date", async () => {
    const { docs } = await convert("timeml", "timeml");
    expect(docs[0]!.date).toBe("2001-05-03");
    expect(docs[0]!.text).toContain("yesterday & will meet");
    expect(docs[0]!.dates!.map((d) => [d.text, d.type, d.value, d.mod])).toEqual([
      ["yesterday", "DATE", "2001-05-02", null],
      ["early summer", "DATE", "2001-SU", "START"],
      ["three hours", "DURATION", "PT3H", null],
      ["every Monday", "SET", "XXXX-WXX-1", null],
    ]);
  });

  it("brat-attribution: fragments kept, kind from quotation marks, first annotator's file, said on stderr", async () => {
    const { docs, stderr } = await convert("brat-attribution", "brat");
    const quotes = docs[0]!.quotes!;
    expect(quotes.map((q) => [q.kind, q.fragments.map((f) => f.text), q.speaker?.text, q.cue?.text])).toEqual([
      ["direct", ["We will rebuild,", "and quickly."], "the mayor", "said"],
      ["indirect", ["repairs would take a year"], "Officials", "said"],
    ]);
    expect(stderr).toMatch(/several annotators' files; took the first in name order/);
  });

  it("measeval: Quantity rows become figures, units through the alias table", async () => {
    const { docs } = await convert("measeval", "measeval");
    expect(docs[0]!.figures!.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ["450 °C", "quantity", 450, "°C"],
      ["2 h", "quantity", 2, "h"],
      ["35%", "percent", 35, "percent"],
      ["20 μm", "quantity", 20, "μm"],
    ]);
  });
});

// broken inputs, written by the team: one line naming the file and the line, exit 3, nothing written
describe("convert refuses broken input", () => {
  it.each([
    ["timeml", "broken/truncated.tml", "truncated.tml:5: <TEXT> is never closed"],
    ["timeml", "broken/not-timeml.tml", "not-timeml.tml: no <TEXT> element"],
    ["timeml", "broken/bad-character.tml", "bad-character.tml:6: &#xFFFFFF; names no character"],
    ["timeml", "broken/unclosed-timex.tml", "unclosed-timex.tml:4: <TIMEX3> is never closed"],
    ["conll", "broken/conll-latin1.txt", "conll-latin1.txt:4: not valid UTF-8"],
    ["conll", "broken/conll-nul.txt", "conll-nul.txt:4: a NUL byte"],
    ["brat-attribution", "broken/brat-offsets", "dam_a1.ann:3: T3: offsets 15 400 are not within the text (42 characters)"],
    ["brat-attribution", "broken/brat-missing", "dam_a1.ann:4: Content:T3 names no annotation in the file"],
    ["measeval", "broken/measeval-offset", "heat.tsv:3: offsets 38 93 are not within the text (42 characters)"],
    ["measeval", "broken/measeval-malformed", 'heat.tsv:2: startOffset and endOffset must be whole numbers, found "T1-1" and "27"'],
  ])("--from %s %s", async (format, path, message) => {
    const run = await runCli(["convert", "--from", format, join(DATA, path)]);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
  });
});

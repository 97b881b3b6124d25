// scorer: hand-computed cases, the identity, and an independent set-based reference on random cases
import { describe, expect, it } from "vitest";
import { corpusMetrics } from "../../src/eval/metrics.js";
import { prf } from "../../src/eval/prf.js";
import { quoteStrength, scoreDocument, speakerCorrect } from "../../src/eval/score.js";
import type { GoldDocument, Result } from "../../src/schema.js";

const TEXT = "Alpha Beta met Gamma in Delta on Monday. \"We won,\" Alpha said, \"again.\" Beta said prices rose 5 percent.";

const at = (s: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(s, i + 1);
  return { start: i, end: i + s.length, text: s };
};

function result(parts: Partial<Result>): Result {
  return { id: "d", meta: { date: null, title: null, url: null, dateline: null, credits: [] }, actors: [], places: [], dates: [], quotes: [], figures: [], ...parts };
}

const actor = (name: string, type: "person" | "organization", ...mentions: Array<{ start: number; end: number; text: string }>) => ({
  id: `a${name.length}`,
  name,
  type,
  subtype: null,
  aliases: [],
  roles: [],
  mentions: mentions.map((m) => ({ ...m, source: "test" })),
});

describe("scorer: precision, recall, F1", () => {
  it.each([
    // [tp, fp, fn, precision, recall, f1]
    [0, 0, 0, 1, 1, 1], // nothing to find, nothing claimed
    [0, 0, 3, 0, 0, 0], // found nothing
    [0, 2, 0, 0, 0, 0], // claimed only wrong things
    [2, 2, 0, 0.5, 1, 2 / 3],
    [3, 1, 1, 0.75, 0.75, 0.75],
  ])("tp=%i fp=%i fn=%i", (tp, fp, fn, p, r, f) => {
    const m = prf({ tp, fp, fn });
    expect(m.precision).toBeCloseTo(p, 10);
    expect(m.recall).toBeCloseTo(r, 10);
    expect(m.f1).toBeCloseTo(f, 10);
  });
});

describe("scorer: entities", () => {
  const gold: GoldDocument = {
    id: "d",
    text: TEXT,
    date: null,
    actors: [
      { name: "Alpha Beta", type: "person", mentions: [at("Alpha Beta")] },
      { name: "Gamma", type: "organization", mentions: [at("Gamma")] },
    ],
    places: [{ name: "Delta", mentions: [at("Delta")] }],
  };

  it.each([
    // [case, predicted actors, exact tp/fp/fn, overlap tp, type accuracy]
    ["identical", [actor("Alpha Beta", "person", at("Alpha Beta")), actor("Gamma", "organization", at("Gamma"))], [2, 0, 0], 2, 1],
    ["empty prediction", [], [0, 0, 2], 0, 1],
    ["a span too short overlaps but is not exact", [actor("Alpha", "person", at("Alpha")), actor("Gamma", "organization", at("Gamma"))], [1, 1, 1], 2, 1],
    ["a duplicate span counts once", [actor("Gamma", "organization", at("Gamma")), actor("Gamma2", "organization", at("Gamma"))], [1, 1, 1], 1, 1],
    ["wrong type still matches the span", [actor("Gamma", "person", at("Gamma"))], [1, 0, 1], 1, 0],
  ] as const)("%s", (_name, actors, [tp, fp, fn], overlapTp, typeAcc) => {
    const s = scoreDocument(gold, TEXT, result({ actors: [...actors] }));
    expect(s.actors!.exact).toEqual({ tp, fp, fn });
    expect(s.actors!.overlap.tp).toBe(overlapTp);
    expect(corpusMetrics([s]).actors!.type_accuracy).toBe(typeAcc);
  });

  it.each([
    // [case, predicted actors, errors as [error, text, source]]: a miss names no rule, a prediction names its own
    ["a false positive names the rule that made it", [actor("Alpha Beta", "person", at("Alpha Beta")), actor("Gamma", "organization", at("Gamma")), actor("Monday", "person", at("Monday"))], [["false positive", "Monday", "test"]]],
    ["a wrong type names the rule too", [actor("Alpha Beta", "person", at("Alpha Beta")), actor("Gamma", "person", at("Gamma"))], [["type", "Gamma", "test"]]],
    ["a false negative names none", [actor("Alpha Beta", "person", at("Alpha Beta"))], [["false negative", "Gamma", undefined]]],
  ] as const)("errors: %s", (_name, actors, expected) => {
    const s = scoreDocument(gold, TEXT, result({ actors: [...actors] }));
    expect(s.errors.filter((e) => e.kind === "actors").map((e) => [e.error, e.text, e.source])).toEqual(expected);
  });

  it("a prediction exactly on an ignore span counts neither way", () => {
    const s = scoreDocument({ ...gold, ignore: [at("Monday")] }, TEXT, result({ actors: [actor("Monday", "person", at("Monday"))] }));
    expect(s.actors!.exact).toEqual({ tp: 0, fp: 0, fn: 2 });
  });

  it("empty gold and empty prediction score 1.0", () => {
    const m = corpusMetrics([scoreDocument({ id: "d", text: TEXT, date: null, actors: [] }, TEXT, result({}))]);
    expect(m.actors!.f1).toBe(1);
  });

  it("a kind left out of the gold is not scored", () => {
    const s = scoreDocument({ id: "d", text: TEXT, date: null }, TEXT, result({ actors: [actor("Gamma", "person", at("Gamma"))] }));
    expect(s.actors).toBeUndefined();
  });
});

describe("scorer: dates", () => {
  it("strict and relaxed spans, type and value", () => {
    const gold: GoldDocument = { id: "d", text: TEXT, date: null, dates: [{ ...at("Monday"), type: "DATE", value: "2020-01-06" }] };
    const pred = (text: string, type: "DATE" | "TIME", value: string) => ({ ...at(text), source: "t", type, value, mod: null });
    const cases = [
      [pred("Monday", "DATE", "2020-01-06"), 1, 1, 1, 1],
      [pred("on Monday", "DATE", "2020-01-06"), 0, 1, 1, 1],
      [pred("Monday", "TIME", "2020-01-13"), 1, 1, 0, 0],
    ] as const;
    for (const [p, strict, relaxed, type, value] of cases) {
      const m = corpusMetrics([scoreDocument(gold, TEXT, result({ dates: [p] }))]);
      expect([m.dates!.strict.tp, m.dates!.relaxed.tp, m.dates!.type_accuracy, m.dates!.value_f1]).toEqual([strict, relaxed, type, value]);
    }
  });
});

describe("scorer: quotes", () => {
  const frags = [at("We won,"), at("again.")];
  const gold = { fragments: frags, kind: "direct" as const, speaker: { ...at("Alpha", 1), name: "Alpha" } };
  const pred = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end), source: "t", kind: "direct" as const, fragments: [{ start, end, text: TEXT.slice(start, end) }], speaker: null, cue: null });

  it.each([
    // [case, prediction range, matches]
    ["the whole split quote, attribution included, matches: the gap is not counted", [frags[0]!.start, frags[1]!.end], true],
    ["the first fragment alone is half of the content", [frags[0]!.start, frags[0]!.end], true],
    ["a few words are not enough", [frags[1]!.start, frags[1]!.end], false],
    ["a disjoint span never matches", [0, 10], false],
  ] as const)("%s", (_name, [s, e], matches) => {
    expect(quoteStrength(gold, pred(s, e)) > 0).toBe(matches);
  });

  it.each([
    // [case, speaker, correct]
    ["the same mention", { name: "Alpha Beta", actorId: "a1", mention: at("Alpha", 1) }, true],
    ["another mention of the same person, by name", { name: "Alpha", actorId: "a1", mention: at("Alpha") }, true],
    ["someone else", { name: "Beta", actorId: "a2", mention: at("Beta", 1) }, false],
    ["no speaker", null, false],
  ] as const)("speaker: %s", (_name, speaker, ok) => {
    expect(speakerCorrect(gold.speaker, speaker, TEXT)).toBe(ok);
  });

  it("recall is split by direct and indirect; speech-only scoring keeps saying verbs", () => {
    const reported = { fragments: [at("prices rose 5 percent")], kind: "indirect" as const, speaker: { ...at("Beta", 1), name: "Beta" }, cue: at("said", 1) };
    const s = scoreDocument({ id: "d", text: TEXT, date: null, quotes: [gold, reported] }, TEXT, result({ quotes: [pred(frags[0]!.start, frags[1]!.end)] }));
    const m = corpusMetrics([s]);
    expect([m.quotes!.all.direct_recall, m.quotes!.all.indirect_recall]).toEqual([1, 0]);
    expect(m.quotes!.speech.match).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe("scorer: against an independent set-based reference (seqeval-style), 3,000 random cases", () => {
  // a small deterministic generator, so a failure can be replayed
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const spans = (n: number) => {
    const set = new Map<string, { start: number; end: number; label: "person" | "organization" }>();
    for (let k = 0; k < n; k++) {
      const start = rand(40);
      const span = { start, end: start + 1 + rand(6), label: rand(2) === 0 ? ("person" as const) : ("organization" as const) };
      set.set(`${span.start}:${span.end}`, span); // distinct spans, as a tagger produces
    }
    return [...set.values()];
  };

  it("exact entity counts equal the size of the set intersection", () => {
    for (let c = 0; c < 3000; c++) {
      const g = spans(rand(8));
      const p = spans(rand(8));
      const text = "x".repeat(60);
      const gold: GoldDocument = { id: "r", text, date: null, actors: g.map((s) => ({ name: "n", type: s.label, mentions: [{ start: s.start, end: s.end }] })), places: [] };
      const pred = result({ actors: p.map((s, k) => ({ ...actor("n", s.label, { start: s.start, end: s.end, text: text.slice(s.start, s.end) }), id: `a${k + 1}` })) });
      const score = scoreDocument(gold, text, pred);
      const goldSet = new Set(g.map((s) => `${s.label}:${s.start}:${s.end}`));
      const tpTyped = p.filter((s) => goldSet.has(`${s.label}:${s.start}:${s.end}`)).length;
      const spanSet = new Set(g.map((s) => `${s.start}:${s.end}`));
      const tpSpan = p.filter((s) => spanSet.has(`${s.start}:${s.end}`)).length;
      expect(score.entities).toEqual({ tp: tpTyped, fp: p.length - tpTyped, fn: g.length - tpTyped });
      expect(score.actors!.exact).toEqual({ tp: tpSpan, fp: p.length - tpSpan, fn: g.length - tpSpan });
    }
  });
});

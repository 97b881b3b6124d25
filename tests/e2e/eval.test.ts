// eval: the identity, and CI gates that fail when quality drops
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flatten } from "../../src/eval/gates.js";
import { loadGold } from "../../src/eval/gold.js";
import { corpusMetrics } from "../../src/eval/metrics.js";
import { scoreDocument } from "../../src/eval/score.js";
import type { GoldDocument, Result } from "../../src/schema.js";
import { ROOT, runCli } from "../helpers/cli.js";

const FIXTURE = join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json");

/** A gold document read back as if the parser had predicted exactly it. */
function goldAsResult(gold: GoldDocument, text: string): Result {
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  return {
    id: gold.id,
    meta: { date: gold.date, title: null, url: null, dateline: null, credits: [] },
    actors: (gold.actors ?? []).map((a, k) => ({ id: `a${k + 1}`, name: a.name, type: a.type, subtype: null, aliases: [], roles: [], mentions: a.mentions.map((m) => ({ ...span(m), source: "gold" })) })),
    places: (gold.places ?? []).map((p, k) => ({ id: `p${k + 1}`, name: p.name, type: p.type ?? "other", country: null, coordinates: null, aliases: [], mentions: p.mentions.map((m) => ({ ...span(m), source: "gold" })) })),
    dates: (gold.dates ?? []).map((d) => ({ ...span(d), source: "gold", type: d.type, value: d.value, mod: d.mod ?? null })),
    quotes: (gold.quotes ?? []).map((q) => {
      const whole = { start: q.fragments[0]!.start, end: q.fragments[q.fragments.length - 1]!.end };
      return { ...span(whole), source: "gold", kind: q.kind, fragments: q.fragments.map(span), speaker: q.speaker ? { name: q.speaker.name, actorId: null, mention: span(q.speaker) } : null, cue: q.cue ? span(q.cue) : null };
    }),
    figures: (gold.figures ?? []).map((f) => ({ ...span(f), source: "gold", kind: f.kind, value: f.value, unit: f.unit, approximate: false, qualifier: null, min: null, max: null, counted: null, event: null })),
  };
}

describe("eval", () => {
  it("gold scored against itself gives 1.0 everywhere", () => {
    const docs = loadGold(join(ROOT, "fixtures", "gold"));
    const metrics = corpusMetrics(docs.map(({ gold, text }) => scoreDocument(gold, text, goldAsResult(gold, text))));
    const flat = flatten(metrics);
    expect(flat.size).toBeGreaterThan(20);
    for (const [name, value] of flat) expect(value, name).toBe(1);
  });

  it("a prediction with one actor removed fails the baseline gate and the floor, naming them (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsparse-eval-"));
    const baseline = await runCli(["eval", FIXTURE, "--format", "json"]);
    expect(baseline.code).toBe(0);
    writeFileSync(join(dir, "baseline.json"), baseline.stdout);

    const parsed = await runCli([join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt"), "--format", "json"]);
    const result = JSON.parse(parsed.stdout) as Result;
    const worse = { ...result, id: "misrata-2019-03-14", actors: result.actors.filter((a) => a.name !== "Hamid Zawi") };
    writeFileSync(join(dir, "pred.ndjson"), JSON.stringify(worse) + "\n");

    const same = await runCli(["eval", FIXTURE, "--pred", join(dir, "pred.ndjson"), "--min", "places.f1=0.9"]);
    expect(same.code).toBe(0);

    const dropped = await runCli(["eval", FIXTURE, "--pred", join(dir, "pred.ndjson"), "--baseline", join(dir, "baseline.json"), "--max-drop", "0.01"]);
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toMatch(/accuracy gate failed: .*actors\.exact\.recall/);

    const floor = await runCli(["eval", FIXTURE, "--pred", join(dir, "pred.ndjson"), "--min", "actors.f1=0.99"]);
    expect(floor.code).toBe(1);
    expect(floor.stderr).toMatch(/accuracy gate failed: actors\.f1 0\.\d+ < 0\.990/);
    expect(floor.stdout).toMatch(/FAIL actors\.f1/);
  });

  it("--errors lists false positives and negatives in context", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsparse-eval-"));
    const parsed = await runCli([join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt"), "--format", "json"]);
    const result = JSON.parse(parsed.stdout) as Result;
    writeFileSync(join(dir, "pred.ndjson"), JSON.stringify({ ...result, id: "misrata-2019-03-14", places: [] }) + "\n");
    const run = await runCli(["eval", FIXTURE, "--pred", join(dir, "pred.ndjson"), "--errors"]);
    expect(run.stdout).toMatch(/places false negative \(expected city\): …[^\n]*\[Sirte\]/);
  });
});

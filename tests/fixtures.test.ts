// fixtures: every hand-annotated article, run through the built CLI, validated and scored against its gold
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGold } from "../src/eval/gold.js";
import { corpusMetrics, type Metrics } from "../src/eval/metrics.js";
import { scoreDocument, type DocScore } from "../src/eval/score.js";
import type { Result } from "../src/schema.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { badSpans, spansOf } from "./helpers/spans.js";

const GOLD_DIR = join(ROOT, "fixtures", "gold");
const golds = loadGold(GOLD_DIR);

describe("fixtures", () => {
  const results = new Map<string, Result>();
  let validate: ReturnType<Ajv2020["compile"]>;

  beforeAll(async () => {
    const schema = await runCli(["schema"]);
    expect(schema.code).toBe(0);
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schema.stdout) as object);
    for (const { gold } of golds) {
      const file = join("fixtures", "articles", `${gold.id}.txt`);
      const run = await runCli([file, "--format", "json"]);
      expect(run.stderr).toBe("");
      results.set(gold.id, JSON.parse(run.stdout) as Result);
    }
  });

  it("has an annotated article for every fixture article", () => {
    const articles = readdirSync(join(ROOT, "fixtures", "articles")).filter((f) => f.endsWith(".txt"));
    expect(golds.map((g) => `${g.gold.id}.txt`).sort()).toEqual(articles.sort());
  });

  it.each(golds.map((g) => [g.gold.id, g] as const))("%s validates against the printed JSON Schema", (id) => {
    const ok = validate(results.get(id));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(golds.map((g) => [g.gold.id, g] as const))("%s: every offset slices to its text", (id, { text }) => {
    expect(spansOf(results.get(id)!).length).toBeGreaterThan(0);
    expect(badSpans(results.get(id)!, text)).toEqual([]);
  });

  describe("accuracy against the hand-written gold", () => {
    let metrics: Metrics;
    beforeAll(() => {
      const scores: DocScore[] = golds.map(({ gold, text }) => scoreDocument(gold, text, results.get(gold.id)!));
      metrics = corpusMetrics(scores);
    });
    // absolute floors, set just below the scores measured when they were written, and only ever raised
    it.each([
      ["entities exact F1", (m: Metrics) => m.entities!.f1, 0.95],
      ["actors exact F1", (m: Metrics) => m.actors!.exact.f1, 0.95],
      ["places exact F1", (m: Metrics) => m.places!.exact.f1, 0.95],
      ["actor type accuracy", (m: Metrics) => m.actors!.type_accuracy, 0.95],
      ["dates relaxed F1", (m: Metrics) => m.dates!.relaxed.f1, 0.9],
      ["dates value F1", (m: Metrics) => m.dates!.value_f1, 0.8],
      ["quotes F1", (m: Metrics) => m.quotes!.all.match.f1, 0.8],
      ["quote speaker accuracy", (m: Metrics) => m.quotes!.all.speaker_accuracy, 0.8],
      ["figures overlap F1", (m: Metrics) => m.figures!.overlap.f1, 0.0],
    ] as const)("%s >= %s", (_name, get, floor) => {
      expect(get(metrics)).toBeGreaterThanOrEqual(floor);
    });
  });
});

// fixtures: every hand-annotated article, run through the built CLI, validated and scored against its gold
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGold } from "../../src/eval/gold.js";
import type { EvalReport } from "../../src/eval/report.js";
import type { Result } from "../../src/schema.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { badSpans, spansOf } from "../helpers/spans.js";

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

  // absolute floors, set just below the scores measured on 2026-11-25 (11 articles), and only ever raised
  const FLOORS: Array<[string, number]> = [
    ["entities.f1", 0.87],
    ["actors.exact.f1", 0.91],
    ["places.exact.f1", 0.88],
    ["actors.type_accuracy", 0.95],
    ["places.type_accuracy", 0.87],
    ["dates.strict.f1", 0.98],
    ["dates.relaxed.f1", 0.99],
    ["dates.type_accuracy", 0.99],
    ["dates.value_f1", 0.97],
    ["quotes.all.match.f1", 0.94],
    ["quotes.all.direct_recall", 0.95],
    ["quotes.all.indirect_recall", 0.92],
    ["quotes.all.speaker_accuracy", 0.99],
    ["figures.overlap.f1", 0.99],
    ["figures.value_accuracy", 0.99],
    ["figures.unit_accuracy", 0.94],
  ];


  it("newsparse eval on every fixture passes the accuracy floors", async () => {
    const run = await runCli(["eval", GOLD_DIR, "--format", "json", "--min", FLOORS.map(([name, floor]) => `${name}=${floor}`).join(",")]);
    const report = JSON.parse(run.stdout) as EvalReport;
    expect(report.metrics.documents).toBe(golds.length);
    expect(report.gates.filter((g) => !g.ok)).toEqual([]);
    expect(report.gates).toHaveLength(FLOORS.length);
    expect(run.code).toBe(0);
  });
});

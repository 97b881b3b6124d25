// One article through every stage, each timed under its name: read, analyse, every extractor and
// refiner of configuration.ts, assemble, validate.
import { analysed, readText, type DocOptions } from "../read/document.js";
import { ResultSchema, type Result } from "../schema.js";
import { assemble } from "./assemble.js";
import { extractors, refiners } from "./configuration.js";
import { emptyDraft, type Doc, type Draft } from "./types.js";

/** Told how long each stage took, for the benchmark; absent in normal runs. */
export type StageTimer = (stage: string, ms: number) => void;

function timed<T>(time: StageTimer | undefined, stage: string, work: () => T): T {
  if (!time) return work();
  const started = performance.now();
  const out = work();
  time(stage, performance.now() - started);
  return out;
}

export function runPipeline(doc: Doc, time?: StageTimer): Result {
  let draft: Draft = emptyDraft();
  for (const extract of extractors) {
    const found = timed(time, extract.name, () => extract(doc));
    draft = {
      ...draft,
      mentions: draft.mentions.concat(found.mentions ?? []),
      dates: draft.dates.concat(found.dates ?? []),
      quotes: draft.quotes.concat(found.quotes ?? []),
      figures: draft.figures.concat(found.figures ?? []),
      credits: draft.credits.concat(found.credits ?? []),
    };
  }
  for (const refine of refiners) draft = timed(time, refine.name, () => refine(draft, doc));
  const result = timed(time, "assemble", () => assemble(draft, doc));
  return timed(time, "validate", () => ResultSchema.parse(result));
}

/** Text in, validated result out: the library's entry point. */
export function parseArticle(text: string, options: DocOptions = {}, time?: StageTimer): Result {
  const read = timed(time, "read", () => readText(text, options));
  const doc = timed(time, "analyse", () => analysed(read));
  return runPipeline(doc, time);
}

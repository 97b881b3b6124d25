// One article through every stage.
import { readDocument, type DocOptions } from "../read/document.js";
import { ResultSchema, type Result } from "../schema.js";
import { assemble } from "./assemble.js";
import { extractors, refiners } from "./configuration.js";
import { emptyDraft, type Doc, type Draft } from "./types.js";

export function runPipeline(doc: Doc): Result {
  let draft: Draft = emptyDraft();
  for (const extract of extractors) {
    const found = extract(doc);
    draft = {
      ...draft,
      mentions: draft.mentions.concat(found.mentions ?? []),
      dates: draft.dates.concat(found.dates ?? []),
      quotes: draft.quotes.concat(found.quotes ?? []),
      figures: draft.figures.concat(found.figures ?? []),
      credits: draft.credits.concat(found.credits ?? []),
    };
  }
  for (const refine of refiners) draft = refine(draft, doc);
  return ResultSchema.parse(assemble(draft, doc));
}

/** Text in, validated result out: the library's entry point. */
export function parseArticle(text: string, options: DocOptions = {}): Result {
  return runPipeline(readDocument(text, options));
}

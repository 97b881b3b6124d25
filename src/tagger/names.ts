// The trained name tagger over an article: spans of persons, organisations, places and other names
// (`MISC`: nationalities, events, ...), with offsets into the text. The model is read once, on first use.
import { existsSync } from "node:fs";
import type { Doc } from "../pipeline/types.js";
import { tagNames } from "./decode.js";
import { loadModel } from "./model-file.js";
import type { Model } from "./perceptron.js";
import { NAME_LABELS, spansFromBilou, type NameType } from "./scheme.js";
import { taggerSentences } from "./tokenize.js";

export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
}

// src/tagger and dist/tagger are both two levels below the project root
const MODEL = new URL("../../models/names.bin", import.meta.url);

let model: Model | null = null;

export function nameModel(): Model {
  if (!model) {
    if (!existsSync(MODEL)) throw new Error("models/names.bin is missing: run 'npm run train' first");
    model = loadModel(MODEL);
  }
  return model;
}

export function findNames(doc: Doc, scorer: Model = nameModel()): NameSpan[] {
  const sentences = taggerSentences(doc);
  const labels = tagNames(sentences.map((s) => s.map((t) => t.text)), scorer);
  return sentences.flatMap((tokens, k) =>
    spansFromBilou(labels[k]!.map((l) => NAME_LABELS[l]!)).map((s) => ({ start: tokens[s.first]!.start, end: tokens[s.last - 1]!.end, type: s.type })),
  );
}

// The trained models, read once, on first use: part of speech (models/pos.bin) and names (models/names.bin,
// and models/names-article.bin for the second pass over the article).
import { existsSync } from "node:fs";
import { loadModel } from "./model-file.js";
import type { NameModels } from "./decode.js";
import type { Model } from "./perceptron.js";

// src/tagger and dist/bundle are both two levels below the project root
const MODELS = new URL("../../models/", import.meta.url);
const loaded = new Map<string, Model>();

function model(file: string): Model {
  let found = loaded.get(file);
  if (!found) {
    const url = new URL(file, MODELS);
    if (!existsSync(url)) throw new Error(`models/${file} is missing: run 'npm run train' first`);
    found = loadModel(url);
    loaded.set(file, found);
  }
  return found;
}

export const posModel = (): Model => model("pos.bin");
export const nameModel = (): NameModels => ({ first: model("names.bin"), article: model("names-article.bin") });

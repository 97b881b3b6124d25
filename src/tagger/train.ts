// Training: epochs over the articles in a seeded shuffled order, so two runs give the same weights.
import type { TrainingArticle } from "./corpus.js";
import { tagNames } from "./decode.js";
import { Trainer, type Model, type Scorer } from "./perceptron.js";
import { NAME_LABELS, spansFromBilou } from "./scheme.js";

/** mulberry32: a small seeded generator, enough for shuffling. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Drop feature rows whose largest averaged weight is below this. */
  prune?: number;
  /** Called after each epoch with the averaged model so far; return false to stop. */
  afterEpoch?: (epoch: number, model: Model) => boolean;
}

export function trainNames(articles: TrainingArticle[], options: TrainOptions): Model {
  const trainer = new Trainer(NAME_LABELS.length);
  const next = random(options.seed);
  let model = trainer.averaged(NAME_LABELS, options.prune);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const article of shuffled(articles, next)) {
      tagNames(article.map((s) => s.words), trainer, { trainer, truth: article.map((s) => s.names) });
    }
    model = trainer.averaged(NAME_LABELS, options.prune);
    if (options.afterEpoch && !options.afterEpoch(epoch, model)) break;
  }
  return model;
}

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span micro P/R/F1 over the given types (CoNLL's measure, on its own tokens). */
export function scoreNames(articles: TrainingArticle[], scorer: Scorer, types: string[] = ["PER", "ORG", "LOC", "MISC"]): SpanScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const article of articles) {
    const guessed = tagNames(article.map((s) => s.words), scorer);
    article.forEach((s, k) => {
      const key = (x: { first: number; last: number; type: string }) => `${x.first}:${x.last}:${x.type}`;
      const truth = new Set(spansFromBilou(s.names.map((l) => NAME_LABELS[l]!)).filter((x) => types.includes(x.type)).map(key));
      const guess = spansFromBilou(guessed[k]!.map((l) => NAME_LABELS[l]!)).filter((x) => types.includes(x.type)).map(key);
      gold += truth.size;
      predicted += guess.length;
      tp += guess.filter((g) => truth.has(g)).length;
    });
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

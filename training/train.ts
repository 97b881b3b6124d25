// Training: epochs over the articles in a seeded shuffled order, so two runs give the same weights.
// The part-of-speech model is trained first; the name model reads the tags it gives.
import type { TrainingArticle } from "./corpus.js";
import { rereadArticle, tagNames, type NameModels } from "../src/tagger/decode.js";
import { prepare, type SentenceView } from "../src/tagger/features.js";
import { Trainer, type Model, type Scorer } from "../src/tagger/perceptron.js";
import { hashTags, tagPos } from "../src/tagger/pos.js";
import { unambiguousWords } from "./fixed-words.js";
import { NAME_LABELS, spansFromLabels } from "../src/tagger/scheme.js";

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

/** One training article with its words prepared once, and the POS tags the name tagger will read. */
export interface PreparedArticle {
  views: SentenceView[];
  /** The corpus's tags, as strings. */
  gold: string[][];
  names: number[][];
  /** Hashed tags for the name tagger: the corpus's until `withPredictedPos` replaces them. */
  pos: Uint32Array[];
}

export function prepareArticles(articles: TrainingArticle[]): PreparedArticle[] {
  return articles.map((a) => ({
    views: a.map((s) => prepare(s.words)),
    gold: a.map((s) => s.pos),
    names: a.map((s) => s.names),
    pos: a.map((s) => hashTags(s.pos.map((_, i) => i), s.pos)),
  }));
}

/** The tags of a POS model in place of the corpus's: the name tagger learns from what it will see at run time. */
export function withPredictedPos(articles: PreparedArticle[], model: Model): PreparedArticle[] {
  return articles.map((a) => ({ ...a, pos: tagPos(a.views, model, model.fixed).map((tags) => hashTags(tags, model.labels)) }));
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Drop feature rows whose largest averaged weight is below this. */
  prune?: number;
  /** Called after each epoch with the averaged model so far; return false to stop. */
  afterEpoch?: (epoch: number, model: Model) => boolean;
}

function train(labels: string[], articles: PreparedArticle[], options: TrainOptions, lesson: (a: PreparedArticle, trainer: Trainer) => void, fixed?: Map<string, number>): Model {
  const trainer = new Trainer(labels.length);
  const next = random(options.seed);
  let model = trainer.averaged(labels, options.prune, fixed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const article of shuffled(articles, next)) lesson(article, trainer);
    model = trainer.averaged(labels, options.prune, fixed);
    if (options.afterEpoch && !options.afterEpoch(epoch, model)) break;
  }
  return model;
}

/** The tag set of a corpus, sorted. */
export function posLabels(articles: PreparedArticle[]): string[] {
  return [...new Set(articles.flatMap((a) => a.gold.flat()))].sort();
}

export function trainPos(articles: PreparedArticle[], labels: string[], options: TrainOptions): Model {
  const index = new Map(labels.map((l, k) => [l, k]));
  const fixed = unambiguousWords(
    articles.flatMap((a) => a.views.map((v, k) => ({ words: v.words, tags: a.gold[k]! }))),
    labels,
  );
  const lesson = (a: PreparedArticle, trainer: Trainer) => tagPos(a.views, trainer, fixed, { trainer, truth: a.gold.map((tags) => tags.map((t) => index.get(t) ?? 0)) });
  return train(labels, articles, options, lesson, fixed);
}

export function trainNames(articles: PreparedArticle[], options: TrainOptions): Model {
  return train(NAME_LABELS, articles, options, (a, trainer) => tagNames(a.views, a.pos, trainer, { trainer, truth: a.names }));
}

/** The second-pass model, from each article's first-pass labels (given by a first model that did not see the article). */
export function trainArticleNames(articles: PreparedArticle[], first: Map<PreparedArticle, number[][]>, options: TrainOptions): Model {
  return train(NAME_LABELS, articles, options, (a, trainer) => rereadArticle(a.views, a.pos, first.get(a)!, trainer, { trainer, truth: a.names }));
}

/** Share of tokens given the corpus's tag. */
export function scorePos(articles: PreparedArticle[], model: Model): number {
  let right = 0;
  let all = 0;
  for (const a of articles) {
    tagPos(a.views, model, model.fixed).forEach((tags, k) =>
      tags.forEach((t, i) => {
        all++;
        if (model.labels[t] === a.gold[k]![i]) right++;
      }),
    );
  }
  return all ? right / all : 0;
}

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span micro P/R/F1 over the given types (CoNLL's measure, on its own tokens). */
export function scoreNames(articles: PreparedArticle[], scorer: Scorer | NameModels, types: string[] = ["PER", "ORG", "LOC", "MISC"]): SpanScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const key = (x: { first: number; last: number; type: string }) => `${x.first}:${x.last}:${x.type}`;
  for (const article of articles) {
    const guessed = tagNames(article.views, article.pos, scorer);
    article.names.forEach((names, k) => {
      const truth = new Set(spansFromLabels(names).filter((x) => types.includes(x.type)).map(key));
      const guess = spansFromLabels(guessed[k]!).filter((x) => types.includes(x.type)).map(key);
      gold += truth.size;
      predicted += guess.length;
      tp += guess.filter((g) => truth.has(g)).length;
    });
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

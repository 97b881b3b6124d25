// Greedy left-to-right tagging: each token's label is chosen from its features and the two labels
// before it. Names go over an article one sentence after another, so that what was tagged earlier
// informs what comes later; then a second model rereads the article. The same loop trains: given the true labels and a trainer, each token's
// guess is corrected as it is made.
import { articleFeatures, ArticleVotes } from "./article-pass.js";
import { casesOf, DocumentContext, type CaseBits } from "./context.js";
import { nameFeatures, nameLabelFeatures, wordFeatures, type SentenceView } from "./features.js";
import { labelScores, type LabelScores } from "./label-scores.js";
import type { Scorer, Trainer } from "./perceptron.js";
import { spansFromLabels } from "./scheme.js";
import { wordScores, type WordScores } from "./word-scores.js";

export interface Lesson {
  trainer: Trainer;
  /** Label indices, sentence by sentence. */
  truth: number[][];
}

/** Writes the features of token `i`, given the labels before it, into `out`; returns their count. */
export type FeaturesOf = (i: number, prev: number, prev2: number, out: Uint32Array) => number;

// feature hashes are unsigned 32-bit: a typed array keeps them unboxed (a plain array would hold doubles)
const features = new Uint32Array(4096);
let scores = new Int32Array(64);

/** What a sentence's tokens are known to be before scoring. */
export interface Known {
  /** `fixed[i]`, when 0 or more, is token i's label, given without scoring (`the` DT). */
  fixed?: Int32Array;
  /**
   * `plain[i]` = 1: token i does not begin a name, so after a label that closes or is outside a name it
   * is `O` unscored. CoNLL-2003 train has 158,545 tokens without a capital letter and 24 of them begin a
   * person, organisation or place (`1860 Munich`, `de Klerk` without a first name): at run time three in
   * four tokens skip the name models for that. Training still reads every token, so the models are the
   * same with and without this shortcut.
   */
  plain?: Uint8Array;
  /** Adds the scores of token i's own features, when the features given leave them out (word-scores.ts). */
  own?: (i: number, scores: Int32Array) => void;
  /** Adds the scores of the two labels before, when the features given leave them out (label-scores.ts). */
  labels?: LabelScores;
}

/** A name label that leaves no name open: `O`, or the `L-` and `U-` of any type (scheme.ts). */
const closes = (label: number) => label === 0 || (label - 1) % 4 >= 2;

/** Label indices for one sentence of `length` tokens; with `truth` and `trainer`, learns as it goes. */
export function tagSequence(length: number, scorer: Scorer, featuresOf: FeaturesOf, trainer?: Trainer, truth?: number[], known: Known = {}): number[] {
  const c = scorer.classes;
  if (scores.length < c) scores = new Int32Array(c);
  const { fixed } = known;
  // learning reads every token (see Known.plain)
  const plain = trainer ? undefined : known.plain;
  const labels: number[] = new Array<number>(length);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < length; i++) {
    let best = 0;
    if (fixed && fixed[i]! >= 0) best = fixed[i]!;
    else if (!(plain && plain[i] === 1 && closes(prev))) {
      const n = featuresOf(i, prev, prev2, features);
      scores.fill(0, 0, c);
      known.own?.(i, scores);
      known.labels?.add(prev, prev2, scores);
      scorer.score(features, n, scores);
      for (let q = 1; q < c; q++) if (scores[q]! > scores[best]!) best = q;
      if (trainer && truth) trainer.update(features, n, truth[i]!, best);
    }
    labels[i] = best;
    prev2 = prev;
    prev = best;
  }
  return labels;
}

/** The name tagger's two models: `first` reads sentence by sentence, `article` rereads the article (article-pass.ts). */
export interface NameModels {
  first: Scorer;
  article: Scorer;
}

/**
 * Name label indices (into `NAME_LABELS`) for every token of every sentence of one article; `pos` holds
 * each sentence's hashed POS tags. Given both models, the article is read twice.
 */
export function tagNames(views: SentenceView[], pos: Uint32Array[], models: Scorer | NameModels, lesson?: Lesson): number[][] {
  const cases = casesOf(views);
  if ("article" in models) return rereadArticle(views, pos, firstPass(views, pos, models.first, cases), models.article, undefined, cases);
  return firstPass(views, pos, models, cases, lesson);
}

/** The second pass, given the first pass's labels; with `lesson`, it trains the article model. */
export function rereadArticle(views: SentenceView[], pos: Uint32Array[], first: number[][], scorer: Scorer, lesson?: Lesson, cases: ReadonlyMap<string, CaseBits> = casesOf(views)): number[][] {
  const votes = new ArticleVotes(views, first);
  const doc = new DocumentContext(cases);
  return pass(views, scorer, doc, lesson, (view, si, contextOnly) => (i, prev, prev2, out) => articleFeatures(view, pos[si]!, i, prev, prev2, doc, first[si]!, votes, out, contextOnly));
}

function firstPass(views: SentenceView[], pos: Uint32Array[], scorer: Scorer, cases: ReadonlyMap<string, CaseBits>, lesson?: Lesson): number[][] {
  const doc = new DocumentContext(cases);
  // no BILOU constraint on the choice: held out, forcing `L-PER` after `B-PER` cost 1.5 points of F1
  return pass(views, scorer, doc, lesson, (view, si, contextOnly) => (i, prev, prev2, out) => nameFeatures(view, pos[si]!, i, prev, prev2, doc, out, contextOnly));
}

/**
 * One pass over the sentences in order, each tagged knowing the names found before it (`doc`); with
 * `lesson`, it trains. `features` gives a sentence's features, with `contextOnly` when the kept scores
 * of a word's own features and of the labels alone are added apart.
 */
function pass(views: SentenceView[], scorer: Scorer, doc: DocumentContext, lesson: Lesson | undefined, features: (view: SentenceView, si: number, contextOnly: boolean) => FeaturesOf): number[][] {
  // learning changes the weights as it goes: scores are kept only for a finished model
  const kept = lesson ? null : wordScores(scorer, wordFeatures);
  const pairs = lesson ? null : labelScores(scorer, nameLabelFeatures);
  return views.map((view, si) => {
    const labels = tagSequence(view.words.length, scorer, features(view, si, kept !== null), lesson?.trainer, lesson?.truth[si], known(view, kept, pairs));
    doc.remember(view, spansFromLabels(labels));
    return labels;
  });
}

function known(view: SentenceView, kept: WordScores | null, labels: LabelScores | null): Known {
  return { plain: view.plain, ...(kept && { own: ownScores(view, kept) }), ...(labels && { labels }) };
}

/** Token i's own scores, from the kept ones (word-scores.ts). */
export function ownScores(view: SentenceView, kept: WordScores): NonNullable<Known["own"]> {
  return (i, scores) => kept.add(view.infos[i]!, view.allCaps, scores);
}

// Greedy left-to-right name tagging over an article, one sentence after another, so that what was
// tagged earlier informs what comes later. The same loop trains: given the true labels and a
// trainer, each token's guess is corrected as it is made.
import { DocumentContext } from "./context.js";
import { nameFeatures, prepare } from "./features.js";
import type { Scorer, Trainer } from "./perceptron.js";
import { NAME_LABELS, spansFromBilou, TYPES, type NameType } from "./scheme.js";

const C = NAME_LABELS.length;

export interface Lesson {
  trainer: Trainer;
  /** Label indices, sentence by sentence. */
  truth: number[][];
}

/** Label indices for every token of every sentence of one article. */
export function tagNames(sentences: string[][], scorer: Scorer, lesson?: Lesson): number[][] {
  const doc = new DocumentContext(sentences);
  const features: number[] = [];
  const scores = new Float64Array(C);
  return sentences.map((words, si) => {
    const view = prepare(words);
    const labels: number[] = [];
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < words.length; i++) {
      const n = nameFeatures(view, i, prev, prev2, doc, features);
      scores.fill(0);
      scorer.score(features, n, scores);
      // no BILOU constraint on the choice: held out, forcing `L-PER` after `B-PER` cost 1.5 points of F1
      let best = 0;
      for (let q = 1; q < C; q++) if (scores[q]! > scores[best]!) best = q;
      if (lesson) lesson.trainer.update(features, n, lesson.truth[si]![i]!, best);
      labels.push(best);
      prev2 = prev;
      prev = best;
    }
    doc.remember(words, spansFromBilou(labels.map((l) => NAME_LABELS[l]!)).map((s) => ({ ...s, type: TYPES.indexOf(s.type as NameType) })));
    return labels;
  });
}

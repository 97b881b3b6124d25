// CoNLL-2003 columns (`word POS chunk NER`, `-DOCSTART-` between articles) as training articles.
import { readConllColumns } from "../src/convert/conll.js";
import { bilouFromSpans, NAME_LABELS, spansFromIob } from "../src/tagger/scheme.js";

export interface TrainingSentence {
  words: string[];
  /** Penn Treebank tags. */
  pos: string[];
  /** Indices into NAME_LABELS (BILOU). */
  names: number[];
}

export type TrainingArticle = TrainingSentence[];

export function readConll(content: string): TrainingArticle[] {
  return readConllColumns(content).map((sentences) =>
    sentences.map((rows) => {
      const bilou = bilouFromSpans(rows.length, spansFromIob(rows.map((r) => r[r.length - 1]!)));
      return { words: rows.map((r) => r[0]!), pos: rows.map((r) => r[1] ?? "NN"), names: bilou.map((t) => NAME_LABELS.indexOf(t)) };
    }),
  );
}

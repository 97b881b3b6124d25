// CoNLL-2003 columns (`word POS chunk NER`, `-DOCSTART-` between articles) as training articles.
import { bilouFromSpans, NAME_LABELS, spansFromIob } from "./scheme.js";

export interface TrainingSentence {
  words: string[];
  /** Penn Treebank tags. */
  pos: string[];
  /** Indices into NAME_LABELS (BILOU). */
  names: number[];
}

export type TrainingArticle = TrainingSentence[];

export function readConll(content: string): TrainingArticle[] {
  const articles: TrainingArticle[] = [];
  let rows: string[][] = [];
  const endSentence = () => {
    if (rows.length === 0) return;
    if (articles.length === 0) articles.push([]);
    const iob = rows.map((r) => r[r.length - 1]!);
    const bilou = bilouFromSpans(rows.length, spansFromIob(iob));
    articles[articles.length - 1]!.push({ words: rows.map((r) => r[0]!), pos: rows.map((r) => r[1] ?? "NN"), names: bilou.map((t) => NAME_LABELS.indexOf(t)) });
    rows = [];
  };
  for (const line of content.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endSentence();
      articles.push([]);
    } else if (line.trim() === "") endSentence();
    else rows.push(cols);
  }
  endSentence();
  return articles.filter((a) => a.length > 0);
}

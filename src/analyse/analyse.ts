// The analysis stage, run once per article: tokens cut the way CoNLL-2003 cuts them (`Lebanon` `'s`,
// `al-Mayadin`, `U.S.-backed`, punctuation alone), sentences, Penn Treebank part-of-speech tags and
// the names the trained tagger finds. Every extractor reads this one token list.
import type { Analysis, NameSpan, Sentence, Token } from "../pipeline/types.js";
import { tagNames } from "../tagger/decode.js";
import { prepare, type SentenceView } from "../tagger/features.js";
import { nameModel, posModel } from "../tagger/models.js";
import { hashTags, tagPos } from "../tagger/pos.js";
import { spansFromLabels } from "../tagger/scheme.js";
import { sentencesOf } from "../tagger/tokenize.js";

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

export function analyse(text: string): Analysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const views: SentenceView[] = [];
  for (const pieces of sentencesOf(text)) {
    const view = prepare(pieces.map((p) => p.text));
    const first = tokens.length;
    pieces.forEach((p, i) =>
      tokens.push({ start: p.start, end: p.end, text: p.text, lower: view.infos[i]!.lower, sentence: sentences.length, sentenceStart: i === 0, pos: null }),
    );
    sentences.push({ start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end, tokens: [first, tokens.length] });
    views.push(view);
  }
  const pos = posModel();
  const tags = tagPos(views, pos, pos.fixed);
  tags.forEach((sentence, k) => sentence.forEach((t, i) => (tokens[sentences[k]!.tokens[0] + i]!.pos = pos.labels[t]!)));
  const labels = tagNames(
    views,
    tags.map((t) => hashTags(t, pos.labels)),
    nameModel(),
  );
  const names: NameSpan[] = [];
  labels.forEach((sentence, k) => {
    const offset = sentences[k]!.tokens[0];
    for (const s of spansFromLabels(sentence)) {
      const [first, last] = [offset + s.first, offset + s.last];
      names.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, tokens: [first, last], label: s.type });
    }
  });
  return { tokens, sentences, names };
}

/** Paragraphs as [start, end) offsets: blank lines always end a sentence, whatever the tokenizer thinks. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

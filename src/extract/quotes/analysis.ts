// The quotation analysis of one article, built once and shared by the quote extractors and refiners:
// its words and sentences, its paired quotation marks, its headline paragraphs and its quoted statements.
import { paragraphs } from "../../analyse/analyse.js";
import type { Doc } from "../../pipeline/types.js";
import { quotedStatements } from "./direct.js";
import { pairQuotationMarks } from "./marks.js";
import type { Quoted, QuotedStatement } from "./types.js";
import { readWords, type Words } from "./words.js";

export interface QuoteAnalysis {
  words: Words;
  /** Paired quotation marks, in text order. */
  quotes: Quoted[];
  /** Indices of the paragraphs that read as headlines, captions or datelines. */
  headlines: Set<number>;
  /** Each quotation read as a direct or partial quote, in text order. */
  statements: QuotedStatement[];
}

/**
 * A paragraph none of whose lines ends like a sentence: a headline, a caption, a dateline. A colon
 * ends a sentence that introduces something (`..., including Rep. Lacy Clay (D-Mo.):` before an
 * embedded post). One line that does end like one makes the paragraph prose: `Officials said 40 people
 * died.` above a last line `Photo: Reuters` keeps its quote.
 */
const SENTENCE_END = /([.!?\u2026][\s"'\u2019\u201d\u00bb)\]]*|:\s*)$/;

function headlineParagraphs(text: string): Set<number> {
  const found = new Set<number>();
  paragraphs(text).forEach(([start, end], index) => {
    const lines = text.slice(start, end).split("\n");
    if (lines.some((line) => line.trim() !== "") && !lines.some((line) => SENTENCE_END.test(line))) found.add(index);
  });
  return found;
}

function analyse(doc: Doc): QuoteAnalysis {
  const words = readWords(doc);
  const quotes = pairQuotationMarks(doc.text);
  const headlines = headlineParagraphs(doc.text);
  return { words, quotes, headlines, statements: quotedStatements(words, quotes, (paragraph) => headlines.has(paragraph)) };
}

const analyses = new WeakMap<Doc, QuoteAnalysis>();

/** The article's quotation analysis, built on first use and kept with the document. */
export function quoteAnalysis(doc: Doc): QuoteAnalysis {
  let found = analyses.get(doc);
  if (!found) analyses.set(doc, (found = analyse(doc)));
  return found;
}

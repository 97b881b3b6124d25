// Word-level findings -> quote drafts: character spans, the speaker as written, and a source tag naming
// the rule that found each quote (`extract/quotes:direct`, `extract/quotes:according-to`).
import { span, type QuoteDraft } from "../../pipeline/types.js";
import type { Span } from "../../schema.js";
import { textAfter } from "../../window.js";
import { speakerName } from "./name.js";
import type { Quoted, QuotedStatement, Reported } from "./types.js";
import { charSpan, type Words } from "./words.js";

const SOURCE = "extract/quotes";
/** `.)` after `(D-S.C`: the bracket that closes a name cut at its abbreviation. */
const BRACKET_CLOSE = 2;

/** `the Syrian Democratic Forces (SDF` -> `... (SDF)`; `Rep. Jim Clyburn (D-S.C` -> `... (D-S.C.)`. */
function mentionSpan(words: Words, range: [number, number]): Span {
  let [start, end] = charSpan(words, range);
  const text = words.doc.raw.slice(start, end);
  const closing = /^\.?\)/.exec(textAfter(words.doc.raw, end, BRACKET_CLOSE));
  if (closing && text.split("(").length > text.split(")").length) end += closing[0].length;
  return span(words.doc, start, end);
}

/** The quotation whose marks hold `offset` (open < offset <= close), by binary search over the sorted quotes. */
function quoteHolding(quotes: Quoted[], offset: number): Quoted | undefined {
  let [lo, hi] = [0, quotes.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < offset) lo = mid + 1;
    else hi = mid;
  }
  const quote = quotes[lo - 1];
  return quote && offset <= quote.close ? quote : undefined;
}

/**
 * A reported clause, with the marks of a quotation it begins with, and all of a quotation it ends inside:
 * `said that “ethanol people” “do a fantastic job. And it's so important.”` runs to the last mark.
 */
function contentSpan(words: Words, range: [number, number], quotes: Quoted[]): Span {
  let [start, end] = charSpan(words, range);
  const opening = quoteHolding(quotes, start);
  if (opening && opening.open === start - 1) start = opening.open;
  const closing = quoteHolding(quotes, end);
  if (closing && closing.open >= start) end = closing.close + 1;
  return span(words.doc, start, end);
}

function speaker(words: Words, range: [number, number] | null, named?: [number, number]): QuoteDraft["speaker"] {
  if (!range || range[1] <= range[0]) return null;
  const mention = mentionSpan(words, range);
  return { name: named ? mentionSpan(words, named).text : speakerName(mention.text), mention, entity: null };
}

const charSpanOf = (words: Words, range: [number, number]): Span => span(words.doc, ...charSpan(words, range));

/** A quotation as a quote: its own cue and speaker, else those of the reported clause `around` it. */
export function fromStatement(words: Words, found: QuotedStatement, around?: Reported): QuoteDraft {
  const fragments = found.fragments.map(([start, end]) => span(words.doc, start, end));
  const first = fragments[0]!;
  const last = fragments[fragments.length - 1]!;
  const cue = found.cue ?? around?.cue ?? null;
  return {
    ...span(words.doc, first.start, last.end),
    source: `${SOURCE}:${found.kind}`,
    kind: found.kind,
    fragments,
    cue: cue && charSpanOf(words, cue),
    speaker: found.speaker ? speaker(words, found.speaker) : speaker(words, around?.speaker?.mention ?? null, around?.speaker?.named),
  };
}

export function fromReported(words: Words, found: Reported, quotes: Quoted[]): QuoteDraft {
  const fragments = [found.content, ...(found.rest ? [found.rest] : [])].map((piece) => contentSpan(words, piece, quotes));
  return {
    ...span(words.doc, fragments[0]!.start, fragments[fragments.length - 1]!.end),
    source: `${SOURCE}:${found.rule}`,
    kind: "indirect",
    fragments,
    cue: charSpanOf(words, found.cue),
    speaker: speaker(words, found.speaker?.mention ?? null, found.speaker?.named),
  };
}

// the finding each extracted quote was built from, for the refiners that reason over words
const statements = new WeakMap<QuoteDraft, QuotedStatement>();
const reports = new WeakMap<QuoteDraft, Reported>();

/** `fromStatement` for an extractor: the quote remembers its statement (see `statementOf`). */
export function statementQuote(words: Words, found: QuotedStatement): QuoteDraft {
  const quote = fromStatement(words, found);
  statements.set(quote, found);
  return quote;
}

/** `fromReported` for an extractor: the quote remembers its reported clause (see `reportedOf`). */
export function reportedQuote(words: Words, found: Reported, quotes: Quoted[]): QuoteDraft {
  const quote = fromReported(words, found, quotes);
  reports.set(quote, found);
  return quote;
}

/** The quoted statement an extracted quote was built from; undefined for any other quote. */
export const statementOf = (quote: QuoteDraft): QuotedStatement | undefined => statements.get(quote);

/** The reported clause an extracted quote was built from; undefined for any other quote. */
export const reportedOf = (quote: QuoteDraft): Reported | undefined => reports.get(quote);

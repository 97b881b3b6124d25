// Quotes: direct and partial quotes from paired quotation marks, reported speech from cue
// verbs, each with its cue and the speaker as written. Speakers are linked to actors later,
// by refine/speakers.
import type { Doc, Draft, QuoteDraft } from "../pipeline/types.js";
import { span } from "../pipeline/types.js";
import type { Span } from "../schema.js";
import { quotedStatements, type QuotedStatement } from "./quotes/direct.js";
import { paragraphs } from "../analyse/analyse.js";
import { pairQuotationMarks, type Quoted } from "./quotes/marks.js";
import { reportedSpeech, type Reported } from "./quotes/reported.js";
import { statementAround } from "./quotes/around.js";
import { carrySpeakers } from "./quotes/carry.js";
import { speakerName } from "./quotes/name.js";
import { charSpan, gapBefore, lower, readWords, wordAt, type Words } from "./quotes/words.js";

const SOURCE = "extract/quotes";
/**
 * A paragraph that does not end like a sentence: a headline, a caption, a dateline. A colon ends a
 * sentence that introduces something (`..., including Rep. Lacy Clay (D-Mo.):` before an embedded post).
 */
const SENTENCE_END = /([.!?\u2026][\s"'\u2019\u201d\u00bb)\]]*|:\s*)$/;

function headlineParagraphs(text: string): Set<number> {
  const found = new Set<number>();
  paragraphs(text).forEach(([start, end], index) => {
    const block = text.slice(start, end);
    if (block.trim() !== "" && !SENTENCE_END.test(block)) found.add(index);
  });
  return found;
}

/** `the Syrian Democratic Forces (SDF` -> `... (SDF)`; `Rep. Jim Clyburn (D-S.C` -> `... (D-S.C.)`. */
function mentionSpan(words: Words, range: [number, number]): Span {
  let [start, end] = charSpan(words, range);
  const text = words.doc.raw.slice(start, end);
  const closing = /^\.?\)/.exec(words.doc.raw.slice(end, end + 2));
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

function fromStatement(words: Words, found: QuotedStatement, around: Reported | undefined): QuoteDraft {
  const fragments = found.fragments.map(([start, end]) => span(words.doc, start, end));
  const first = fragments[0]!;
  const last = fragments[fragments.length - 1]!;
  const cue = found.cue ?? around?.cue ?? null;
  return {
    ...span(words.doc, first.start, last.end),
    source: SOURCE,
    kind: found.kind,
    fragments,
    cue: cue && charSpanOf(words, cue),
    speaker: found.speaker ? speaker(words, found.speaker) : speaker(words, around?.speaker?.mention ?? null, around?.speaker?.named),
  };
}

const sameWords = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];

/** The reported clause is the quotation: it starts with it and ends inside it (its span runs to the closing mark). */
const quotedWholly = (quoted: [number, number], around: Reported): boolean =>
  !around.rest && around.content[0] === quoted[0] && around.content[1] > quoted[0] && around.content[1] <= quoted[1];

const charSpanOf = (words: Words, range: [number, number]): Span => span(words.doc, ...charSpan(words, range));

function fromReported(words: Words, found: Reported, quotes: Quoted[]): QuoteDraft {
  const fragments = [found.content, ...(found.rest ? [found.rest] : [])].map((piece) => contentSpan(words, piece, quotes));
  return {
    ...span(words.doc, fragments[0]!.start, fragments[fragments.length - 1]!.end),
    source: SOURCE,
    kind: "indirect",
    fragments,
    cue: charSpanOf(words, found.cue),
    speaker: speaker(words, found.speaker?.mention ?? null, found.speaker?.named),
  };
}

export function extractQuotes(doc: Doc): Partial<Draft> {
  const words = readWords(doc);
  const quotes = pairQuotationMarks(doc.text);
  const headlines = headlineParagraphs(doc.text);
  const statements = quotedStatements(words, quotes, (paragraph) => headlines.has(paragraph));

  // words inside quotation marks, the cues of direct quotes and headlines are not reported speech
  const quoted = new Array<boolean>(words.list.length).fill(false);
  for (const quote of quotes) for (let i = wordAt(words, quote.open); i < wordAt(words, quote.close); i++) quoted[i] = true;
  const usedCues = new Set(statements.flatMap((found) => (found.cue ? [found.cue[0]] : [])));
  const reported = words.sentences
    .filter(([first]) => !headlines.has(words.paragraphOf[first]!))
    .flatMap((sentence) => reportedSpeech(words, sentence, (i) => quoted[i]! || usedCues.has(i)));

  const bySentence = new Map<number, Reported[]>();
  for (const found of reported) {
    const sentence = words.sentenceOf[found.content[0]]!;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), found]);
  }
  const wholly = new Set<Reported>();
  const results: QuoteDraft[] = [];
  for (const found of statements) {
    const sentence = words.sentenceOf[found.words[0]]!;
    const inSentence = bySentence.get(sentence) ?? [];
    // a partial quote takes the speaker of the reported speech around it, or of the cue whose complement holds it
    // a quote that opens inside a clause belongs to it, even past a full stop in its marks: `said that “... job. And ...”`
    let around = inSentence.find((r) => r.content[0] <= found.words[0] && found.words[0] < (r.rest ?? r.content)[1]);
    if (found.kind === "partial" && !around) {
      const statement = statementAround(words, words.sentences[sentence]!, [found.words[0], found.words[1] - 1]);
      if (!statement || inSentence.some((r) => r.cue[0] === statement.cue[0])) continue;
      around = statement;
      if (!sameWords(statement.content, found.words)) results.push(fromReported(words, statement, quotes));
    }
    // `Some chanted “USA! USA!”`, `he yelled “You lie!”`: the cue's whole complement is the quote
    if (found.short && !(around && sameWords(found.words, around.content))) continue;
    if (around && quotedWholly(found.words, around)) {
      // `Cruz says that “when you live by the pen, you die by the pen.”`, `According to the Daily News, “...”`:
      // the whole statement is quoted, one direct quote
      wholly.add(around);
      results.push({ ...fromStatement(words, found, around), kind: "direct" });
    } else results.push(fromStatement(words, found, around));
  }
  results.push(...reported.filter((found) => !wholly.has(found)).map((found) => fromReported(words, found, quotes)));
  return { quotes: carrySpeakers(words, results.sort((a, b) => a.start - b.start || a.end - b.end)) };
}

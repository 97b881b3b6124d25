// Quotations inside reported clauses: each takes the cue and speaker of the clause around it.
//   it would announce the liberation “in the coming few days”, she said   -> the partial quote is hers
//   Jeb Bush called Trump “unhinged.”            -> the partial quote, and the statement `Trump “unhinged.”`
//   Cruz says that “when you live by the pen, you die by the pen.”   -> one direct quote, no reported one
//   a “final assault” on the town                -> no quote: a short partial quote that no one says is a label
import { quoteAnalysis } from "../extract/quotes/analysis.js";
import { statementAround } from "../extract/quotes/around.js";
import { fromReported, fromStatement, reportedOf, statementOf } from "../extract/quotes/drafts.js";
import type { Quoted, QuotedStatement, Reported } from "../extract/quotes/types.js";
import type { Words } from "../extract/quotes/words.js";
import type { Doc, Draft, QuoteDraft } from "../pipeline/types.js";

const sameWords = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];

/** The reported clause is the quotation: it starts with it and ends inside it (its span runs to the closing mark). */
const quotedWholly = (quoted: [number, number], around: Reported): boolean =>
  !around.rest && around.content[0] === quoted[0] && around.content[1] > quoted[0] && around.content[1] <= quoted[1];

interface Attached {
  /** What the quotation gives: none, itself, or the statement around it and itself. */
  quotes: QuoteDraft[];
  /** The reported clause it is the whole of, now the quotation's own attribution. */
  whole: Reported | null;
}

/** Quotation `found` with the reported clauses of its sentence. */
function attach(words: Words, found: QuotedStatement, inSentence: Reported[], marks: Quoted[]): Attached {
  const quotes: QuoteDraft[] = [];
  // a quote that opens inside a clause belongs to it, even past a full stop in its marks: `said that “... job. And ...”`
  let around = inSentence.find((r) => r.content[0] <= found.words[0] && found.words[0] < (r.rest ?? r.content)[1]);
  if (found.kind === "partial" && !around) {
    // or to the cue whose complement holds it
    const sentence = words.sentences[words.sentenceOf[found.words[0]]!]!;
    const statement = statementAround(words, sentence, [found.words[0], found.words[1] - 1]);
    if (!statement || inSentence.some((r) => r.cue[0] === statement.cue[0])) return { quotes, whole: null };
    around = statement;
    if (!sameWords(statement.content, found.words)) quotes.push(fromReported(words, statement, marks));
  }
  // `Some chanted “USA! USA!”`, `he yelled “You lie!”`: the cue's whole complement is the quote
  if (found.short && !(around && sameWords(found.words, around.content))) return { quotes, whole: null };
  // `Cruz says that “when you live by the pen, you die by the pen.”`, `According to the Daily News, “...”`:
  // the whole statement is quoted, one direct quote
  if (around && quotedWholly(found.words, around)) return { quotes: [...quotes, { ...fromStatement(words, found, around), kind: "direct" }], whole: around };
  return { quotes: [...quotes, fromStatement(words, found, around)], whole: null };
}

export function attachPartialQuotes(draft: Draft, doc: Doc): Draft {
  const { words, quotes: marks } = quoteAnalysis(doc);
  const bySentence = new Map<number, Reported[]>();
  for (const quote of draft.quotes) {
    const found = reportedOf(quote);
    if (!found) continue;
    const sentence = words.sentenceOf[found.content[0]]!;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), found]);
  }
  const replaced = new Map<QuoteDraft, QuoteDraft[]>();
  const wholes = new Set<Reported>();
  for (const quote of draft.quotes) {
    const found = statementOf(quote);
    if (!found) continue;
    const attached = attach(words, found, bySentence.get(words.sentenceOf[found.words[0]]!) ?? [], marks);
    replaced.set(quote, attached.quotes);
    if (attached.whole) wholes.add(attached.whole);
  }
  return {
    ...draft,
    quotes: draft.quotes.flatMap((quote) => {
      const reported = reportedOf(quote);
      return replaced.get(quote) ?? (reported && wholes.has(reported) ? [] : [quote]);
    }),
  };
}

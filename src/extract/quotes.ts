// Quotes, two extractors over one quotation analysis (quotes/analysis.ts, built once per article):
// direct and partial quotes from paired quotation marks, and reported speech from cue verbs, each with
// its cue and the speaker as written. The refiners then attach partial quotes to the statements around
// them (refine/partial-quotes.ts), carry a speaker on to the quote after it (refine/carry-speakers.ts)
// and link speakers to actors (refine/speakers.ts).
import type { Doc, Draft } from "../pipeline/types.js";
import { quoteAnalysis } from "./quotes/analysis.js";
import { reportedQuote, statementQuote } from "./quotes/drafts.js";
import { reportedSpeech } from "./quotes/reported.js";
import { wordAt } from "./quotes/words.js";

/** `“We will win,” he said.`, `... the liberation “in the coming few days”`: every quotation read as a statement. */
export function extractDirectQuotes(doc: Doc): Partial<Draft> {
  const { words, statements } = quoteAnalysis(doc);
  return { quotes: statements.map((found) => statementQuote(words, found)) };
}

/** `X said (that) ...`, `..., according to X.`: reported clauses outside quotation marks and headlines. */
export function extractReportedSpeech(doc: Doc): Partial<Draft> {
  const { words, quotes, headlines, statements } = quoteAnalysis(doc);
  // words inside quotation marks, the cues of direct quotes and headlines are not reported speech
  const quoted = new Array<boolean>(words.list.length).fill(false);
  for (const quote of quotes) for (let i = wordAt(words, quote.open); i < wordAt(words, quote.close); i++) quoted[i] = true;
  const usedCues = new Set(statements.flatMap((found) => (found.cue ? [found.cue[0]] : [])));
  const reported = words.sentences
    .filter(([first]) => !headlines.has(words.paragraphOf[first]!))
    .flatMap((sentence) => reportedSpeech(words, sentence, (i) => quoted[i]! || usedCues.has(i)));
  return { quotes: reported.map((found) => reportedQuote(words, found, quotes)) };
}

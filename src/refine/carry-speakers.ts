// A quote with no attribution of its own that follows a statement goes on with that statement's speaker:
//   Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want.”   -> Cole
//   ..., Obama said. “Those who are running down the economy ...”                      -> Obama
import { quoteAnalysis } from "../extract/quotes/analysis.js";
import { wordAt } from "../extract/quotes/words.js";
import type { Doc, Draft, QuoteDraft } from "../pipeline/types.js";

/** The last offset of a statement with its attribution: `..., Cole said.` ends after `said`. */
const reach = (quote: QuoteDraft): number => Math.max(quote.end, quote.cue?.end ?? 0, quote.speaker?.mention?.end ?? 0);

/** Quotes in text order; each direct quote without speaker or cue takes the speaker of a statement closing the sentence before it. */
export function carrySpeakers(draft: Draft, doc: Doc): Draft {
  const { words } = quoteAnalysis(doc);
  let previous: QuoteDraft | undefined;
  const quotes = [...draft.quotes]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((quote) => {
      let result = quote;
      if (quote.kind === "direct" && !quote.speaker && !quote.cue && previous && reach(previous) <= quote.start) {
        const last = wordAt(words, reach(previous)) - 1;
        const first = wordAt(words, quote.start);
        const sentences = words.sentenceOf[first]! - words.sentenceOf[Math.max(0, last)]!;
        const paragraphs = words.paragraphOf[first]! - words.paragraphOf[Math.max(0, last)]!;
        if (sentences <= 1 && paragraphs <= 1) result = { ...quote, speaker: previous.speaker };
      }
      if (result.speaker && (!previous || reach(result) >= reach(previous))) previous = result;
      return result;
    });
  return { ...draft, quotes };
}

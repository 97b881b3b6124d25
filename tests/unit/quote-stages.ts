// The quote stages in the order of src/pipeline/configuration.ts, short of linking speakers to actors:
// both extractors, then the refiners that attach partial quotes and carry speakers on.
import { extractDirectQuotes, extractReportedSpeech } from "../../src/extract/quotes.js";
import { emptyDraft, type Doc, type QuoteDraft } from "../../src/pipeline/types.js";
import { readDocument } from "../../src/read/document.js";
import { carrySpeakers } from "../../src/refine/carry-speakers.js";
import { attachPartialQuotes } from "../../src/refine/partial-quotes.js";

export function extractedQuotes(doc: Doc): QuoteDraft[] {
  const quotes = [...(extractDirectQuotes(doc).quotes ?? []), ...(extractReportedSpeech(doc).quotes ?? [])];
  return carrySpeakers(attachPartialQuotes({ ...emptyDraft(), quotes }, doc), doc).quotes;
}

/** The quotes of `text` read as an article of 8 October 2017. */
export const quotesOf = (text: string): QuoteDraft[] => extractedQuotes(readDocument(text, { date: "2017-10-08" }));

// The order of every stage, in one place. A document flows one way:
// read -> normalise -> analyse -> extractors -> refiners -> assemble -> validate.
import { extractCredits } from "../extract/credits.js";
import { extractDates } from "../extract/dates.js";
import { extractEntities } from "../extract/entities.js";
import { extractFigures } from "../extract/figures.js";
import { extractUserLexicon } from "../extract/lexicon.js";
import { extractDirectQuotes, extractReportedSpeech } from "../extract/quotes.js";
import { mergeAliases } from "../refine/aliases.js";
import { carrySpeakers } from "../refine/carry-speakers.js";
import { chooseCountries } from "../refine/countries.js";
import { resolveOverlaps } from "../refine/overlaps.js";
import { attachPartialQuotes } from "../refine/partial-quotes.js";
import { linkSpeakers } from "../refine/speakers.js";
import type { Extractor, Refiner } from "./types.js";

export const extractors: Extractor[] = [
  // credits first: `(Reuters/Erik De Castro)` names actors that the entity finder would mistype
  extractCredits,
  // the analyst's lexicon outranks every other reading of its names (see refine/overlaps.ts)
  extractUserLexicon,
  extractEntities,
  extractDates,
  extractFigures,
  // quotations before reported speech, which leaves out the cues that introduce quotations (both read one
  // quotation analysis, kept with the document); two quotes of the same span keep this order in the output
  extractDirectQuotes,
  extractReportedSpeech,
];

export const refiners: Refiner[] = [
  // overlaps before aliases: only the mentions that survive are merged into entities
  resolveOverlaps,
  // a shared country name (`Congo`) chosen by the article's other places, before merging by name
  chooseCountries,
  mergeAliases,
  // after both quote extractors: a quotation inside a reported clause takes its cue and speaker, and a
  // quoted clause is one direct quote instead of two
  attachPartialQuotes,
  // after partial quotes: a quote that has taken the speaker of the clause around it hands it on to the next
  carrySpeakers,
  // speakers last: they link to the entities that mergeAliases made, and each quote's pronoun is linked with
  // the quote's own words left out, so attached and carried speakers are linked per quote, not copied linked
  linkSpeakers,
];

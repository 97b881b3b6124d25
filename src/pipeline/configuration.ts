// The order of every stage, in one place. A document flows one way:
// read -> normalise -> analyse -> extractors -> refiners -> assemble -> validate.
import { extractCredits } from "../extract/credits.js";
import { extractDates } from "../extract/dates.js";
import { extractEntities } from "../extract/entities.js";
import { extractFigures } from "../extract/figures.js";
import { extractUserLexicon } from "../extract/lexicon.js";
import { extractQuotes } from "../extract/quotes.js";
import { mergeAliases } from "../refine/aliases.js";
import { chooseCountries } from "../refine/countries.js";
import { resolveOverlaps } from "../refine/overlaps.js";
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
  extractQuotes,
];

export const refiners: Refiner[] = [
  // overlaps before aliases: only the mentions that survive are merged into entities
  resolveOverlaps,
  // a shared country name (`Congo`) chosen by the article's other places, before merging by name
  chooseCountries,
  mergeAliases,
  // speakers last: they link to the entities that mergeAliases made
  linkSpeakers,
];

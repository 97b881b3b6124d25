// chrono-node, with every result tagged by the parser that made it (`parser/ENWeekdayParser`),
// so each date mention can name its producer; spans lose chrono's leading preposition.
import * as chrono from "chrono-node";
import type { ParsedResult, Parser, ParsingContext } from "chrono-node";
import { isRefusedMatch } from "./chrono-filters.js";
import { windowedEndOfPeriod } from "./end-of-period.js";

export interface ChronoHit {
  /** Offsets into the text, after trimming `on `/`in `/`for ` and trailing punctuation. */
  start: number;
  end: number;
  result: ParsedResult;
  /** Parser class names, in the order chrono merged them: `ENWeekdayParser`, `ENCasualTimeParser`. */
  parsers: string[];
}

/** Without an article date chrono still needs an instant; values that depend on it are dropped later. */
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

/** TimeML leaves the preposition out of the span: `on [Sunday]`, `For [three years]`. */
const LEADING_PREPOSITION = /^(?:(?:on|at|in|for|by|since|from|during|until|till|within|after|before|over|of|through)\s+)+/i;
/** Trailing punctuation, but not the last dot of `5 p.m.` */
const TRAILING_PUNCTUATION = /(?:[\s,;:!?)]|(?<!\.[a-z])\.)+$/i;
const PARSER_TAG = /^parser\/(.+)$/;

const tagged = taggedChrono();

/**
 * Runs chrono over the text; a result that runs across a sentence start (`Monday night. This
 * morning`) is parsed again one sentence at a time.
 */
export function runChrono(text: string, reference: Date | null, sentenceStarts: number[]): ChronoHit[] {
  const ref = { instant: reference ?? FIXED_INSTANT, timezone: 0 };
  const hits: ChronoHit[] = [];
  for (const [result, offset] of parseSafely(text, ref, sentenceStarts)) {
    const start = offset + result.index;
    const cuts = startsWithin(sentenceStarts, start, start + result.text.length);
    if (cuts.length === 0) {
      pushHit(hits, result, offset);
      continue;
    }
    const bounds = [start, ...cuts, start + result.text.length];
    for (let piece = 0; piece + 1 < bounds.length; piece++) {
      const from = bounds[piece] ?? 0;
      for (const [inner, at] of parseSafely(text.slice(from, bounds[piece + 1]), ref, [])) pushHit(hits, inner, from + at);
    }
  }
  return hits;
}

type Reference = { instant: Date; timezone: number };

/**
 * chrono 2.10 can throw from inside a refiner (ENMergeRelativeAfterDateRefiner on some relative
 * expressions): parse again one sentence at a time, so that a bug of the library loses at most
 * one sentence's dates, never the article.
 */
function parseSafely(text: string, ref: Reference, sentenceStarts: number[]): Array<[ParsedResult, number]> {
  try {
    return tagged.parse(text, ref).map((r) => [r, 0]);
  } catch {
    const bounds = [0, ...sentenceStarts.filter((s) => s > 0 && s < text.length), text.length];
    const results: Array<[ParsedResult, number]> = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      try {
        for (const r of tagged.parse(text.slice(from, bounds[k + 1]), ref)) results.push([r, from]);
      } catch {
        // this sentence keeps no chrono dates; the other finders still run on it
      }
    }
    return results;
  }
}

/** The sorted offsets strictly between `from` and `to`, found by binary search. */
function startsWithin(sorted: number[], from: number, to: number): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  const cuts: number[] = [];
  for (let at = low; at < sorted.length && (sorted[at] ?? to) < to; at++) cuts.push(sorted[at] ?? 0);
  return cuts;
}

function pushHit(hits: ChronoHit[], result: ParsedResult, offset: number): void {
  const leading = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const trimmed = result.text.slice(leading).replace(TRAILING_PUNCTUATION, "");
  if (trimmed === "") return;
  const start = offset + result.index + leading;
  const parsers = [...result.tags()].flatMap((tag) => PARSER_TAG.exec(tag)?.[1] ?? []);
  hits.push({ start, end: start + trimmed.length, result, parsers: [...new Set(parsers)] });
}

/**
 * chrono's casual English, without the range refiner (`Monday to Friday` is two dates in
 * TimeML), with each parser's results tagged by its class name and its false matches refused, and
 * its end-of-period refiner kept to a window before each date (linear in the text).
 */
function taggedChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  instance.parsers = instance.parsers.map(withParserTag);
  instance.refiners = instance.refiners
    .filter((refiner) => !refiner.constructor.name.includes("MergeDateRange"))
    .map((refiner) => (refiner.constructor.name === "ENEndOfPeriodRefiner" ? windowedEndOfPeriod(refiner) : refiner));
  return instance;
}

function withParserTag(parser: Parser): Parser {
  const name = parser.constructor.name;
  const tag = `parser/${name}`;
  return {
    pattern: (context: ParsingContext) => parser.pattern(context),
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      if (isRefusedMatch(name, match)) return null;
      const extracted = parser.extract(context, match);
      if (extracted === null) return null;
      if (extracted instanceof chrono.ParsingResult) return extracted.addTag(tag);
      return context.createParsingComponents(extracted).addTag(tag);
    },
  };
}

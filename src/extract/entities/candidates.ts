// Runs of capitalised words that may be names: `Syrian Democratic Forces`, `Deir al-Zor`, `Bashar al-Assad`.
import { inLexicon } from "../../gazetteer/data.js";
import { MONTH_NAMES, SHORTENED_MONTHS } from "../../lexicon/months.js";
import { TITLES } from "../../lexicon/titles.js";
import type { Doc, Token } from "../../pipeline/types.js";
import { textBefore } from "../../window.js";

// `“ `, `: `, `(` before a word that opens a clause
const OPENER_WIDTH = 3;

export interface Candidate {
  start: number;
  end: number;
  /** Token indices [first, last + 1). */
  tokens: [number, number];
  /** Written with a possessive: `Lebanon's`. */
  possessive: boolean;
}

// lower-case words that may sit inside a name: `Bank of England`, `Deir al-Zor`, `Osama bin Laden`
const CONNECTORS = new Set(["of", "al", "el", "bin", "ibn", "bint", "abu", "de", "du", "da", "la", "le", "van", "von", "der", "den", "y", "for", "the"]);
// these may also begin a name when a hyphen joins them to it: `al-Mayadin`
const PREFIX_PARTICLES = new Set(["al", "el", "ar", "as", "ad", "an", "ash", "ez", "bin", "abu"]);
const PARTICLE_NAME = new RegExp(`^(?:${[...PREFIX_PARTICLES].join("|")})-\\p{Lu}`, "u");
const CALENDAR = new Set([
  ...[...MONTH_NAMES, ...SHORTENED_MONTHS].map((month) => month.toLowerCase()),
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

const UPPER = /^\p{Lu}/u;
// a hyphen before a lower-case letter: `U.S.-backed`
const HYPHEN_BEFORE_LOWER = /-(?=\p{Ll})/u;

// every token is asked: an ASCII first letter settles it without the Unicode regex
const isCapitalised = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(t.text);
};
// the regex is tried only where the first hyphen stands right after a particle's length
const PARTICLE_LENGTHS = new Set([...PREFIX_PARTICLES].map((p) => p.length));
const isParticleName = (text: string) => PARTICLE_LENGTHS.has(text.indexOf("-")) && PARTICLE_NAME.test(text);
// `Lebanon` `'s`, `rebels` `'`: the possessive is a token of its own, written straight after the name
const isPossessive = (t: Token | undefined, after: Token) => t !== undefined && t.start === after.end && (t.lower === "'s" || t.lower === "'");
const gap = (doc: Doc, a: Token, b: Token) => doc.text.slice(a.end, b.start);

/** A capitalised word that is plain English where it stands: `However`, `Units` at a sentence start. */
export function isCommonWord(token: Token, lowerWords: Set<string>): boolean {
  const w = token.lower;
  if (lowerWords.has(w)) return true;
  if (!inLexicon("common", w)) {
    const singular = w.replace(/(?:es|s)$/, "");
    return singular !== w && (inLexicon("common", singular) || inLexicon("common", w.slice(0, -1)));
  }
  return true;
}

/** Opens a sentence, or follows an opening quotation mark, bracket, colon or line break. */
function opensClause(doc: Doc, t: Token): boolean {
  return t.sentenceStart || /["“«(\[:\n]\s*$/.test(textBefore(doc.text, t.start, OPENER_WIDTH));
}

export function findCandidates(doc: Doc, lowerWords: Set<string>): Candidate[] {
  const tokens = doc.analysis.tokens;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName =
      (isCapitalised(t) && !CALENDAR.has(t.lower) && !(opensClause(doc, t) && isCommonWord(t, lowerWords) && !TITLES.has(t.lower))) || isParticleName(t.text);
    if (!startsName) {
      i++;
      continue;
    }
    let j = i;
    let end = t.end;
    let possessive = false;
    for (;;) {
      const cur = tokens[j]!;
      const hyphen = cur.text.search(HYPHEN_BEFORE_LOWER);
      if (hyphen > 0 && !PREFIX_PARTICLES.has(cur.lower.slice(0, hyphen))) {
        end = cur.start + hyphen;
        break;
      }
      end = cur.end;
      const next = tokens[j + 1];
      if (isPossessive(next, cur)) {
        possessive = true;
        break;
      }
      if (!next || next.sentence !== cur.sentence) break;
      const between = gap(doc, cur, next);
      if (between !== " " && between !== "-") break;
      if ((isCapitalised(next) || isParticleName(next.text)) && !CALENDAR.has(next.lower)) {
        j++;
        continue;
      }
      // a connector joins only when a capitalised word follows it
      const after = tokens[j + 2];
      if (CONNECTORS.has(next.lower) && after && after.sentence === cur.sentence && /^[ -]$/.test(gap(doc, next, after)) && isCapitalised(after) && !CALENDAR.has(after.lower)) {
        j += 2;
        continue;
      }
      // `of the` joins too: `International Committee of the Red Cross`, `Ministry of the Interior`
      const third = tokens[j + 3];
      if (next.lower === "of" && after?.lower === "the" && third && third.sentence === cur.sentence && gap(doc, next, after) === " " && gap(doc, after, third) === " " && isCapitalised(third) && !CALENDAR.has(third.lower)) {
        j += 3;
        continue;
      }
      break;
    }
    out.push({ start: t.start, end, tokens: [i, j + 1], possessive });
    i = j + 1;
  }
  return out;
}

// What the words around a name say about it: `the city of X`, `X, a field commander`, `The spokeswoman ..., X,`.
import { inLexicon } from "../../gazetteer/data.js";
import { PLACE_CUES } from "../../lexicon/heads.js";
import { TITLES } from "../../lexicon/titles.js";
import type { PlaceType } from "../../schema.js";
import type { Doc } from "../../pipeline/types.js";
import { textAfter, textBefore } from "../../window.js";

// `of`, `and`, `or` right before the space before a name
const JOINER_WIDTH = 3;
// `the districts of Jajarkot and ` before a name
const PLACE_CUE_BEFORE_WIDTH = 60;
// ` province`, `, a fishing village` after it
const PLACE_CUE_AFTER_WIDTH = 60;
// `, the U.N. humanitarian coordinator` after a name
const APPOSITIVE_WIDTH = 80;
// `The spokeswoman for the SDF campaign in Raqqa, ` before a name, the widest cue
const ROLE_CLAUSE_WIDTH = 160;

/** Role nouns that neither compromise's lexicon nor the titles hold: `chief medical adviser`, `humanitarian coordinator`. */
const ROLE_NOUNS = new Set(["adviser", "advisor", "aide", "coordinator", "official", "spokesperson", "negotiator", "strategist", "analyst", "consultant", "researcher", "economist", "lawmaker", "legislator"]);
const isRoleWord = (w: string) => inLexicon("Actor", w) || TITLES.has(w) || ROLE_NOUNS.has(w);

// `the city of al-Mayadin`, `the town of`, `the districts of Jajarkot and` (the second of two)
const PLACE_CUE_BEFORE = /\b(city|town|village|capital|port|province|region|governorate|district|river|cities|towns|villages|ports|provinces|regions|governorates|districts|rivers)\s+of\s+(?:\p{Lu}[\p{L}'-]*\s+(?:and|or)\s+)?$/iu;
// `Ituri province`, `Kurigram district`, `the Brahmaputra river`: the kind written after the name, in lower case
const PLACE_CUE_AFTER = /^\s+(province|region|governorate|district|county|river|city|town|village)\b/;
// `Tchomia, a fishing village on the shore of Lake Albert`
const SETTLEMENT_AFTER = /^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(city|town|village|hamlet)\b/;

const SPACE = /\s/;

/**
 * Where the white space right before `start` begins (`start` itself when there is none), looking no
 * further back than the widest cue. The cues before a name all end in white space, and what stands
 * before it (`of`, a comma) is tested first: that spares most names the regexes.
 */
function spaceBefore(doc: Doc, start: number): number {
  const floor = Math.max(0, start - ROLE_CLAUSE_WIDTH);
  let k = start;
  while (k > floor && SPACE.test(doc.text[k - 1]!)) k--;
  return k;
}

/** The kind of place that the words before a name say it is: `the city of X`, `the districts of A and X`. */
export function placeCueBefore(doc: Doc, start: number): PlaceType | null {
  const k = spaceBefore(doc, start);
  const before = textBefore(doc.text, k, JOINER_WIDTH).toLowerCase();
  if (k === start || (!before.endsWith("of") && !before.endsWith("and") && !before.endsWith("or"))) return null;
  const m = PLACE_CUE_BEFORE.exec(textBefore(doc.text, start, PLACE_CUE_BEFORE_WIDTH));
  return m ? (PLACE_CUES[m[1]!.toLowerCase()] ?? null) : null;
}

/** The kind of place that the words after a name say it is: `X province`, `X river`, `X, a fishing village`. */
export function placeCueAfter(doc: Doc, end: number): PlaceType | null {
  const after = textAfter(doc.text, end, PLACE_CUE_AFTER_WIDTH);
  const m = PLACE_CUE_AFTER.exec(after) ?? SETTLEMENT_AFTER.exec(after);
  return m ? (PLACE_CUES[m[1]!] ?? null) : null;
}

// `X, a field commander in ...`, `X, the spokeswoman for ...`, `X, 45, a farmer`
// (an organisation's initials or name may lead the role: `X, the U.N. humanitarian coordinator`, `X, an SDF
// commander`, `X, the White House chief medical adviser`)
const APPOSITIVE_AFTER = /^,\s+(?:\d+,\s+)?(?:a|an|the)\s+((?:(?:\p{Lu}\.){2,}\s+|\p{Lu}{2,}\s+|(?:\p{Lu}\p{Ll}+\s+){1,3})?(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)/u;

/** A role noun phrase right after the name, if one stands there: `field commander`. */
export function appositiveRoleAfter(doc: Doc, end: number): string | null {
  const m = APPOSITIVE_AFTER.exec(textAfter(doc.text, end, APPOSITIVE_WIDTH));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // the role is the phrase up to its last role word: `field commander` of `field commander in`
  for (let k = words.length - 1; k >= 0; k--) if (isRoleWord(words[k]!)) return words.slice(0, k + 1).join(" ");
  return null;
}

// `The spokeswoman for the SDF campaign in Raqqa, X, said`: the clause opens with the role
const ROLE_CLAUSE_BEFORE = /(?:^|[.;:!?]\s+|\n)(?:The|A|An)\s+((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s[^.;:!?\n"“”]{0,100},\s+$/;

export function appositiveRoleBefore(doc: Doc, start: number): string | null {
  const k = spaceBefore(doc, start);
  if (k === start || doc.text[k - 1] !== ",") return null;
  const m = ROLE_CLAUSE_BEFORE.exec(textBefore(doc.text, start, ROLE_CLAUSE_WIDTH));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  for (let k = words.length - 1; k >= 0; k--) if (isRoleWord(words[k]!)) return words.slice(0, k + 1).join(" ");
  return null;
}

// `rebel commander Abu Omar`, `spokesman Ahmed`: lower-case role words right before the name
const LOWER_ROLE_BEFORE = /(?:^|[^\p{L}])((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+$/u;

const LOWER_OR_HYPHEN = /[a-z-]/;

export function lowerRoleBefore(doc: Doc, start: number): string | null {
  const from = Math.max(0, start - 40);
  // the unanchored regex tries every offset of its window, so what it would find is checked first:
  // `, Ahmed` and `(Ahmed` have no word before them, `said Ahmed` no role word
  const roleEnd = spaceBefore(doc, start);
  if (roleEnd === start) return null;
  let wordStart = roleEnd;
  while (wordStart > from && LOWER_OR_HYPHEN.test(doc.text[wordStart - 1]!)) wordStart--;
  if (wordStart === roleEnd) return null;
  // a whole word without a hyphen is the one the regex would end on
  const last = doc.text.slice(wordStart, roleEnd);
  if (wordStart > from && !last.includes("-") && !isRoleWord(last)) return null;
  const m = LOWER_ROLE_BEFORE.exec(doc.text.slice(from, start));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (!isRoleWord(words[words.length - 1]!)) return null;
  // keep the role words and the modifiers that belong to it, not `said` or `the`
  let k = words.length - 1;
  while (k > 0 && /^[a-z-]+$/.test(words[k - 1]!) && !["the", "a", "an", "said", "told", "by", "of", "and", "to", "with", "as"].includes(words[k - 1]!)) k--;
  return words.slice(k).join(" ");
}

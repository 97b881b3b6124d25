// What one word form says on its own, hashed once per distinct form and kept: its shape, affixes,
// and the general-knowledge lists it is on. `Raqqa` -> shape `Xxxx`, short shape `Xx`, suffix `qqa`, ...
import { demonymCountry, LIST_BIT, lexiconLists } from "../gazetteer/data.js";
import { ORGANISATION_HEADS, PLACE_HEADS } from "../lexicon/heads.js";
import { TITLES } from "../lexicon/titles.js";
import { memoise } from "../memo.js";
import { fnv1a } from "./hash.js";

export interface WordInfo {
  /** Numbered in the order first met: frequent words early (word-scores.ts keeps scores by number). */
  id: number;
  lower: string;
  formHash: number;
  lowerHash: number;
  /** `Xxxx`, `XX`, `dd-dd`, `X.X.`: character classes, runs cut at four. */
  shapeHash: number;
  /** `Xx`, `X`, `d-d`: runs of one class collapsed. */
  shortHash: number;
  /** Prefixes then suffixes of the lower form, lengths 1 to 4. */
  affixHashes: number[];
  /** The word lists it is on (`first`, `last`, `demonym`, `title`, ...), hashed. */
  listHashes: number[];
  capitalised: boolean;
  /** Letters, all upper case: `SDF`, `RAQQA`. */
  upper: boolean;
  hasLetter: boolean;
  hasLower: boolean;
  /** Any capital letter at all: `iPhone` yes, `al-Mayadin` yes, `said`, `1860` and `,` no. */
  hasUpper: boolean;
}

// `al-Assad`, `bin-Laden`: an Arabic name behind a lower-case particle is written, and read, like `Assad`
const PARTICLE = /^(?:al|el|ar|as|ad|an|ash|at|az|ez|bin|ibn|abu)-(?=\p{Lu})/u;

/** `X` upper, `x` lower (and caseless letters), `d` digit, else the character itself. */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? "X" : code >= 97 && code <= 122 ? "x" : code >= 48 && code <= 57 ? "d" : ch;
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : /\p{L}/u.test(ch) ? "x" : ch;
}

function shapes(word: string): [string, string] {
  let shape = "";
  let short = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === last ? run + 1 : 1;
    if (run <= 4) shape += c;
    if (run === 1) short += c;
    last = c;
  }
  return [shape, short];
}

const NAME_LISTS = LIST_BIT.FirstName | LIST_BIT.MaleName | LIST_BIT.FemaleName;

function lists(lower: string): string[] {
  const out: string[] = [];
  const bits = lexiconLists(lower);
  const bare = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (bits & NAME_LISTS) out.push("first");
  if (bits & LIST_BIT.LastName) out.push("last");
  if ((bare === lower ? bits : lexiconLists(bare)) & LIST_BIT.Honorific || TITLES.has(bare)) out.push("title");
  if (bits & LIST_BIT.Demonym || demonymCountry(lower) !== null) out.push("demonym");
  if (bits & LIST_BIT.Actor) out.push("role");
  if (bits & LIST_BIT.common) out.push("common");
  if (ORGANISATION_HEADS[lower] !== undefined) out.push("orghead");
  if (PLACE_HEADS[lower] !== undefined) out.push("placehead");
  return out;
}

/** The facts of one word form, kept for the next time it comes (the 200,000 most recent forms). */
let count = 0;

export const wordInfo = memoise((word: string): WordInfo => {
  const lower = word.toLowerCase();
  const particle = PARTICLE.exec(word)?.[0].length ?? 0;
  const core = lower.slice(particle);
  const [shape, short] = shapes(word.slice(particle));
  const affixHashes: number[] = [];
  for (let n = 1; n <= 4; n++) affixHashes.push(fnv1a(core.length >= n ? core.slice(0, n) : "<"));
  for (let n = 1; n <= 4; n++) affixHashes.push(fnv1a(lower.length >= n ? lower.slice(-n) : ">"));
  const hasLetter = /\p{L}/u.test(word);
  const hasLower = /\p{Ll}/u.test(word);
  return {
    id: count++,
    lower,
    formHash: fnv1a(word),
    lowerHash: fnv1a(lower),
    shapeHash: fnv1a(shape),
    shortHash: fnv1a(short),
    affixHashes,
    listHashes: hasLetter ? lists(core).map(fnv1a) : [],
    capitalised: particle > 0 || /^\p{Lu}/u.test(word),
    upper: hasLetter && !hasLower,
    hasLetter,
    hasLower,
    hasUpper: /\p{Lu}/u.test(word),
  };
}, 200_000);

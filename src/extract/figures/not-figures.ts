// Numbers that are not figures: years (`in 2017`), dates (`Oct. 5`, `5 October`, `10/5/2017`,
// `2017-10-05`), decades (`the 1990s`), times (`3:30 pm`, `0900 GMT`), numbers inside names
// (`Resolution 2254`, `Boeing 737`, `F-16`, `G20`), phone numbers, ages (`aged 25`) and list
// markers, references (`[12]`, `Fig. 5`, `Eqs. (18), (19)`, `phases 3, 5 and 7`, `Section 3.1.3`).
// Each check returns the piece to resume scanning from, so `3:30` is skipped whole.
import { MONTH_NAMES, SHORTENED_MONTHS } from "../../lexicon/months.js";
import { isDecade, type Piece } from "./pieces.js";
import { currencyBefore } from "./units.js";

const MONTHS = new Set([...MONTH_NAMES, ...SHORTENED_MONTHS]);

const CLOCK = new Set(["am", "pm", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "o'clock", "hrs", "local"]);

// capitalised words that may stand right before a number: `About 200 people`, `In 2017`
const OPENERS = new Set([
  "about", "some", "nearly", "almost", "around", "roughly", "approximately", "over", "more", "fewer", "less", "up", "under",
  "at", "in", "on", "of", "by", "for", "from", "with", "to", "into", "after", "before", "since", "until", "between", "among",
  "only", "just", "all", "the", "another", "and", "but", "or", "those", "these", "its", "their", "his", "her", "our", "each",
  "an", "a", "estimated", "exactly", "killing", "killed", "wounding", "then", "now", "once", "if", "when", "while", "as",
  "so", "than", "although", "even", "including", "whilst", "whereas", "thus", "hence", "here", "there", "where", "however",
  "also", "both", "every", "many", "last", "next", "within", "during", "across", "through", "without", "above", "below",
  "per", "via", "like", "unlike", "beyond", "despite", "upon", "respectively", "overall", "typically", "generally",
]);

// `route 66`, `flight 17`, `resolution 2254`: labels written in lower case too
const LABELS = new Set([
  "no", "nos", "number", "page", "pages", "chapter", "chapters", "section", "sections", "article", "articles", "paragraph",
  "resolution", "route", "flight", "highway", "interstate", "room", "version", "model", "episode", "season", "platform",
  "gate", "channel", "phase", "phases", "level", "grade", "category", "type", "stage", "round", "line", "bus", "district",
  "zone", "sector", "unit", "apartment", "floor", "fig", "figs", "figure", "figures", "table", "tables", "eq", "eqs",
  "equation", "equations", "ref", "refs", "appendix", "sample", "samples", "step", "steps", "day", "week", "month", "year",
  "months", "lines", "column", "columns", "case", "cases", "fraction", "fractions", "clone", "clones", "complex", "label",
  "labels", "code", "codes", "numbered", "panel", "panels", "site", "lane", "lanes", "batch", "patient", "subject",
]);

// labels written short, with a full stop: `Fig. 5`, `No. 10`, `Eqs. (18)`
const ABBREVIATED = new Set(["no", "nos", "fig", "figs", "eq", "eqs", "ref", "refs", "sect", "vol", "p", "pp"]);

// what may stand between a label and a later number of its list: `Figs. 10 and 11`, `phases 3, 5, and 7`
const LIST_JOINS = new Set([",", "and", "or", "(", ")", "–", "-"]);

const AGE = new Set(["aged", "age", "ages"]);

// `14C dates`, `13C content`: what a carbon isotope measures, where `14C` is no temperature
const ISOTOPE_NOUNS = new Set([
  "date", "dates", "dating", "dated", "age", "ages", "content", "activity", "measurement", "measurements", "data", "ratio",
  "ratios", "value", "values", "signal", "signature", "record", "records", "label", "labelled", "labeled", "labelling",
  "enrichment", "calibration", "chronology", "analysis", "analyses", "concentration", "concentrations", "levels",
]);

function isNumber(piece: Piece | undefined): piece is Piece {
  return piece?.type === "number";
}

function sentenceStart(all: Piece[], at: number): boolean {
  const before = all[at - 1];
  return at === 0 || all[at]!.newline || (before !== undefined && /[.!?"“”]/.test(before.text) && before.type === "punct");
}

/** A year: four plain digits from 1000 to 2100. */
function isYear(piece: Piece | undefined): boolean {
  return isNumber(piece) && isYearLike(piece);
}

/** Four plain digits from 1000 to 2100, read as a year unless a unit or qualifier measures them. */
export function isYearLike(piece: Piece): boolean {
  return /^\d{4}$/.test(piece.text) && Number(piece.text) >= 1000 && Number(piece.text) <= 2100;
}

/** The last number of a glued run `x/y/z` or `x-y-z` that starts at piece `at` (`at` itself when there is none). */
function numericRunEnd(all: Piece[], at: number, separator: string): number {
  let k = at;
  while (all[k + 1]?.text === separator && all[k + 1]!.glued && isNumber(all[k + 2]) && all[k + 2]!.glued) k += 2;
  return k;
}

/** The month written right before piece `at` (`Oct. 5`, `October 5`), or right after (`5 October`, `5th of Oct`). */
function besideMonth(all: Piece[], at: number): boolean {
  let before = at - 1;
  if (all[before]?.text === "." && all[before]!.glued) before--;
  if (before >= 0 && MONTHS.has(all[before]!.text)) return true;
  let after = at + 1;
  if (all[after]?.lower === "of") after++;
  return all[after] !== undefined && MONTHS.has(all[after]!.text.replace(/\.$/, ""));
}

function isClock(all: Piece[], at: number): boolean {
  const next = all[at + 1];
  if (!next) return false;
  // `3:30`
  if (next.text === ":" && next.glued && isNumber(all[at + 2]) && all[at + 2]!.glued) return true;
  if (CLOCK.has(next.lower)) return true;
  // `5 a.m.`, `5 p.m.`
  return (next.lower === "a" || next.lower === "p") && all[at + 2]?.text === "." && all[at + 3]?.lower === "m";
}

/** A label before the number or before the list it ends: `No. 5`, `Fig. 5`, `Figs. 10 and 11`, `Eqs. (18), (19)`. */
function labelled(all: Piece[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const piece = all[k]!;
    if (all[k + 1]!.newline) return false;
    if (piece.type === "word" && LABELS.has(piece.lower)) return opensList(all, k);
    if (piece.text === "." && piece.glued && ABBREVIATED.has(all[k - 1]?.lower ?? "")) return opensList(all, k - 1);
    // `Figures 3I and 3J`: a panel letter on the number
    const panel = piece.type === "word" && piece.glued && piece.text.length === 1 && isNumber(all[k - 1]);
    if (piece.type !== "number" && !panel && !LIST_JOINS.has(piece.lower)) return false;
  }
  return false;
}

/** `hSOX2-23`, `TRA-1–60`, `cm−1`, `ha−1`: a number joined by a hyphen or minus to a word is part of a name or a power. */
function joinedToWord(all: Piece[], at: number): boolean {
  for (let k = at; k > at - 4; k -= 2) {
    const joint = all[k - 1];
    const before = all[k - 2];
    if (!joint || !before || !/^[-−–]$/.test(joint.text) || !joint.glued || !all[k]!.glued) return false;
    if (before.type === "word" || (isNumber(before) && before.glued && all[k - 3]?.type === "word")) return true;
    if (!isNumber(before)) return false;
  }
  return false;
}

/** `F(3, 8.9)`, `poly(3-hexylthiophene`: numbers in brackets glued to a word are arguments, not figures. */
function argument(all: Piece[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const piece = all[k]!;
    if (piece.text === "(") return piece.glued && all[k - 1]?.type === "word";
    if (piece.type !== "number" && !/^[,.\-–−]$/.test(piece.text)) return false;
  }
  return false;
}

/** `(26,29,49)`, `(4,35–38,44)`: a run of numbers in brackets, written without spaces, cites references. */
function citationList(all: Piece[], at: number): boolean {
  let first = at;
  while (/^[,–-]$/.test(all[first - 1]?.text ?? "") && all[first - 1]!.glued && all[first]!.glued && isNumber(all[first - 2])) first -= 2;
  let last = at;
  while (/^[,–-]$/.test(all[last + 1]?.text ?? "") && all[last + 1]!.glued && all[last + 2]?.glued && isNumber(all[last + 2])) last += 2;
  const open = all[first - 1];
  const close = all[last + 1];
  return last > first && /^[(\[]$/.test(open?.text ?? "") && all[first]!.glued && /^[)\]]$/.test(close?.text ?? "") && close!.glued;
}

/** `57°44’8.47”N`: degrees, minutes and seconds of a position; the index after it, else -1. */
function coordinateEnd(all: Piece[], at: number): number {
  if (all[at + 1]?.text !== "°" || !all[at + 1]!.glued || !isNumber(all[at + 2]) || !all[at + 2]!.glued) return -1;
  let k = at + 2;
  while (k + 1 < all.length && all[k + 1]!.glued && (isNumber(all[k + 1]) || /^['’′"”″.]$/.test(all[k + 1]!.text) || /^[NSEW]$/.test(all[k + 1]!.text))) k++;
  return k + 1;
}

/** `Kovac, 46, was sentenced`: a bare number between commas after a name is an age. */
function ageAfterName(all: Piece[], at: number): boolean {
  const piece = all[at]!;
  const value = Number(piece.text);
  if (!/^\d{1,3}$/.test(piece.text) || value > 120) return false;
  const comma = all[at - 1];
  const name = all[at - 2];
  return comma?.text === "," && name?.type === "word" && /^\p{Lu}\p{Ll}/u.test(name.text) && !MONTHS.has(name.text) && /^[,)]$/.test(all[at + 1]?.text ?? "");
}

/** `13C/12C`, `[11C]`, `δ13C`, `14C dates`: isotopes, not temperatures. */
function isotope(all: Piece[], at: number): boolean {
  const letter = all[at + 1];
  if (!letter?.glued || letter.text !== "C") return false;
  const before = all[at - 1];
  const after = all[at + 2];
  if (/^1[234]$/.test(all[at]!.text) && after?.type === "word" && !after.glued && ISOTOPE_NOUNS.has(after.lower)) return true;
  return (before !== undefined && all[at]!.glued && (before.text === "[" || before.text === "/" || before.text === "δ")) || (after?.text === "/" && after.glued) || (after?.text === "]" && after.glued);
}

/** A number follows the label at once (`Fig. 5`, `Eqs. (18)`), not later (`that day, 20 people`). */
function opensList(all: Piece[], label: number): boolean {
  let next = label + 1;
  if (all[next]?.text === "." && ABBREVIATED.has(all[label]!.lower)) next++;
  if (all[next]?.text === "(") next++;
  return all[next]?.type === "number";
}

/** A reference in brackets: `[12]`, `[27,28]`, `[1–5]`; or a lone number in parentheses: `(19)`. */
function isReference(all: Piece[], at: number): boolean {
  if (all[at - 1]?.text === "(" && all[at + 1]?.text === ")" && all[at]!.glued && all[at + 1]!.glued) return true;
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const piece = all[k]!;
    if (piece.text === "[") return true;
    if (piece.type !== "number" && !/^[,–-]$/.test(piece.text)) return false;
  }
  return false;
}

/** A name around the number: `Resolution 2254`, `Boeing 737`, `route 66`, `F-16`, `G20`, `No. 5`. */
function insideName(all: Piece[], at: number, measured: boolean): boolean {
  let before = all[at - 1];
  if (!before) return false;
  // `F-16`, `COVID-19`, `Su-24`
  if (before.text === "-" && all[at]!.glued && before.glued && all[at - 2]?.type === "word") return true;
  // `Boeing 737-800`: the number after a name's number and a hyphen is that name's too
  if (before.text === "-" && all[at]!.glued && before.glued && isNumber(all[at - 2]) && insideName(all, at - 2, measured)) return true;
  if (before.text === "#") return true;
  // `(CBF/DREB)1`: a number glued to a closing bracket
  if (/^[)\]]$/.test(before.text) && all[at]!.glued) return true;
  if (labelled(all, at)) return true;
  if (before.type !== "word" || currencyBefore(all, at)) return false;
  if (all[at]!.glued) return true; // `G20`, `A320`
  // `beat Manchester City 2-1`: two small numbers joined by a hyphen after a name are a score (not `Boeing 737-800`)
  if (/^\d{1,2}$/.test(all[at]!.text) && all[at + 1]?.text === "-" && all[at + 1]!.glued && /^\d{1,2}$/.test(all[at + 2]?.text ?? "") && all[at + 2]!.glued) return false;
  // `the He 1083 nm line`: a unit makes it a measurement, not a name
  if (measured || !/^\p{Lu}/u.test(before.text) || MONTHS.has(before.text) || OPENERS.has(before.lower)) return false;
  if (sentenceStart(all, at - 1)) return true;
  before = all[at - 2];
  // `... the U.S. 20`: an abbreviation's last letter is no name
  return !(before?.text === "." && before.glued);
}

/** `+44 20 7946 0958`, `(212) 555-1234`, `555-123-4567`: the run's last piece, else -1. */
function phoneEnd(all: Piece[], at: number): number {
  const opening = all[at - 1];
  const plus = opening?.text === "+" && all[at]!.glued;
  const area = opening?.text === "(" && all[at + 1]?.text === ")";
  let k = at;
  let groups = 1;
  let digits = all[at]!.text.length;
  for (;;) {
    let gap = k + 1;
    if (all[gap]?.text === ")" && area && gap === at + 1) gap++;
    else if (/^[-.]$/.test(all[gap]?.text ?? "") && all[gap]!.glued) gap++;
    else if (all[gap]?.glued !== false) break;
    const group = all[gap];
    if (!isNumber(group) || !/^\d+$/.test(group.text) || group.newline) break;
    k = gap;
    groups++;
    digits += group.text.length;
  }
  return (plus || area || groups >= 3) && digits >= 7 && groups >= 2 ? k : -1;
}

/** `Third, at phases 3 and 5`: an ordinal word opening a sentence with a comma orders an argument. */
export function ordinalInDiscourse(all: Piece[], first: number, next: number): boolean {
  return all[first]!.type === "word" && sentenceStart(all, first) && all[next]?.text === "," && next === first + 1;
}

/** `5th Fleet`, `Third Army`: an ordinal before a capitalised word is part of a name. */
export function ordinalInName(next: Piece | undefined): boolean {
  return next !== undefined && next.type === "word" && !next.newline && /^\p{Lu}/u.test(next.text) && !MONTHS.has(next.text);
}

export interface NumberFacts {
  /** A currency, unit or qualifier makes a four-digit number a figure (`$2017`, `about 1500`). */
  measured: boolean;
  /** Read as a fraction (`1/3`), so its slash is no date or name (`9/11`, `24/7`). */
  fraction: boolean;
}

/** Whether the number at piece `at` is no figure; if so, the piece to resume from. */
export function notAFigure(all: Piece[], at: number, facts: NumberFacts): number | null {
  const piece = all[at]!;
  if (piece.type !== "number") return null;
  if (isDecade(piece)) return at + 1;
  const phone = phoneEnd(all, at);
  if (phone >= 0) return phone + 1;
  if (isClock(all, at)) return numericRunEnd(all, at, ":") + 1;
  // `10/5/2017`, `2017-10-05`
  for (const separator of ["/", "-"]) {
    const end = numericRunEnd(all, at, separator);
    if (end >= at + 4) return end + 1;
  }
  // `9/11`, `24/7`
  const slashed = numericRunEnd(all, at, "/");
  if (slashed > at && !facts.fraction) return slashed + 1;
  if (isYear(piece) && !facts.measured) {
    // `2016-17`, `2014-2017`
    const next = all[at + 1];
    if (next && /^[-–/]$/.test(next.text) && next.glued && isNumber(all[at + 2]) && all[at + 2]!.glued) return at + 3;
    return at + 1;
  }
  // `Section 3.1.3`: a decimal followed by a glued decimal is a section or version number
  if (all[at + 1]?.type === "number" && all[at + 1]!.glued && all[at + 1]!.text.startsWith(".")) return at + 2;
  const coordinate = coordinateEnd(all, at);
  if (coordinate >= 0) return coordinate;
  if (besideMonth(all, at) || insideName(all, at, facts.measured) || isReference(all, at)) return at + 1;
  if (joinedToWord(all, at) || argument(all, at) || citationList(all, at) || ageAfterName(all, at) || isotope(all, at)) return at + 1;
  // `0 = less than one day`: a code that a scale defines
  if (all[at + 1]?.text === "=") return at + 1;
  if (AGE.has(all[at - 1]?.lower ?? "")) return at + 1;
  // `1. Introduction`: a list marker at the start of a line
  const marker = all[at + 1];
  if ((at === 0 || piece.newline) && marker && /^[.)]$/.test(marker.text) && marker.glued && !isNumber(all[at + 2])) return at + 2;
  return null;
}

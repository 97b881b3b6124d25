// The tagger's own tokens, cut the way CoNLL-2003 cuts them, so that run-time text looks like the
// training data: `al-Mayadin` and `U.S.-backed` stay whole, `State's` -> `State` + `'s`,
// `doesn't` -> `does` + `n't`, punctuation stands alone, and an abbreviation keeps its full stop.
import { SHORTENED_MONTHS } from "../lexicon/months.js";

export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

// numbers with their signs and separators (`+44`, `.500`, `1,000`, `1996-08-22`, `30-share`), words with inner `. ' & -`, runs of dots or dashes, one mark
const TOKEN = /(?<![\p{L}\p{N}])[+.]?\p{N}+(?:[.,:/-]\p{N}+)*(?:-?[\p{L}\p{M}]+)?|[\p{L}\p{M}\p{N}]+(?:[.'&-]+[\p{L}\p{M}\p{N}]+)*\.?|\.{2,}|-{2,}|\S/gu;
const CLITIC = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i;
// `Mr.`, `Gen.`, `Jan.`, `Corp.`: a full stop that belongs to the word
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "pvt", "adm", "cmdr", "gov", "sen", "rep", "pres", "prof", "rev", "jr", "sr",
  "inc", "corp", "co", "ltd", "bros", "no", "vs", ...SHORTENED_MONTHS.map((month) => month.toLowerCase()), "mon", "tue", "wed", "thu", "fri",
]);

function keepsStop(word: string): boolean {
  // `U.S.`, `a.m.`, `J.`: single letters and stops; but a web address (`cnn.com.`, `ouest-france.fr.`),
  // whose last part has two letters or more, ends the sentence with the stop after it
  return (/\p{L}\./u.test(word) && !/\.\p{L}{2,}$/u.test(word)) || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokens of `text[from, to)`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): TaggerToken[] {
  const out: TaggerToken[] = [];
  const re = new RegExp(TOKEN.source, "gu");
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    let word = m[0];
    let start = m.index;
    if (word.length > 1 && word.endsWith(".") && !/^\.+$/.test(word) && !keepsStop(word.slice(0, -1))) {
      word = word.slice(0, -1);
      push(out, word, start);
      out.push({ text: ".", start: start + word.length, end: start + word.length + 1 });
      continue;
    }
    push(out, word, start);
  }
  return out;
}

function push(out: TaggerToken[], word: string, start: number): void {
  const clitic = word.length > 2 && word.includes("'") ? CLITIC.exec(word) : null;
  if (clitic && /\p{L}/u.test(clitic[1]!) && !(clitic[2]!.startsWith("'") && clitic[1]!.endsWith("'"))) {
    const head = clitic[1]!;
    out.push({ text: head, start, end: start + head.length });
    out.push({ text: clitic[2]!, start: start + head.length, end: start + word.length });
    return;
  }
  out.push({ text: word, start, end: start + word.length });
}

// a closing mark after the stop stays with its sentence: `soon."`, `(in 2017.)`, `prêts. »`; straight
// quotes only when written right after it, since `. "` may open the next sentence
const CLOSING = new Set([")", "]", "\u201d", "\u2019", "\u00bb"]);
const STRAIGHT = new Set(['"', "'"]);
const LOWER_START = /^\p{Ll}/u;
// `in the U.S. He says ...`: initials keep their stop, but a pronoun or an article after them begins a sentence
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
const OPENERS = new Set(["He", "She", "It", "They", "We", "I", "The", "This", "That", "These", "Those", "But", "A", "An"]);

/**
 * The tokens of `text` in sentences, cut the CoNLL way: after a full stop, question or exclamation mark
 * standing alone (with the closing marks right after it), and at every line break. An abbreviation keeps
 * its stop (`Mr.`, `U.S.`, `C. Lewis`), so it ends no sentence; nor does a stop before a word in lower
 * case (`Sen. Rand Paul (R-Ky.) said`), which no sentence begins with.
 */
export function sentencesOf(text: string): TaggerToken[][] {
  const out: TaggerToken[][] = [];
  let current: TaggerToken[] = [];
  let prevEnd = 0;
  let ended = false;
  let initials = false;
  let lineBreak = text.indexOf("\n");
  for (const t of tokenize(text)) {
    const newLine = lineBreak >= 0 && lineBreak < t.start;
    if (newLine) lineBreak = text.indexOf("\n", t.start);
    const closes = CLOSING.has(t.text) || (t.start === prevEnd && STRAIGHT.has(t.text));
    if (current.length > 0 && (newLine || (ended && !closes && !LOWER_START.test(t.text)) || (initials && OPENERS.has(t.text)))) {
      out.push(current);
      current = [];
      ended = false;
    }
    current.push(t);
    prevEnd = t.end;
    initials = INITIALS.test(t.text);
    if (t.text === "." || t.text === "?" || t.text === "!") ended = true;
    else if (!closes) ended = false;
  }
  if (current.length > 0) out.push(current);
  return out;
}

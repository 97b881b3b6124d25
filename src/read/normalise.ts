// A copy of the text with the same length, offset for offset, that extractors can match
// without caring for NBSP, CR or curly apostrophes. Offsets always point into the raw text.

const FOLD: Record<string, string> = {
  "\u00a0": " ", // NBSP
  "\u2007": " ",
  "\u202f": " ",
  "\r": " ", // CRLF -> " \n"; a lone CR is handled below
  "\u2019": "'", // State’s
  "\u2018": "'",
  "\u2032": "'",
};

const FOLDABLE = /[\u00a0\u2007\u202f\r\u2019\u2018\u2032]/g;

export function normalise(raw: string): string {
  return raw.replace(FOLDABLE, (ch, at: number) => (ch === "\r" && raw[at + 1] !== "\n" ? "\n" : (FOLD[ch] ?? ch)));
}

/** Blanks [start, end) with spaces, keeping length. */
export function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

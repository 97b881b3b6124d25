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

// Curly double marks typed the wrong way round, as web text often has them: an opening mark glued to the
// word before it and followed by a space closes (`wrong,“ Ramos wrote`, German `„Ja“`); a closing mark
// after a space and before a word opens (Swedish `”Ja”`). Each becomes the mark its place says.
const CLOSING_PLACE = /(?<=[\p{L}\p{N}.,!?;\u2026)])\u201c(?=[\s.,;:!?)]|$)/gu;
const OPENING_PLACE = /(?<=^|[\s(\[])[\u201d\u201e](?=[\p{L}\p{N}])/gu;

export function normalise(raw: string): string {
  const folded = raw.replace(FOLDABLE, (ch, at: number) => (ch === "\r" && raw[at + 1] !== "\n" ? "\n" : (FOLD[ch] ?? ch)));
  return /[\u201c\u201d\u201e]/.test(folded) ? folded.replace(CLOSING_PLACE, "\u201d").replace(OPENING_PLACE, "\u201c") : folded;
}

/** Blanks [start, end) with spaces, keeping length. */
export function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

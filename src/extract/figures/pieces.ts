// The figures extractor reads its own small pieces rather than the shared tokens: it needs to
// see `$`, `%`, `-` and `:` as pieces of their own (`$1.2`, `85%`, `10-15`, `3:30`), and
// `twenty-one` as one word. One linear pass of one regex; every offset points into doc.text.

export type PieceType = "number" | "word" | "symbol" | "punct";

export interface Piece {
  start: number;
  end: number;
  text: string;
  lower: string;
  type: PieceType;
  /** Written right after the previous piece, with no space: `12km`, `$5`, `10-15`. */
  glued: boolean;
  /** A line break lies between it and the previous piece. */
  newline: boolean;
}

// number: `1,500.25` | `3.5` | `.5` | `85`, then an optional `5th` / `1990s` suffix kept in the piece
// word: initials with their stops (`U.S.`, `U.N.`), or letters with inner hyphens and apostrophes
// (`twenty-one`, `year-old`, `city's`); `km²`
// symbol: currency signs, percent and degree
// (groups by number, not by name: with a named group's object per match, this loop allocated an eighth
// of all the memory of an article's whole parse)
const PIECE =
  /((?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:(?:st|nd|rd|th|s)(?![\p{L}\p{N}]))?)|((?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}²³]*(?:['-]\p{L}[\p{L}\p{M}²³]*)*)|([$£€¥₹₩₽₺%‰°])|[^\s]/gu;

export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  const push = (start: number, written: string, type: PieceType) => {
    let newline = false;
    for (let k = last; k < start && !newline; k++) newline = text.charCodeAt(k) === 10;
    out.push({ start, end: start + written.length, text: written, lower: written.toLowerCase(), type, glued: out.length > 0 && start === last, newline });
    last = start + written.length;
  };
  for (const m of text.matchAll(PIECE)) {
    const type: PieceType = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : m[3] !== undefined ? "symbol" : "punct";
    // `third-largest`: the ordinal is a piece of its own
    const hyphen = type === "word" ? m[0].indexOf("-") : -1;
    if (hyphen > 0 && ORDINAL_WORDS.has(m[0].slice(0, hyphen).toLowerCase())) {
      push(m.index, m[0].slice(0, hyphen), "word");
      push(m.index + hyphen, "-", "punct");
      push(m.index + hyphen + 1, m[0].slice(hyphen + 1), "word");
      continue;
    }
    push(m.index, m[0], type);
  }
  return out;
}

// ordinals that open a compound adjective (`third-largest`, `fifth-biggest`); not `first-ever` or `second-hand`
const ORDINAL_WORDS = new Set(["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]);

/** `5th`, `21st`: digits with an ordinal suffix. */
export function isDigitOrdinal(piece: Piece): boolean {
  return piece.type === "number" && /\d(?:st|nd|rd|th)$/.test(piece.lower);
}

/** `1990s`, `20s`: a decade, never a figure. */
export function isDecade(piece: Piece): boolean {
  return piece.type === "number" && /\ds$/.test(piece.lower);
}

/** Pieces that end a clause: the noun-phrase and context look-ups never cross them. */
export function isBoundary(piece: Piece | undefined): boolean {
  return piece === undefined || (piece.type === "punct" && /[.!?;:,()"“”[\]]/.test(piece.text));
}

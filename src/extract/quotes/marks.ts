// Quotation-mark pairing: every kind of double mark, per paragraph, with a quote that runs
// on only when the next paragraph opens with a mark (news style for long quotes):
//   “First paragraph of the quote.
//   “Second paragraph,” she said.      -> one quote, two fragments
// Single marks ‘ ’ are folded to ' by normalise, so a quote inside a quote is just content;
// two apostrophes are one double mark, as some archives print quotes: ''Bombast doesn't cut it,'' he said.
import { paragraphs } from "../../analyse/analyse.js";
import type { Quoted } from "./types.js";

type Family = "straight" | "doubled" | "curly" | "guillemet";

const OPENERS: Record<string, Family> = { "\u201c": "curly", "\u201e": "curly", "\u00ab": "guillemet" };
const CLOSERS: Record<string, Family> = { "\u201d": "curly", "\u00bb": "guillemet" };
/** Open family : closing mark's family, where archives mix straight and curly marks in one quote. */
const MIXED = new Set(["curly:straight", "straight:curly"]);

/** Past this, an unclosed mark is more likely a stray than a speech. */
const MAX_QUOTE_CHARS = 6000;

/** `"` opens after a space or an opening bracket and before a letter; it closes the other way round. */
function straightRole(text: string, at: number): "open" | "close" | "either" | null {
  const before = at === 0 ? " " : text[at - 1]!;
  const after = at + 1 >= text.length ? " " : text[at + 1]!;
  const canOpen = /[\s([{\u2014\u2013/-]/.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (canOpen && canClose) return "either";
  if (canOpen) return "open";
  if (canClose) return "close";
  return /\s/.test(before) && /\s/.test(after) ? null : "either";
}

/**
 * Two or more apostrophes starting at `at`: their role, where the double mark sits, and the first offset past them.
 * In `them,''' said` the first apostrophe closes an inner quote, so a closing mark is the last two.
 */
function doubledMark(text: string, at: number): { role: "open" | "close" | "either" | null; mark: number; next: number } {
  let end = at;
  while (text[end] === "'") end++;
  const before = at === 0 ? " " : text[at - 1]!;
  const after = end >= text.length ? " " : text[end]!;
  const canOpen = /[\s([{\u2014\u2013/-]/.test(before) && !/\s/.test(after);
  const canClose = !/\s/.test(before) && /[\s.,;:!?)\]}\u2014\u2013-]/.test(after);
  const role = canOpen && canClose ? "either" : canOpen ? "open" : canClose ? "close" : null;
  return { role, mark: role === "close" ? end - 2 : at, next: end };
}

/** Content between two offsets without the spaces next to the marks (`« Bonjour »`). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function opensWithMark(text: string, [start, end]: [number, number]): boolean {
  const at = trimmed(text, start, end)[0];
  return at < end && (text[at] === '"' || text.startsWith("''", at) || text[at]! in OPENERS);
}

/** A mark that opens a sentence (or follows a colon), with the rest of its paragraph ending like a sentence (or a single mark after it: `“Let's go.’`) and holding no other double mark. */
function unclosedStatement(text: string, open: number, width: number, blockEnd: number): boolean {
  const before = text.slice(Math.max(0, open - 3), open);
  const rest = text.slice(open + width, blockEnd);
  return (open === 0 || /(^|[.!?:]\s+|\n\s*)$/.test(before)) && /^\p{Lu}/u.test(rest) && /[.!?]'?\s*$/.test(rest) && !/["\u201c\u201d\u00ab\u00bb]/.test(rest);
}

export function pairQuotationMarks(text: string): Quoted[] {
  const found: Quoted[] = [];
  const blocks = paragraphs(text);
  // a quote carried over from earlier paragraphs
  let carried: { open: number; family: Family; fragments: Array<[number, number]> } | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const [blockStart, blockEnd] = blocks[b]!;
    let open = -1; // the mark opening this paragraph's piece
    let width = 1; // its length: 2 for ''
    let first = -1; // the mark opening the whole quote
    let family: Family = "straight";
    let fragments: Array<[number, number]> = [];
    let inner = 0; // marks of another kind opened inside the open quote and not yet closed
    for (let at = blockStart; at < blockEnd; at++) {
      const ch = text[at]!;
      let role: "open" | "close" | "either" | null = null;
      let kind: Family = "straight";
      let mark = at;
      if (ch === '"') role = straightRole(text, at);
      else if (ch === "'" && text[at + 1] === "'") {
        const doubled = doubledMark(text, at);
        [role, kind, mark] = [doubled.role, "doubled", doubled.mark];
        at = doubled.next - 1; // past the whole run of apostrophes
      } else if (ch in OPENERS) [role, kind] = ["open", OPENERS[ch]!];
      else if (ch in CLOSERS) [role, kind] = ["close", CLOSERS[ch]!];
      if (role === null) continue;
      if (open >= 0 && kind !== family) {
        // a mark of another kind inside a quote is content (`“He said "no" to me”`), unless typography is
        // mixed: `“We will win," he said` closes with a straight mark that can only close, no straight quote open
        if (!(role === "close" && inner === 0 && MIXED.has(`${family}:${kind}`))) {
          if (role === "open") inner++;
          else if (role === "close" && inner > 0) inner--;
          continue;
        }
      }
      if (carried && open < 0 && role !== "close") {
        // the mark that reopens a carried quote at the start of its next paragraph
        [open, width, inner] = [mark, kind === "doubled" ? 2 : 1, 0];
        first = carried.open;
        family = carried.family;
        fragments = carried.fragments;
        carried = null;
        continue;
      }
      if (open < 0) {
        if (role !== "close") [open, first, family, fragments, width, inner] = [mark, mark, kind, [], kind === "doubled" ? 2 : 1, 0];
      } else if (role === "open") {
        [open, first, family, fragments, width, inner] = [mark, mark, kind, [], kind === "doubled" ? 2 : 1, 0]; // the earlier mark was a stray
      } else {
        const pieces = [...fragments, trimmed(text, open + width, mark)];
        if (mark - first <= MAX_QUOTE_CHARS) found.push({ open: first, close: mark, fragments: pieces.filter(([s, e]) => e > s) });
        open = -1;
        fragments = [];
      }
    }
    carried = null;
    const next = blocks[b + 1];
    if (open >= 0 && next && opensWithMark(text, next)) {
      const pieces: Array<[number, number]> = [...fragments, trimmed(text, open + width, blockEnd)];
      if (next[1] - first <= MAX_QUOTE_CHARS) carried = { open: first, family, fragments: pieces };
    } else if (open >= 0 && fragments.length === 0 && unclosedStatement(text, open, width, blockEnd)) {
      // `“His candidacy ... in the greatest depth.` and no mark before the paragraph ends: the paragraph closes it
      const piece = trimmed(text, open + width, blockEnd);
      if (text[piece[1] - 1] === "'" && /[.!?]/.test(text[piece[1] - 2]!)) piece[1]--; // `go.’`: a single mark closes it
      if (piece[1] - open <= MAX_QUOTE_CHARS) found.push({ open, close: piece[1], fragments: [piece] });
    }
  }
  return found.filter((q) => q.fragments.length > 0);
}

// Quotation-mark pairing: every kind of double mark, per paragraph, with a quote that runs
// on only when the next paragraph opens with a mark (news style for long quotes):
//   “First paragraph of the quote.
//   “Second paragraph,” she said.      -> one quote, two fragments
// Single marks ‘ ’ are folded to ' by normalise, so a quote inside a quote is just content;
// two apostrophes are one double mark, as some archives print quotes: ''Bombast doesn't cut it,'' he said.
import { paragraphs } from "../../analyse/analyse.js";
import { textBefore } from "../../window.js";
import type { Quoted } from "./types.js";

type Family = "straight" | "doubled" | "curly" | "guillemet";
type Role = "open" | "close" | "either";

const OPENERS: Record<string, Family> = { "\u201c": "curly", "\u201e": "curly", "\u00ab": "guillemet" };
const CLOSERS: Record<string, Family> = { "\u201d": "curly", "\u00bb": "guillemet" };
/** Open family : closing mark's family, where archives mix straight and curly marks in one quote. */
const MIXED = new Set(["curly:straight", "straight:curly"]);

/** Past this, an unclosed mark is more likely a stray than a speech. */
const MAX_QUOTE_CHARS = 6000;

/** `"` opens after a space or an opening bracket and before a letter; it closes the other way round. */
function straightRole(text: string, at: number): Role | null {
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
function doubledMark(text: string, at: number): { role: Role | null; mark: number; next: number } {
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

/** `. “`, `:\n“`: a full stop or colon and the spaces between it and an opening mark. */
const MARK_LEAD = 3;

/** A mark that opens a sentence (or follows a colon), with the rest of its paragraph ending like a sentence (or a single mark after it: `“Let's go.’`) and holding no other double mark. */
function unclosedStatement(text: string, open: number, width: number, blockEnd: number): boolean {
  const before = textBefore(text, open, MARK_LEAD);
  const rest = text.slice(open + width, blockEnd);
  return (open === 0 || /(^|[.!?:]\s+|\n\s*)$/.test(before)) && /^\p{Lu}/u.test(rest) && /[.!?]'?\s*$/.test(rest) && !/["\u201c\u201d\u00ab\u00bb]/.test(rest);
}

/** A quotation mark as read at one offset; `role` null when the mark can neither open nor close. */
interface Mark {
  role: Role | null;
  kind: Family;
  /** Offset of the mark: for `them,'''`, of its last two apostrophes. */
  at: number;
  /** The first offset past it. */
  next: number;
}

/** The quotation mark at `at`, or null when the character is none. */
function markAt(text: string, at: number): Mark | null {
  const ch = text[at]!;
  if (ch === '"') return { role: straightRole(text, at), kind: "straight", at, next: at + 1 };
  if (ch === "'" && text[at + 1] === "'") {
    const doubled = doubledMark(text, at);
    return { role: doubled.role, kind: "doubled", at: doubled.mark, next: doubled.next };
  }
  if (ch in OPENERS) return { role: "open", kind: OPENERS[ch]!, at, next: at + 1 };
  if (ch in CLOSERS) return { role: "close", kind: CLOSERS[ch]!, at, next: at + 1 };
  return null;
}

/** A quotation opened and not yet closed. */
interface Open {
  /** Offset of the mark opening this paragraph's piece. */
  at: number;
  /** Its length: 2 for ''. */
  width: number;
  /** Offset of the mark opening the whole quote. */
  first: number;
  family: Family;
  /** The pieces of earlier paragraphs. */
  fragments: Array<[number, number]>;
  /** Marks of another kind opened inside the quote and not yet closed. */
  inner: number;
}

const opened = (mark: Mark, carried?: Open): Open => ({
  at: mark.at,
  width: mark.kind === "doubled" ? 2 : 1,
  first: carried?.first ?? mark.at,
  family: carried?.family ?? mark.kind,
  fragments: carried?.fragments ?? [],
  inner: 0,
});

/**
 * A mark of another kind inside a quote is content (`“He said "no" to me”`), unless typography is mixed:
 * `“We will win," he said` closes with a straight mark that can only close, no straight quote open.
 */
function isContent(open: Open, mark: Mark): boolean {
  return mark.kind !== open.family && !(mark.role === "close" && open.inner === 0 && MIXED.has(`${open.family}:${mark.kind}`));
}

/**
 * The quotes closed in paragraph [start, end) go into `found`; returns the quote still open at its end.
 * `carried` is a quote from earlier paragraphs, reopened by the first mark that does not close.
 */
function scanParagraph(text: string, [start, end]: [number, number], carried: Open | null, found: Quoted[]): Open | null {
  let open: Open | null = null;
  for (let at = start; at < end; at++) {
    const mark = markAt(text, at);
    if (!mark) continue;
    at = mark.next - 1; // past the whole run of apostrophes
    if (mark.role === null) continue;
    if (open && isContent(open, mark)) {
      if (mark.role === "open") open.inner++;
      else if (mark.role === "close" && open.inner > 0) open.inner--;
      continue;
    }
    if (carried && !open && mark.role !== "close") {
      open = opened(mark, carried);
      carried = null;
    } else if (!open) {
      if (mark.role !== "close") open = opened(mark);
    } else if (mark.role === "open") {
      open = opened(mark); // the earlier mark was a stray
    } else {
      const fragments = [...open.fragments, trimmed(text, open.at + open.width, mark.at)].filter(([s, e]) => e > s);
      // `""""`: a pair with nothing between is no quote, and is not kept (a million of them would fill the heap)
      if (mark.at - open.first <= MAX_QUOTE_CHARS && fragments.length > 0) found.push({ open: open.first, close: mark.at, fragments });
      open = null;
    }
  }
  return open;
}

/**
 * A quote open at the end of paragraph `block`: carried on when the next paragraph opens with a mark,
 * else closed by the paragraph when it reads as a statement (into `found`).
 */
function paragraphEnd(text: string, open: Open, [, blockEnd]: [number, number], next: [number, number] | undefined, found: Quoted[]): Open | null {
  if (next && opensWithMark(text, next)) {
    const fragments: Array<[number, number]> = [...open.fragments, trimmed(text, open.at + open.width, blockEnd)];
    return next[1] - open.first <= MAX_QUOTE_CHARS ? { ...open, fragments } : null;
  }
  if (open.fragments.length === 0 && unclosedStatement(text, open.at, open.width, blockEnd)) {
    // `“His candidacy ... in the greatest depth.` and no mark before the paragraph ends: the paragraph closes it
    const piece = trimmed(text, open.at + open.width, blockEnd);
    if (text[piece[1] - 1] === "'" && /[.!?]/.test(text[piece[1] - 2]!)) piece[1]--; // `go.’`: a single mark closes it
    if (piece[1] - open.at <= MAX_QUOTE_CHARS) found.push({ open: open.at, close: piece[1], fragments: [piece] });
  }
  return null;
}

export function pairQuotationMarks(text: string): Quoted[] {
  const found: Quoted[] = [];
  const blocks = paragraphs(text);
  let carried: Open | null = null;
  for (let b = 0; b < blocks.length; b++) {
    const open = scanParagraph(text, blocks[b]!, carried, found);
    carried = open && paragraphEnd(text, open, blocks[b]!, blocks[b + 1], found);
  }
  return found.filter((q) => q.fragments.length > 0);
}

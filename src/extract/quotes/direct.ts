// Quoted text: a direct quote (the whole statement in marks, with its attribution before or
// after), a partial quote (a quoted fragment inside a sentence), or neither (scare quotes
// around a word or two, titles, names).
//   “We will win,” he said, “and soon.”   -> one direct quote, two fragments
//   it would announce the liberation “in the coming few days”   -> partial
import { afterListener, attributionAfterQuote, leadingAttribution, quoteCueLength } from "./attribution.js";
import { ADJUNCT_STARTS, COMPLEMENT_CUES, DETERMINERS, NAMING_WORDS, PARTICIPLE_CUES, PREPOSITIONS, QUOTED_PARTICIPLES, SUBORDINATORS } from "./cues.js";
import { introducerSpeaker } from "./introducer.js";
import { speakerBefore } from "./mentions.js";
import { readsAsTitle } from "./titles.js";
import { textAfter } from "../../window.js";
import type { Attribution, Quoted, QuotedStatement } from "./types.js";
import { gapBefore, isCapitalised, lower, wordAt, type Words } from "./words.js";

/** A partial quote of this many words or fewer is a scare quote: `the so-called "caliphate"`. */
const MAX_SCARE_WORDS = 2;
/** An unattributed direct quote must read as a statement of its own. */
const MIN_UNATTRIBUTED_WORDS = 4;

function sentenceEnd(words: Words, i: number): number {
  return words.sentences[words.sentenceOf[i]!]![1];
}

/** How the quote opens: at the start of its sentence, after `said:` or `said,`, or inside running text. */
function opening(words: Words, quote: Quoted, first: number): "start" | "after-cue" | "inside" {
  const before = first - 1;
  if (before < 0) return "start";
  const gap = words.doc.text.slice(words.list[before]!.end, quote.open);
  // `He said:` closing one paragraph, the quote opening the next
  if (/:\s*$/.test(gap)) return "after-cue";
  // `Sam Lau said in a statement. “There are no ballots ...”`: a sentence that ends on its cue introduces the quote
  if (/\.\s*$/.test(gap) && words.paragraphOf[before] === words.paragraphOf[first] && endsOnCue(words, before)) return "after-cue";
  if (words.sentenceOf[before] !== words.sentenceOf[first] || words.paragraphOf[before] !== words.paragraphOf[first]) return "start";
  // (`Said Dorothy Poynter, who grew up with Ali, “...”`: the sentence opens on its cue)
  const opensOnSaid = lower(words, words.sentences[words.sentenceOf[before]!]![0]) === "said";
  if (/,\s*$/.test(gap) && (cueNear(words, before) || opensOnSaid)) return "after-cue";
  // `Some chanted “USA! USA!”`, `he yelled “You lie!”`, `by saying “Too many.”`: a cue right before a whole
  // exclamation or statement in marks (not `called Trump “unhinged.”`: what he was called is a partial quote)
  const cue = quoteCueLength(words, before, true) > 0 || PARTICIPLE_CUES.has(lower(words, before)) || QUOTED_PARTICIPLES.has(lower(words, before));
  if (/^\s*$/.test(gap) && cue && !COMPLEMENT_CUES.has(lower(words, before)) && wholeStatement(words, quote)) return "after-cue";
  return "inside";
}

/** The quotation ends like a sentence and opens like one: `“she wins, we lose!”`, `“Too many.”`, not `“in the coming few days”`. */
function wholeStatement(words: Words, quote: Quoted): boolean {
  const inside = words.doc.text.slice(quote.open + 1, quote.close);
  return /[.!?\u2026]\s*$/.test(inside) && /^\s*\p{Lu}|[!?]\s*$/u.test(inside);
}

/** The sentence of word i ends on a cue and its adjuncts: `said.`, `said in a statement.`, `told reporters on Monday.` */
function endsOnCue(words: Words, i: number): boolean {
  for (let c = i; c >= Math.max(0, i - 4) && words.sentenceOf[c] === words.sentenceOf[i]; c--) {
    if (quoteCueLength(words, c, true) === 0) continue;
    const after = afterListener(words, c, i + 1);
    // and begins on its subject: not `The plan will fail, Smith said on Monday.`, whose cue has its statement
    const sentenceStart = words.sentences[words.sentenceOf[i]!]![0];
    const subject = speakerBefore(words, sentenceStart, c);
    return subject?.start === sentenceStart && (after > i || PREPOSITIONS.has(lower(words, after)) || ADJUNCT_STARTS.has(lower(words, after)));
  }
  return false;
}

function afterColon(words: Words, quote: Quoted, first: number): boolean {
  return first > 0 && /:\s*$/.test(words.doc.text.slice(words.list[first - 1]!.end, quote.open));
}

/** `said,` / `said in a statement,` / `telling them,` just before word i (inclusive). */
function cueNear(words: Words, i: number): boolean {
  for (let c = i; c >= Math.max(0, i - 4); c--) if (quoteCueLength(words, c, true) > 0 || PARTICIPLE_CUES.has(lower(words, c))) return true;
  return false;
}

/** `“We will win,” he said`: the comma belongs to the sentence around the quote, not to the statement. */
function withoutTrailingComma(words: Words, [start, end]: [number, number]): [number, number] {
  while (end > start && /[\s,]/.test(words.doc.text[end - 1]!)) end--;
  return [start, end];
}

/** The attribution after a closing mark, before word `limit`: `,” the military source said.` */
function after(words: Words, quote: Quoted, last: number, limit: number): Attribution | null {
  const next = last + 1;
  if (next >= limit || words.paragraphOf[next] !== words.paragraphOf[last]) return null;
  const gap = words.doc.text.slice(quote.close + 1, words.list[next]!.start);
  if (/[.!?\u2026:;]/.test(gap)) return null;
  // `“We won.” The next debate is in May`: a full stop inside the marks may end the sentence
  const stopped = /[.!?\u2026]\s*$/.test(words.doc.text.slice(quote.open, quote.close)) && isCapitalised(words, next);
  // a line break after `.”` starts a new paragraph in texts that break paragraphs with one newline
  if (stopped && /\n/.test(gap)) return null;
  const found = attributionAfterQuote(words, next, limit, stopped);
  return found && stopped && (opensClause(words, found, limit) || introducesNext(words, found)) ? null : found;
}

/** `, “` at the end of the text: the comma or colon and the mark that opens the next quote. */
const NEXT_OPENING = 4;

/** `... depth.” He continued, “That’s what ...”`: after a full stop, an attribution that ends on `,` or `:` and a mark opens the next quote. */
function introducesNext(words: Words, found: Attribution): boolean {
  const last = Math.max(found.cue[1], found.speaker.mention[1]) - 1;
  const end = words.list[last]!.end;
  const following = words.list[last + 1];
  return /^\s*[,:]\s*["\u201c\u00ab]/.test(following ? words.doc.text.slice(end, following.start) : textAfter(words.doc.text, end, NEXT_OPENING));
}

/** Words after a cue that make a clause of their own: `...exceptions." Rubio said he does support ...` is a new sentence. */
const MIN_CLAUSE_WORDS = 3;

/** The cue of `found` takes a clause (no comma, no adjunct after it): it reports something else than the quote before. */
function opensClause(words: Words, found: Attribution, limit: number): boolean {
  const k = found.speaker.mention[0] > found.cue[0] ? found.speaker.mention[1] : afterListener(words, found.cue[0], limit);
  if (limit - k < MIN_CLAUSE_WORDS || /,/.test(gapBefore(words, k))) return false;
  // (`... Sessions said as he launched the process`: a clause of time or reason is no content)
  return !PREPOSITIONS.has(lower(words, k)) && !ADJUNCT_STARTS.has(lower(words, k)) && !SUBORDINATORS.has(lower(words, k));
}

/** The first word of `next` when it opens in the same sentence: an attribution ends before it. */
function limitBefore(words: Words, last: number, next: Quoted | undefined): number {
  const end = last + 1 < words.list.length ? sentenceEnd(words, last + 1) : words.list.length;
  return next ? Math.min(end, wordAt(words, next.open)) : end;
}

/** Words between `described` and `as`: `described the field of Republican candidates as “all very good”`. */
const MAX_DESCRIBED_WORDS = 10;

/** `as` at word i closes `described X as`, `labeled X as`: the quote is what someone called X, not a nickname (`known as`). */
function describedAs(words: Words, i: number): boolean {
  if (lower(words, i) !== "as") return false;
  for (let c = i - 1; c >= Math.max(0, i - MAX_DESCRIBED_WORDS) && words.sentenceOf[c] === words.sentenceOf[i]; c--) if (COMPLEMENT_CUES.has(lower(words, c))) return true;
  return false;
}

function statement(words: Words, quote: Quoted, next: Quoted | undefined, headline: (paragraph: number) => boolean): QuotedStatement | null {
  const first = wordAt(words, quote.fragments[0]![0]);
  const last = wordAt(words, quote.close) - 1;
  if (first > last || headline(words.paragraphOf[first]!)) return null;
  const size = last - first + 1;
  const position = opening(words, quote, first);
  const base = { fragments: quote.fragments.map((piece) => withoutTrailingComma(words, piece)), words: [first, last + 1] as [number, number], speaker: null, cue: null };
  if (position === "inside") {
    if (NAMING_WORDS.has(lower(words, first - 1)) && !describedAs(words, first - 1)) return null;
    // `on NBC's “Meet the Press”`: a title, not words someone said
    if (readsAsTitle(words.doc.text.slice(quote.open + 1, quote.close))) return null;
    if (size > MAX_SCARE_WORDS) return { ...base, kind: "partial", attribution: null };
    // `the so-called “caliphate”`, `a “final assault” on the town`: a label, not words someone said
    const closesSentence = last + 1 >= words.list.length || words.sentenceOf[last + 1] !== words.sentenceOf[last] || /[.!?]\s*$/.test(words.doc.text.slice(quote.open, quote.close));
    return closesSentence && !DETERMINERS.has(lower(words, first - 1)) ? { ...base, kind: "partial", attribution: null, short: true } : null;
  }
  const sentenceStart = words.sentences[words.sentenceOf[Math.max(0, first - 1)]!]![0];
  // `Trump asserted ...: “France is no longer France,” he claimed.`: an attribution after the comma in the marks is the
  // quote's own (not `shouting “she wins, we lose!” She laughed.`)
  const trailing = () => after(words, quote, last, limitBefore(words, last, next));
  const comma = /,\s*$/.test(words.doc.text.slice(quote.open, quote.close));
  const attribution = position === "after-cue" ? ((comma ? trailing() : null) ?? leadingAttribution(words, sentenceStart, first)) : trailing();
  // `“The Big Short” was nominated`, a subheading in capitals: a title or a headline when nothing attributes it
  if (!attribution && readsAsTitle(words.doc.text.slice(quote.open + 1, quote.close))) return null;
  // `Politico reveals a few relevant facts: “...”`: no saying verb, but the clause before the colon has a subject
  const introducer = !attribution && afterColon(words, quote, first) ? introducerSpeaker(words, sentenceStart, first) : null;
  return { ...base, kind: "direct", attribution, speaker: introducer?.mention ?? null };
}

/** `“ clear`: the first letter of a quote, after one space at most. */
const QUOTE_START = 2;

/** Words between an attribution and a quote that goes on after it: `,” Carter told the Shangri-La Dialogue, a forum in Singapore. “`. */
const MAX_CONTINUE_WORDS = 30;

/**
 * Does `"A," he said, "B."` (or `he said. "B."`, `he said, citing X. "B."`, `she said, and "b."`) go on with `next`?
 * Only when nothing but the attribution's own sentence lies between, and `next` has no attribution of its own.
 */
function continues(words: Words, attribution: Attribution, next: Quoted | undefined, afterNext: Quoted | undefined): boolean {
  if (!next) return false;
  const last = Math.max(attribution.cue[1], attribution.speaker.mention[1]) - 1;
  const following = wordAt(words, next.open);
  if (following - last - 1 > MAX_CONTINUE_WORDS || following >= words.list.length) return false;
  if (words.paragraphOf[following] !== words.paragraphOf[last] || words.sentenceOf[following - 1] !== words.sentenceOf[last]) return false;
  const before = words.list[following - 1]!;
  // `she said, and "clear consequences ..."`: a conjunction and a quote that goes on in lower case
  const joined = following - 1 > last && (lower(words, following - 1) === "and" || lower(words, following - 1) === "but") && /^\p{Ll}/u.test(textAfter(words.doc.text, next.open + 1, QUOTE_START).trimStart());
  if (!(before.start < next.open && (joined ? /^\s*$/ : /^\s*[,.:;]\s*$/).test(words.doc.text.slice(before.end, next.open)))) return false;
  // `“Too forced?” He tweeted when Clinton ended the debate, remarking, “...”`: the next quote has a cue of its own right before it
  if (following - 1 > last && (quoteCueLength(words, following - 1, true) > 0 || PARTICIPLE_CUES.has(lower(words, following - 1)))) return false;
  const nextLast = wordAt(words, next.close) - 1;
  return nextLast < following || after(words, next, nextLast, limitBefore(words, nextLast, afterNext)) === null;
}

/** Each paired quotation as a direct or partial quote; `headline` says which paragraphs are headlines. */
export function quotedStatements(words: Words, quotes: Quoted[], headline: (paragraph: number) => boolean): QuotedStatement[] {
  const found: QuotedStatement[] = [];
  for (let q = 0; q < quotes.length; q++) {
    const current = statement(words, quotes[q]!, quotes[q + 1], headline);
    if (!current) continue;
    let close = quotes[q]!.close;
    if (current.kind === "direct" && current.attribution && continues(words, current.attribution, quotes[q + 1], quotes[q + 2])) {
      const rest = quotes[++q]!;
      current.fragments = [...current.fragments, ...rest.fragments.map((piece) => withoutTrailingComma(words, piece))];
      current.words = [current.words[0], wordAt(words, rest.close)];
      close = rest.close;
    }
    if (current.attribution) {
      current.speaker = current.attribution.speaker.mention;
      current.cue = current.attribution.cue;
    } else if (current.kind === "direct" && !current.speaker) {
      // a quote that goes on after `he said.`, in the same or the next paragraph, keeps its speaker
      const previous = found[found.length - 1];
      const near = previous?.kind === "direct" && words.paragraphOf[current.words[0]]! - words.paragraphOf[previous.words[1] - 1]! <= 1;
      // `“...,” Barkley said. “This is ...”` and a paragraph of its own, `“And it's ...”`: a quote right after the
      // last one, nothing but spaces or a paragraph break between, goes on with it
      if (near && previous.speaker && previous.close !== undefined && /^\s*$/.test(words.doc.text.slice(previous.close + 1, quotes[q]!.open))) {
        previous.fragments.push(...current.fragments);
        previous.words = [previous.words[0], current.words[1]];
        previous.close = close;
        continue;
      }
      const text = words.doc.text.slice(quotes[q]!.open, close);
      const standsAlone = current.words[1] - current.words[0] >= MIN_UNATTRIBUTED_WORDS && /[.!?\u2026]["'\s]*$/.test(text);
      if (near && previous.speaker) current.speaker = previous.speaker;
      else if (!standsAlone) continue;
    }
    current.close = close;
    found.push(current);
  }
  return found;
}

// Speaker linking: each quote's speaker mention -> the actor it names, once entities exist.
//   `Syrian President Bashar al-Assad said`      -> the actor Bashar al-Assad
//   `The spokeswoman ..., Jihan Sheikh Ahmad,`   -> the named person of the appositive
//   `“...,” he said.`                            -> the nearest person named before `he`
//   `a Syrian military source`                   -> no actor; the description is the name
import type { ActorType, Span } from "../schema.js";
import { overlapIndex } from "../spans.js";
import { span, type Doc, type Draft, type Entity, type EntityMention, type QuoteDraft } from "../pipeline/types.js";

/** Which actors a pronoun can stand for. */
const PRONOUN_TYPES = new Map<string, ActorType>([
  ["he", "person"],
  ["she", "person"],
  ["it", "organization"],
  ["they", "organization"],
]);
/** `the Central Election Commission, which said`: the actor named right before the relative pronoun. */
const RELATIVES = new Set(["which", "who"]);

/** `a field commander in the Syrian Democratic Forces`: an actor after one of these is not the speaker but a modifier. */
const MODIFIER_START = /\b(of|for|in|at|from|with|by|on|to|under|near)\b/i;
const APPOSITIVE_GAP = /^\s*,\s*$/;

interface Candidate {
  index: number;
  entity: Entity;
  mention: EntityMention;
}

/** The actors' mentions, found by position rather than by testing every one for every quote. */
interface Actors {
  /** In order of entity, then mention: where several fit, the first of this order is chosen. */
  all: Candidate[];
  overlapping: (span: Span) => Candidate[];
  /** Positions into `all`, by mention start. */
  byStart: number[];
  /** Positions into `all`, by mention end. */
  byEnd: number[];
  /** Positions into `all` by mention end, for each type of actor. */
  byEndOfType: Map<Entity["type"], number[]>;
}

function indexActors(all: Candidate[]): Actors {
  const find = overlapIndex(all.map((candidate, at) => ({ start: candidate.mention.start, end: candidate.mention.end, at })));
  const sortedBy = (key: (c: Candidate) => number) => all.map((_, at) => at).sort((a, b) => key(all[a]!) - key(all[b]!) || a - b);
  const byEnd = sortedBy((c) => c.mention.end);
  const byEndOfType = new Map<Entity["type"], number[]>();
  for (const at of byEnd) {
    const type = all[at]!.entity.type;
    const list = byEndOfType.get(type) ?? [];
    list.push(at);
    byEndOfType.set(type, list);
  }
  return { all, overlapping: (span) => find(span).map(({ at }) => all[at]!), byStart: sortedBy((c) => c.mention.start), byEnd, byEndOfType };
}

/** The first place in `sorted` whose key is `from` or more. */
function firstAtLeast(sorted: number[], key: (at: number) => number, from: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(sorted[middle]!) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The positions of `sorted` whose key lies in [from, to], in the order of `sorted`. */
function keyedWithin(sorted: number[], key: (at: number) => number, from: number, to: number): number[] {
  const found: number[] = [];
  for (let k = firstAtLeast(sorted, key, from); k < sorted.length && key(sorted[k]!) <= to; k++) found.push(sorted[k]!);
  return found;
}

const first = (positions: number[]) => positions.reduce((a, b) => Math.min(a, b), Infinity);

const isSpace = (text: string, at: number) => /\s/.test(text[at] ?? "");

/** The offsets `to` at which `text.slice(from, to)` matches APPOSITIVE_GAP: after spaces, a comma, spaces. */
function gapEndsAfter(text: string, from: number): [number, number] | null {
  let at = from;
  while (at < text.length && isSpace(text, at)) at++;
  if (text[at] !== ",") return null;
  let end = at + 1;
  while (end < text.length && isSpace(text, end)) end++;
  return [at + 1, end];
}

/** The offsets `from` at which `text.slice(from, to)` matches APPOSITIVE_GAP. */
function gapStartsBefore(text: string, to: number): [number, number] | null {
  let at = to;
  while (at > 0 && isSpace(text, at - 1)) at--;
  if (text[at - 1] !== ",") return null;
  let start = at - 1;
  while (start > 0 && isSpace(text, start - 1)) start--;
  return [start, at - 1];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The actor that heads the mention: `Syrian President Bashar al-Assad`, `the Syrian army`, not `a commander in the SDF`. */
function heading(mention: Span, actors: Actors): Candidate | undefined {
  return actors
    .overlapping(mention)
    .filter(({ mention: m }) => m.end >= mention.end && !MODIFIER_START.test(mention.text.slice(0, Math.max(0, m.start - mention.start))))
    .sort((a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start))[0];
}

/** A person named beside the description, between commas: `The spokeswoman ..., Jihan Sheikh Ahmad,`. */
function appositive(doc: Doc, mention: Span, actors: Actors): Candidate | undefined {
  const after = gapEndsAfter(doc.text, mention.end);
  const before = gapStartsBefore(doc.text, mention.start);
  const fits = [
    ...(after ? keyedWithin(actors.byStart, (at) => actors.all[at]!.mention.start, ...after) : []),
    ...(before ? keyedWithin(actors.byEnd, (at) => actors.all[at]!.mention.end, ...before) : []),
  ].filter((at) => actors.all[at]!.entity.type === "person");
  return actors.all[first(fits)];
}

/** The nearest compatible actor before the pronoun, outside the quote's own words. */
function antecedent(pronoun: Span, quote: QuoteDraft, actors: Actors): Candidate | undefined {
  const type = PRONOUN_TYPES.get(pronoun.text.toLowerCase());
  const { all } = actors;
  const byEnd = (type && actors.byEndOfType.get(type)) || [];
  // from the latest end at or before the pronoun, back; among equal ends the first in order
  let best: number | undefined;
  for (let k = firstAtLeast(byEnd, (at) => all[at]!.mention.end, pronoun.start + 1) - 1; k >= 0; k--) {
    const at = byEnd[k]!;
    const candidate = all[at]!;
    if (best !== undefined && candidate.mention.end < all[best]!.mention.end) break;
    if (quote.fragments.some((fragment) => overlaps(fragment, candidate.mention))) continue;
    best = best === undefined ? at : Math.min(best, at);
  }
  return best === undefined ? undefined : all[best];
}

function beforeRelative(doc: Doc, pronoun: Span, actors: Actors): Candidate | undefined {
  const gap = gapStartsBefore(doc.text, pronoun.start);
  const fits = gap ? keyedWithin(actors.byEnd, (at) => actors.all[at]!.mention.end, ...gap) : [];
  return actors.all[first(fits)];
}

function link(doc: Doc, quote: QuoteDraft, actors: Actors): QuoteDraft {
  const mention = quote.speaker?.mention;
  if (!mention) return quote;
  const named = (found: Candidate, as: Span): QuoteDraft => ({ ...quote, speaker: { name: found.entity.name, mention: as, entity: found.index } });
  if (PRONOUN_TYPES.has(mention.text.toLowerCase())) {
    const found = antecedent(mention, quote, actors);
    return found ? named(found, mention) : quote;
  }
  if (RELATIVES.has(mention.text.toLowerCase())) {
    const found = beforeRelative(doc, mention, actors);
    return found ? named(found, mention) : quote;
  }
  const head = heading(mention, actors);
  if (head) return named(head, mention);
  const person = appositive(doc, mention, actors);
  return person ? named(person, span(doc, person.mention.start, person.mention.end)) : quote;
}

export function linkSpeakers(draft: Draft, doc: Doc): Draft {
  const actors: Candidate[] = draft.entities.flatMap((entity, index) =>
    entity.kind === "actor" ? entity.mentions.map((mention) => ({ index, entity, mention })) : [],
  );
  if (actors.length === 0) return draft;
  const indexed = indexActors(actors);
  return { ...draft, quotes: draft.quotes.map((quote) => link(doc, quote, indexed)) };
}

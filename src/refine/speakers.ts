// Speaker linking: each quote's speaker mention -> the actor it names, once entities exist.
//   `Syrian President Bashar al-Assad said`      -> the actor Bashar al-Assad
//   `The spokeswoman ..., Jihan Sheikh Ahmad,`   -> the named person of the appositive
//   `“...,” he said.`                            -> the nearest person named before `he`
//   `a Syrian military source`                   -> no actor; the description is the name
import type { ActorType, Span } from "../schema.js";
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

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The actor that heads the mention: `Syrian President Bashar al-Assad`, `the Syrian army`, not `a commander in the SDF`. */
function heading(mention: Span, actors: Candidate[]): Candidate | undefined {
  return actors
    .filter(({ mention: m }) => overlaps(m, mention) && m.end >= mention.end && !MODIFIER_START.test(mention.text.slice(0, Math.max(0, m.start - mention.start))))
    .sort((a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start))[0];
}

/** A person named beside the description, between commas: `The spokeswoman ..., Jihan Sheikh Ahmad,`. */
function appositive(doc: Doc, mention: Span, actors: Candidate[]): Candidate | undefined {
  return actors.find(
    ({ entity, mention: m }) =>
      entity.type === "person" &&
      ((m.start >= mention.end && APPOSITIVE_GAP.test(doc.text.slice(mention.end, m.start))) ||
        (m.end <= mention.start && APPOSITIVE_GAP.test(doc.text.slice(m.end, mention.start)))),
  );
}

/** The nearest compatible actor before the pronoun, outside the quote's own words. */
function antecedent(pronoun: Span, quote: QuoteDraft, actors: Candidate[]): Candidate | undefined {
  const type = PRONOUN_TYPES.get(pronoun.text.toLowerCase());
  let best: Candidate | undefined;
  for (const candidate of actors) {
    const { mention } = candidate;
    if (candidate.entity.type !== type || mention.end > pronoun.start) continue;
    if (quote.fragments.some((fragment) => overlaps(fragment, mention))) continue;
    if (!best || mention.end > best.mention.end) best = candidate;
  }
  return best;
}

function beforeRelative(doc: Doc, pronoun: Span, actors: Candidate[]): Candidate | undefined {
  return actors.find(({ mention: m }) => m.end <= pronoun.start && APPOSITIVE_GAP.test(doc.text.slice(m.end, pronoun.start)));
}

function link(doc: Doc, quote: QuoteDraft, actors: Candidate[]): QuoteDraft {
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
  return { ...draft, quotes: draft.quotes.map((quote) => link(doc, quote, actors)) };
}

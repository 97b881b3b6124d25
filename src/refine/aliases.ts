// One entity per real actor or place: same canonical name, acronym and expansion
// (`Syrian Democratic Forces (SDF)` ... `SDF`), surname and full name (`Assad` -> `Bashar al-Assad`).
import type { Doc, Draft, Entity, EntityMention, Evidence } from "../pipeline/types.js";
import { withinDateline } from "../read/dateline.js";
import { textAfter } from "../window.js";

// ` (SDF)`, ` (PML-N)` after a name
const INITIALS_WIDTH = 12;

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const UPPER = /^\p{Lu}/u;
const stripArticle = (w: string) => w.replace(/^(?:al|el|ad|as|ar|an)-/i, "");

/** How much a mention's stage is trusted when mentions of one entity disagree on its type. */
const trust = (m: EntityMention) => TRUST[m.evidence];
// a name's shape or a surname counts least, a word around it, a head word or initials more, what the
// lists, the gazetteer, a title, a credit or the tagger say most
const TRUST: Record<Evidence, number> = {
  shape: 1,
  names: 1,
  surname: 1,
  context: 2,
  head: 2,
  acronym: 2,
  "user-lexicon": 3,
  credit: 3,
  lexicon: 3,
  title: 3,
  institution: 3,
  lead: 3,
  gazetteer: 3,
  tagger: 3,
};

/** `Tesla Inc`, `Siemens AG`: a company's legal form is no part of the name it is known by (`Tesla's stock`). */
const LEGAL_FORM = /[\s,]+(?:inc|corp|co|ltd|plc|llc|sa|ag|gmbh|nv|spa)\.?$/i;

function keyOf(m: EntityMention): string {
  const name = (m.canonical ?? m.text).toLowerCase();
  return `${m.kind}:${m.type === "organization" ? name.replace(LEGAL_FORM, "") : name}`;
}

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => UPPER.test(w))
    .map((w) => w[0])
    .join("");
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(b)] = this.find(a);
  }
}

// `Syrian Democratic Forces (SDF)`: bracketed initials right after a name
// (`(PML-N)`, `(ZANU-PF)`: a hyphen may join two groups of initials)
const BRACKETED_INITIALS = /^\s*\((\p{Lu}[\p{Lu}.]{1,7}(?:-\p{Lu}{1,4})?)\)/u;

/** The first index of each key, in mention order: the alias links below look names up instead of scanning every mention. */
function firstIndexBy(ms: EntityMention[], keyOf: (m: EntityMention) => string | null): Map<string, number> {
  const first = new Map<string, number>();
  ms.forEach((m, i) => {
    const key = keyOf(m);
    if (key !== null && !first.has(key)) first.set(key, i);
  });
  return first;
}

/** The first of the mentions (sorted by start) that starts at `start` and passes `test`, or -1. */
function firstAt(ms: EntityMention[], start: number, test: (m: EntityMention) => boolean): number {
  let [lo, hi] = [0, ms.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let j = lo; j < ms.length && ms[j]!.start === start; j++) if (test(ms[j]!)) return j;
  return -1;
}

export function mergeAliases(draft: Draft, doc: Doc): Draft {
  const ms = [...draft.mentions].sort((a, b) => a.start - b.start);
  const uf = new UnionFind(ms.length);
  const firstByKey = new Map<string, number>();
  ms.forEach((m, i) => {
    const key = keyOf(m);
    const held = firstByKey.get(key);
    if (held === undefined) firstByKey.set(key, i);
    else uf.union(held, i);
  });
  // `SDF` spelled by `Syrian Democratic Forces`, `Assad` ending `Bashar al-Assad`
  const byInitials = firstIndexBy(ms, (o) => (o.kind === "actor" && o.type === "organization" && o.text.includes(" ") ? initials(o.text) : null));
  const bySurname = firstIndexBy(ms, (o) => (o.type === "person" && o.text.includes(" ") ? stripArticle(o.text.split(/\s+/).pop()!) : null));
  ms.forEach((m, i) => {
    // `Syrian Democratic Forces (SDF)`; not `Michael Chang (U.S.)`, a person and the country he plays for
    if (m.type === "person") return;
    const paren = BRACKETED_INITIALS.exec(textAfter(doc.text, m.end, INITIALS_WIDTH));
    // not `GENEVA (AP) —`: a dateline's place and its agency are two things
    if (paren && !withinDateline(doc.dateline, m)) {
      const j = firstAt(ms, m.end + paren[0].indexOf(paren[1]!), (o) => o.text === paren[1] && o.kind === m.kind);
      if (j >= 0) uf.union(i, j);
    }
  });
  ms.forEach((m, i) => {
    if (m.kind !== "actor") return;
    if (ACRONYM.test(m.text)) {
      // an acronym that spells an organisation's initials (an acronym has no space, so it is never that organisation)
      const j = byInitials.get(m.text.replace(/\./g, ""));
      if (j !== undefined) uf.union(j, i);
      return;
    }
    if (m.type === "person" && !m.text.includes(" ")) {
      // a surname alone: the last word of a person named in full
      const j = bySurname.get(stripArticle(m.text));
      if (j !== undefined) uf.union(j, i);
    }
  });
  const groups = new Map<number, EntityMention[]>();
  ms.forEach((m, i) => {
    const root = uf.find(i);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });
  return { ...draft, mentions: ms, entities: [...groups.values()].map(toEntity) };
}

/** What a stable sort by `compare` would put first, without sorting: the earliest item that no later one beats. */
function firstBy<T>(items: T[], compare: (a: T, b: T) => number): T | undefined {
  let out = items[0];
  for (let k = 1; k < items.length; k++) if (compare(items[k]!, out!) < 0) out = items[k];
  return out;
}

/** The roles of the mentions, each once, in order (a loop: `flatMap` costs more than the rest of this). */
function rolesOf(mentions: EntityMention[]): string[] {
  const roles = new Set<string>();
  for (const m of mentions) for (const role of m.roles) roles.add(role);
  return [...roles];
}

interface Vote {
  kind: Entity["kind"];
  type: Entity["type"];
  total: number;
}

/**
 * The kind and type that the most trust stands behind; on a tie, the one met first. The kind is voted
 * first, then the type among its mentions; a place of type `other` says only that nothing more was known,
 * so it votes for no type (`the town of al-Qaim` ... `over al-Qaim`: a city).
 */
function votedType(mentions: EntityMention[]): Vote {
  const kind = voted(mentions, (v, m) => v.kind === m.kind).kind;
  const typed = mentions.filter((m) => m.kind === kind && !(m.kind === "place" && m.type === "other"));
  return typed.length === 0 ? { kind, type: "other", total: 0 } : voted(typed, (v, m) => v.type === m.type);
}

function voted(mentions: EntityMention[], same: (vote: Vote, m: EntityMention) => boolean): Vote {
  // a list, not a map keyed by strings: an entity has one or two readings, and most have one mention
  const votes: Vote[] = [];
  for (const m of mentions) {
    const vote = votes.find((v) => same(v, m));
    if (vote) vote.total += trust(m);
    else votes.push({ kind: m.kind, type: m.type, total: trust(m) });
  }
  return firstBy(votes, (a, b) => b.total - a.total)!;
}

function toEntity(mentions: EntityMention[]): Entity {
  const best = firstBy(mentions, (a, b) => trust(b) - trust(a) || b.text.length - a.text.length)!;
  const { kind, type } = votedType(mentions);
  const canonical = mentions.find((m) => m.canonical)?.canonical;
  const fullest = firstBy(
    mentions.filter((m) => !ACRONYM.test(m.text)),
    (a, b) => b.text.length - a.text.length,
  ) ?? best;
  const name = canonical ?? fullest.text;
  const surfaces = [...new Set(mentions.map((m) => m.text))];
  return {
    kind,
    name,
    type,
    subtype: mentions.find((m) => m.subtype)?.subtype ?? null,
    country: mentions.find((m) => m.country)?.country ?? null,
    coordinates: mentions.find((m) => m.coordinates)?.coordinates ?? null,
    aliases: surfaces.filter((s) => s !== name && !name.endsWith(s)),
    roles: rolesOf(mentions),
    mentions: mentions.map((m) => ({ ...m })),
  };
}

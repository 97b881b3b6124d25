// One entity per real actor or place: same canonical name, acronym and expansion
// (`Syrian Democratic Forces (SDF)` ... `SDF`), surname and full name (`Assad` -> `Bashar al-Assad`).
import type { Doc, Draft, Entity, EntityMention } from "../pipeline/types.js";

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const stripArticle = (w: string) => w.replace(/^(?:al|el|ad|as|ar|an)-/i, "");

/** How much a mention's stage is trusted when mentions of one entity disagree on its type. */
const trust = (m: EntityMention) => (/:(shape|names|surname)$/.test(m.source) ? 1 : /:(context|head|acronym)$/.test(m.source) ? 2 : 3);

function keyOf(m: EntityMention): string {
  return `${m.kind}:${(m.canonical ?? m.text).toLowerCase()}`;
}

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
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

export function mergeAliases(draft: Draft, doc: Doc): Draft {
  const ms = [...draft.mentions].sort((a, b) => a.start - b.start);
  const uf = new UnionFind(ms.length);
  const firstByKey = new Map<string, number>();
  ms.forEach((m, i) => {
    const held = firstByKey.get(keyOf(m));
    if (held === undefined) firstByKey.set(keyOf(m), i);
    else uf.union(held, i);
  });
  ms.forEach((m, i) => {
    // `Syrian Democratic Forces (SDF)`; not `Michael Chang (U.S.)`, a person and the country he plays for
    const paren = /^\s*\((\p{Lu}[\p{Lu}.]{1,7})\)/u.exec(doc.text.slice(m.end, m.end + 12));
    if (paren && m.type !== "person") {
      const j = ms.findIndex((o) => o.start === m.end + paren[0].indexOf(paren[1]!) && o.text === paren[1] && o.kind === m.kind);
      if (j >= 0) uf.union(i, j);
    }
  });
  ms.forEach((m, i) => {
    if (m.kind !== "actor") return;
    if (ACRONYM.test(m.text)) {
      // an acronym that spells an organisation's initials
      const j = ms.findIndex((o) => o !== m && o.kind === "actor" && o.type === "organization" && o.text.includes(" ") && initials(o.text) === m.text.replace(/\./g, ""));
      if (j >= 0) uf.union(j, i);
      return;
    }
    if (m.type === "person" && !m.text.includes(" ")) {
      // a surname alone: the last word of a person named in full
      const last = stripArticle(m.text);
      const j = ms.findIndex((o) => o.type === "person" && o.text.includes(" ") && stripArticle(o.text.split(/\s+/).pop()!) === last);
      if (j >= 0) uf.union(j, i);
    }
  });
  const groups = new Map<number, EntityMention[]>();
  ms.forEach((m, i) => {
    const root = uf.find(i);
    groups.set(root, [...(groups.get(root) ?? []), m]);
  });
  return { ...draft, mentions: ms, entities: [...groups.values()].map(toEntity) };
}

function toEntity(mentions: EntityMention[]): Entity {
  const best = [...mentions].sort((a, b) => trust(b) - trust(a) || b.text.length - a.text.length)[0]!;
  const votes = new Map<string, number>();
  for (const m of mentions) votes.set(`${m.kind}|${m.type}`, (votes.get(`${m.kind}|${m.type}`) ?? 0) + trust(m));
  const [kind, type] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0].split("|") as [Entity["kind"], Entity["type"]];
  const canonical = mentions.find((m) => m.canonical)?.canonical;
  const fullest = mentions.filter((m) => !ACRONYM.test(m.text)).sort((a, b) => b.text.length - a.text.length)[0] ?? best;
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
    roles: [...new Set(mentions.flatMap((m) => m.roles))],
    mentions: mentions.map((m) => ({ ...m, source: m.source })),
  };
}

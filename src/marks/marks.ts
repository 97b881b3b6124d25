// A Result as one flat list of marks over the article text: the shared input of the terminal
// highlight (format/highlight.ts) and the HTML page (render/page.ts).
import type { Actor, DateMention, Figure, Place, Quote, Result } from "../schema.js";

export const RESULT_KINDS = ["actor", "place", "date", "quote", "figure"] as const;
/** `speaker` and `cue` decorate a quote's attribution: `[Zawi] [said]`. */
export type MarkKind = (typeof RESULT_KINDS)[number] | "speaker" | "cue";

/** One row of a mark's details; `target` links the value to a panel entry (a quote's speaker -> `a3`). */
export interface Detail {
  label: string;
  value: string;
  target?: string;
}

export interface Mark<K extends string = MarkKind> {
  kind: K;
  start: number;
  end: number;
  /** Shown right after the mention: `Oct. 5 [2017-10-05]`; null when the text already says it. */
  note: string | null;
  /** What hover or focus shows; empty for a decoration (speaker, cue). */
  details: Detail[];
  /** The actor or place entry this mention belongs to (`a3`, `p2`). */
  entity: string | null;
}

const list = (xs: string[]) => xs.join(", ");
const differs = (name: string, text: string) => (name === text ? null : name);

export function dateValue(d: Pick<DateMention, "value" | "mod">): string {
  return `${d.value ?? "?"}${d.mod ? ` ${d.mod}` : ""}`;
}

/** `about 20 km`, `more than 12,000 people`, `3-5 percent`. */
export function figureValue(f: Figure): string {
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 6 });
  const amount = f.value !== null ? n(f.value) : f.min !== null && f.max !== null ? `${n(f.min)}-${n(f.max)}` : f.min !== null ? `>=${n(f.min)}` : f.max !== null ? `<=${n(f.max)}` : "?";
  return [f.qualifier, amount, f.unit].filter(Boolean).join(" ");
}

function actorMarks(a: Actor): Array<Mark<"actor">> {
  const details: Detail[] = [
    { label: "actor", value: `${a.name} (${a.id})`, target: a.id },
    { label: "type", value: [a.type, a.subtype].filter(Boolean).join(", ") },
    ...(a.aliases.length ? [{ label: "aliases", value: list(a.aliases) }] : []),
    ...(a.roles.length ? [{ label: "roles", value: list(a.roles) }] : []),
  ];
  return a.mentions.map((m) => ({ kind: "actor", start: m.start, end: m.end, note: differs(a.name, m.text), details: [...details, { label: "source", value: m.source }], entity: a.id }));
}

function placeMarks(p: Place): Array<Mark<"place">> {
  const where = [p.country, p.coordinates ? `${p.coordinates.lat.toFixed(2)}, ${p.coordinates.lon.toFixed(2)}` : null].filter(Boolean).join(" · ");
  const details: Detail[] = [
    { label: "place", value: `${p.name} (${p.id})`, target: p.id },
    { label: "type", value: p.type },
    ...(where ? [{ label: "where", value: where }] : []),
    ...(p.aliases.length ? [{ label: "aliases", value: list(p.aliases) }] : []),
  ];
  return p.mentions.map((m) => ({ kind: "place", start: m.start, end: m.end, note: differs(p.name, m.text), details: [...details, { label: "source", value: m.source }], entity: p.id }));
}

function dateMark(d: DateMention): Mark<"date"> {
  const details: Detail[] = [
    { label: "date", value: d.type },
    { label: "TIMEX3", value: d.value ?? "not anchored" },
    ...(d.mod ? [{ label: "mod", value: d.mod }] : []),
    { label: "source", value: d.source },
  ];
  return { kind: "date", start: d.start, end: d.end, note: dateValue(d), details, entity: null };
}

function figureMark(f: Figure): Mark<"figure"> {
  const value = figureValue(f);
  const details: Detail[] = [
    { label: "figure", value: f.kind },
    { label: "value", value: f.value === null ? "?" : String(f.value) },
    ...(f.unit ? [{ label: "unit", value: f.unit }] : []),
    ...(f.qualifier ? [{ label: "qualifier", value: f.qualifier }] : []),
    ...(f.min !== null || f.max !== null ? [{ label: "range", value: `${f.min ?? "…"} to ${f.max ?? "…"}` }] : []),
    ...(f.approximate ? [{ label: "approximate", value: "yes" }] : []),
    ...(f.counted ? [{ label: "counts", value: f.counted.text }] : []),
    ...(f.event ? [{ label: "event", value: f.event }] : []),
    { label: "source", value: f.source },
  ];
  return { kind: "figure", start: f.start, end: f.end, note: differs(value, f.text), details, entity: null };
}

/** One mark per fragment; the last carries the speaker: `... safety. [— Hamid Zawi]`. */
function quoteMarks(q: Quote): Array<Mark<MarkKind>> {
  const speaker = q.speaker;
  const details: Detail[] = [
    { label: "quote", value: q.kind },
    speaker
      ? { label: "speaker", value: speaker.name, ...(speaker.actorId ? { target: speaker.actorId } : {}) }
      : { label: "speaker", value: "none found" },
    ...(q.cue ? [{ label: "cue", value: q.cue.text }] : []),
    ...(q.fragments.length > 1 ? [{ label: "fragments", value: String(q.fragments.length) }] : []),
    { label: "source", value: q.source },
  ];
  const last = q.fragments.length - 1;
  const marks: Array<Mark<MarkKind>> = q.fragments.map((f, k) => ({
    kind: "quote",
    start: f.start,
    end: f.end,
    note: k === last ? `— ${speaker?.name ?? "?"}` : null,
    details,
    entity: speaker?.actorId ?? null,
  }));
  if (speaker?.mention) marks.push({ kind: "speaker", start: speaker.mention.start, end: speaker.mention.end, note: null, details: [], entity: speaker.actorId });
  if (q.cue) marks.push({ kind: "cue", start: q.cue.start, end: q.cue.end, note: null, details: [], entity: null });
  return marks;
}

/** Every mention of the result, in no particular order (nest() sorts). */
export function resultMarks(result: Result): Array<Mark<MarkKind>> {
  // two quotes of one speaker share the speaker mention and often the cue: mark them once
  const seen = new Set<string>();
  const once = (m: Mark<MarkKind>) => {
    if (m.kind !== "speaker" && m.kind !== "cue") return true;
    const key = `${m.kind}:${m.start}:${m.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  };
  return [
    ...result.actors.flatMap(actorMarks),
    ...result.places.flatMap(placeMarks),
    ...result.dates.map(dateMark),
    ...result.quotes.flatMap(quoteMarks).filter(once),
    ...result.figures.map(figureMark),
  ];
}

/** At the same span, the first kind here is the outer one. */
const NESTING: MarkKind[] = ["quote", "actor", "place", "figure", "date", "speaker", "cue"];
export const nestingRank = (m: Mark<MarkKind>) => NESTING.indexOf(m.kind);

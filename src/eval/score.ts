// Scores one predicted Result against one gold document, kind by kind. Counts add up over
// documents (micro-average); metrics.ts turns the sums into figures.
import { canonicalUnit } from "../lexicon/units.js";
import type { GoldDocument, Result } from "../schema.js";
import { exactStrength, matchOneToOne, overlap, overlapStrength, type Range } from "./match.js";
import type { Counts } from "./prf.js";
import { isSpeechAttribution } from "./speech.js";

export interface Tally {
  correct: number;
  total: number;
}

export interface EntityCounts {
  exact: Counts;
  overlap: Counts;
  /** person vs organisation (actors) or place type (places), on exact matches */
  type: Tally;
}

export interface DateCounts {
  strict: Counts;
  relaxed: Counts;
  type: Tally;
  /** matches (relaxed) with the gold value; over predictions and over gold */
  value: { correct: number; predicted: number; gold: number };
}

export interface QuoteCounts {
  all: Counts;
  direct: Tally;
  indirect: Tally;
  speaker: Tally;
}

export interface FigureCounts {
  exact: Counts;
  overlap: Counts;
  value: Tally;
  unit: Tally;
}

export interface ScoreError {
  kind: "actors" | "places" | "entities" | "dates" | "quotes" | "figures";
  error: "false positive" | "false negative" | "type" | "value" | "speaker" | "unit";
  start: number;
  end: number;
  text: string;
  expected?: string;
  got?: string;
  /** The rule that made the prediction (its `source`), on every error but a false negative. */
  source?: string;
}

export interface DocScore {
  entities?: Counts;
  actors?: EntityCounts;
  places?: EntityCounts;
  dates?: DateCounts;
  quotes?: { all: QuoteCounts; speech: QuoteCounts };
  figures?: FigureCounts;
  errors: ScoreError[];
}

interface Labelled extends Range {
  text: string;
  label: string;
  /** A prediction's `source`; gold has none. */
  source?: string;
}

const tally = (pairs: Array<[number, number]>, ok: (i: number, j: number) => boolean): Tally => ({ correct: pairs.filter(([i, j]) => ok(i, j)).length, total: pairs.length });

function counts(gold: number, pred: number, matched: number): Counts {
  return { tp: matched, fp: pred - matched, fn: gold - matched };
}

const slice = (text: string, r: Range) => text.slice(r.start, r.end);

function unmatchedErrors(kind: ScoreError["kind"], gold: Labelled[], pred: Labelled[], pairs: Array<[number, number]>): ScoreError[] {
  const g = new Set(pairs.map(([i]) => i));
  const p = new Set(pairs.map(([, j]) => j));
  return [
    ...gold.filter((_, i) => !g.has(i)).map((x) => ({ kind, error: "false negative" as const, start: x.start, end: x.end, text: x.text, expected: x.label })),
    ...pred.filter((_, j) => !p.has(j)).map((x) => ({ kind, error: "false positive" as const, start: x.start, end: x.end, text: x.text, got: x.label, source: x.source })),
  ];
}

/** Predictions exactly on an ignore span count neither way (CoNLL's MISC, for instance). */
function dropIgnored<T extends Range>(pred: T[], ignore: Range[]): T[] {
  const keys = new Set(ignore.map((r) => `${r.start}:${r.end}`));
  return pred.filter((p) => !keys.has(`${p.start}:${p.end}`));
}

function scoreEntities(kind: "actors" | "places", gold: Labelled[], pred: Labelled[], errors: ScoreError[]): EntityCounts {
  const exact = matchOneToOne(gold, pred, exactStrength);
  const loose = matchOneToOne(gold, pred, overlapStrength);
  errors.push(...unmatchedErrors(kind, gold, pred, exact));
  const type = tally(exact, (i, j) => gold[i]!.label === pred[j]!.label || gold[i]!.label === "");
  for (const [i, j] of exact) if (gold[i]!.label !== "" && gold[i]!.label !== pred[j]!.label) errors.push({ kind, error: "type", ...gold[i]!, expected: gold[i]!.label, got: pred[j]!.label, source: pred[j]!.source });
  return { exact: counts(gold.length, pred.length, exact.length), overlap: counts(gold.length, pred.length, loose.length), type };
}

export function scoreDocument(gold: GoldDocument, text: string, pred: Result): DocScore {
  const errors: ScoreError[] = [];
  const out: DocScore = { errors };
  const ignore = gold.ignore ?? [];
  const mk = (r: Range & { source?: string }, label: string): Labelled => ({ start: r.start, end: r.end, text: slice(text, r), label, source: r.source });

  const goldActors = gold.actors?.flatMap((a) => a.mentions.map((m) => mk(m, a.type)));
  const goldPlaces = gold.places?.flatMap((p) => p.mentions.map((m) => mk(m, p.type ?? "")));
  const predActors = dropIgnored(pred.actors.flatMap((a) => a.mentions.map((m) => mk(m, a.type))), ignore);
  const predPlaces = dropIgnored(pred.places.flatMap((p) => p.mentions.map((m) => mk(m, p.type))), ignore);
  if (goldActors) out.actors = scoreEntities("actors", goldActors, predActors, errors);
  if (goldPlaces) out.places = scoreEntities("places", goldPlaces, predPlaces, errors);
  if (goldActors && goldPlaces) {
    // CoNLL-style: the span and its class (person, organization, place) must both match
    const cls = (l: Labelled, place: boolean) => ({ ...l, label: place ? "place" : l.label });
    const g = [...goldActors.map((x) => cls(x, false)), ...goldPlaces.map((x) => cls(x, true))];
    const p = [...predActors.map((x) => cls(x, false)), ...predPlaces.map((x) => cls(x, true))];
    const pairs = matchOneToOne(g, p, (a, b) => (a.label === b.label ? exactStrength(a, b) : 0));
    out.entities = counts(g.length, p.length, pairs.length);
  }

  if (gold.dates) {
    const g = gold.dates;
    const p = pred.dates;
    const strict = matchOneToOne(g, p, exactStrength);
    const relaxed = matchOneToOne(g, p, overlapStrength);
    errors.push(...unmatchedErrors("dates", g.map((d) => mk(d, `${d.type} ${d.value}`)), p.map((d) => mk(d, `${d.type} ${d.value}`)), relaxed));
    for (const [i, j] of relaxed) if (g[i]!.value !== p[j]!.value) errors.push({ kind: "dates", error: "value", ...mk(p[j]!, ""), expected: String(g[i]!.value), got: String(p[j]!.value) });
    out.dates = {
      strict: counts(g.length, p.length, strict.length),
      relaxed: counts(g.length, p.length, relaxed.length),
      type: tally(relaxed, (i, j) => g[i]!.type === p[j]!.type),
      value: { correct: relaxed.filter(([i, j]) => g[i]!.value === p[j]!.value).length, predicted: p.length, gold: g.length },
    };
  }

  if (gold.quotes) {
    const all = scoreQuotes(gold.quotes, pred.quotes, text, errors);
    const speechGold = gold.quotes.filter((q) => isSpeechAttribution(q.kind, q.cue ? slice(text, q.cue) : null));
    const speechPred = pred.quotes.filter((q) => isSpeechAttribution(q.kind, q.cue?.text ?? null));
    out.quotes = { all, speech: scoreQuotes(speechGold, speechPred, text, []) };
  }

  if (gold.figures) {
    const g = gold.figures;
    const p = pred.figures;
    const exact = matchOneToOne(g, p, exactStrength);
    const loose = matchOneToOne(g, p, overlapStrength);
    errors.push(...unmatchedErrors("figures", g.map((f) => mk(f, f.kind)), p.map((f) => mk(f, f.kind)), loose));
    const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a)));
    for (const [i, j] of loose) if (!sameValue(g[i]!.value, p[j]!.value)) errors.push({ kind: "figures", error: "value", ...mk(p[j]!, ""), expected: String(g[i]!.value), got: String(p[j]!.value) });
    out.figures = {
      exact: counts(g.length, p.length, exact.length),
      overlap: counts(g.length, p.length, loose.length),
      value: tally(loose, (i, j) => sameValue(g[i]!.value, p[j]!.value)),
      unit: tally(loose, (i, j) => canonicalUnit(g[i]!.unit) === canonicalUnit(p[j]!.unit)),
    };
  }
  return out;
}

type GoldQuote = NonNullable<GoldDocument["quotes"]>[number];
type PredQuote = Result["quotes"][number];

/**
 * A prediction matches a gold content when they overlap by at least half of the longer of the two;
 * the text between the fragments of one gold content is not counted against the prediction.
 */
export function quoteStrength(g: GoldQuote, p: PredQuote): number {
  const gaps: Range[] = [];
  const frags = [...g.fragments].sort((a, b) => a.start - b.start);
  for (let k = 1; k < frags.length; k++) gaps.push({ start: frags[k - 1]!.end, end: frags[k]!.start });
  const predFrags = p.fragments.length > 0 ? p.fragments : [p];
  const shared = predFrags.reduce((s, pf) => s + frags.reduce((t, gf) => t + overlap(pf, gf), 0), 0);
  const predLength = predFrags.reduce((s, pf) => s + (pf.end - pf.start) - gaps.reduce((t, gap) => t + overlap(pf, gap), 0), 0);
  const goldLength = frags.reduce((s, f) => s + (f.end - f.start), 0);
  return shared > 0 && shared >= 0.5 * Math.max(predLength, goldLength) ? shared : 0;
}

/** The speaker mention overlaps half of the longer of it and the gold source, or the speaker's last name word is in the source. */
export function speakerCorrect(gold: NonNullable<GoldQuote["speaker"]>, pred: PredQuote["speaker"], text: string): boolean {
  if (!pred) return false;
  if (pred.mention) {
    const ov = overlap(pred.mention, gold);
    if (ov > 0 && ov >= 0.5 * Math.max(pred.mention.end - pred.mention.start, gold.end - gold.start)) return true;
  }
  const last = pred.name.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  const source = slice(text, gold).toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  return last !== "" && source.includes(last);
}

function scoreQuotes(gold: GoldQuote[], pred: PredQuote[], text: string, errors: ScoreError[]): QuoteCounts {
  const pairs = matchOneToOne(gold, pred, quoteStrength);
  const matched = new Set(pairs.map(([i]) => i));
  const isDirect = (q: GoldQuote) => q.kind !== "indirect";
  const withSource = pairs.filter(([i]) => gold[i]!.speaker);
  const speakerOk = (i: number, j: number) => speakerCorrect(gold[i]!.speaker!, pred[j]!.speaker, text);
  const span = (q: GoldQuote): Range => ({ start: q.fragments[0]!.start, end: q.fragments[q.fragments.length - 1]!.end });
  errors.push(
    ...unmatchedErrors(
      "quotes",
      gold.map((q) => ({ ...span(q), text: slice(text, span(q)), label: q.kind })),
      pred.map((q) => ({ start: q.start, end: q.end, text: q.text, label: q.kind, source: q.source })),
      pairs,
    ),
  );
  for (const [i, j] of withSource) {
    if (!speakerOk(i, j)) errors.push({ kind: "quotes", error: "speaker", start: pred[j]!.start, end: pred[j]!.end, text: pred[j]!.text, expected: slice(text, gold[i]!.speaker!), got: pred[j]!.speaker?.name ?? "(none)", source: pred[j]!.source });
  }
  return {
    all: counts(gold.length, pred.length, pairs.length),
    direct: { correct: gold.filter((q, i) => isDirect(q) && matched.has(i)).length, total: gold.filter(isDirect).length },
    indirect: { correct: gold.filter((q, i) => !isDirect(q) && matched.has(i)).length, total: gold.filter((q) => !isDirect(q)).length },
    speaker: tally(withSource, speakerOk),
  };
}



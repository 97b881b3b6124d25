// Sums of per-document counts -> the headline figures (micro-averaged over documents).
import { addCounts, prf, ratio, type Counts, type Prf } from "./prf.js";
import type { DateCounts, DocScore, EntityCounts, FigureCounts, QuoteCounts, Tally } from "./score.js";

const acc = (t: Tally) => ratio(t.correct, t.total, true);
const addTally = (a: Tally, b: Tally): Tally => ({ correct: a.correct + b.correct, total: a.total + b.total });


export interface EntityMetrics {
  exact: Prf;
  overlap: Prf;
  type_accuracy: number;
  f1: number;
}
export interface DateMetrics {
  strict: Prf;
  relaxed: Prf;
  type_accuracy: number;
  value_precision: number;
  value_recall: number;
  value_f1: number;
}
export interface QuoteMetrics {
  match: Prf;
  direct_recall: number;
  indirect_recall: number;
  speaker_accuracy: number;
}
export interface FigureMetrics {
  exact: Prf;
  overlap: Prf;
  value_accuracy: number;
  unit_accuracy: number;
}
export interface Metrics {
  documents: number;
  entities?: Prf;
  actors?: EntityMetrics;
  places?: EntityMetrics;
  dates?: DateMetrics;
  quotes?: { all: QuoteMetrics; speech: QuoteMetrics };
  figures?: FigureMetrics;
}

function sum<T>(items: Array<T | undefined>, add: (a: T, b: T) => T): T | undefined {
  return items.reduce<T | undefined>((a, b) => (b === undefined ? a : a === undefined ? b : add(a, b)), undefined);
}

const addEntity = (a: EntityCounts, b: EntityCounts): EntityCounts => ({ exact: addCounts(a.exact, b.exact), overlap: addCounts(a.overlap, b.overlap), type: addTally(a.type, b.type) });
const addDate = (a: DateCounts, b: DateCounts): DateCounts => ({
  strict: addCounts(a.strict, b.strict),
  relaxed: addCounts(a.relaxed, b.relaxed),
  type: addTally(a.type, b.type),
  value: { correct: a.value.correct + b.value.correct, predicted: a.value.predicted + b.value.predicted, gold: a.value.gold + b.value.gold },
});
const addQuote = (a: QuoteCounts, b: QuoteCounts): QuoteCounts => ({ all: addCounts(a.all, b.all), direct: addTally(a.direct, b.direct), indirect: addTally(a.indirect, b.indirect), speaker: addTally(a.speaker, b.speaker) });
const addFigure = (a: FigureCounts, b: FigureCounts): FigureCounts => ({ exact: addCounts(a.exact, b.exact), overlap: addCounts(a.overlap, b.overlap), value: addTally(a.value, b.value), unit: addTally(a.unit, b.unit) });

function entityMetrics(c: EntityCounts): EntityMetrics {
  const exact = prf(c.exact);
  return { exact, overlap: prf(c.overlap), type_accuracy: acc(c.type), f1: exact.f1 };
}

function quoteMetrics(c: QuoteCounts): QuoteMetrics {
  return { match: prf(c.all), direct_recall: acc(c.direct), indirect_recall: acc(c.indirect), speaker_accuracy: acc(c.speaker) };
}

export function corpusMetrics(docs: DocScore[]): Metrics {
  const out: Metrics = { documents: docs.length };
  const entities = sum<Counts>(docs.map((d) => d.entities), addCounts);
  if (entities) out.entities = prf(entities);
  const actors = sum(docs.map((d) => d.actors), addEntity);
  if (actors) out.actors = entityMetrics(actors);
  const places = sum(docs.map((d) => d.places), addEntity);
  if (places) out.places = entityMetrics(places);
  const dates = sum(docs.map((d) => d.dates), addDate);
  if (dates) {
    const vp = ratio(dates.value.correct, dates.value.predicted, dates.value.gold === 0);
    const vr = ratio(dates.value.correct, dates.value.gold, dates.value.predicted === 0);
    out.dates = {
      strict: prf(dates.strict),
      relaxed: prf(dates.relaxed),
      type_accuracy: acc(dates.type),
      value_precision: vp,
      value_recall: vr,
      value_f1: vp + vr === 0 ? 0 : (2 * vp * vr) / (vp + vr),
    };
  }
  const all = sum(docs.map((d) => d.quotes?.all), addQuote);
  const speech = sum(docs.map((d) => d.quotes?.speech), addQuote);
  if (all && speech) out.quotes = { all: quoteMetrics(all), speech: quoteMetrics(speech) };
  const figures = sum(docs.map((d) => d.figures), addFigure);
  if (figures) out.figures = { exact: prf(figures.exact), overlap: prf(figures.overlap), value_accuracy: acc(figures.value), unit_accuracy: acc(figures.unit) };
  return out;
}



// MeasEval TSV (`docId annotSet annotType startOffset endOffset annotId text other`) -> native gold figures.
// Only Quantity rows become figures; `other` holds the unit as written (`%`, `μm`) and modifiers.
import { canonicalUnit } from "../lexicon/units.js";
import type { GoldDocument } from "../schema.js";

interface Other {
  unit?: string;
  mods?: string[];
}

const NUMBER = /[-−]?\d+(?:[.,]\d+)*(?:\s*[×x]\s*10[-−]?\d+)?/;

/** The first number written in the quantity, or null (`Five samples` has none in digits). */
function firstNumber(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(/−/g, "-").replace(/,(?=\d{3}\b)/g, "").replace(/\s*[×x]\s*10/, "e"));
  return Number.isFinite(value) ? value : null;
}

export function convertMeasevalDocument(id: string, text: string, tsv: string): GoldDocument {
  const figures: NonNullable<GoldDocument["figures"]> = [];
  for (const line of tsv.split(/\r?\n/).slice(1)) {
    const cols = line.split("\t");
    if (cols[2] !== "Quantity") continue;
    const start = Number(cols[3]);
    const end = Number(cols[4]);
    let other: Other = {};
    try {
      other = cols[7] ? (JSON.parse(cols[7]) as Other) : {};
    } catch {
      other = {};
    }
    const unit = canonicalUnit(other.unit ?? null);
    const kind = unit === "percent" ? "percent" : other.mods?.includes("IsRange") ? "range" : other.mods?.includes("IsCount") ? "count" : "quantity";
    figures.push({ start, end, text: text.slice(start, end), kind, value: firstNumber(text.slice(start, end)), unit });
  }
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  // annotation sets repeat a quantity span now and then: one gold figure per span
  const unique = figures.filter((f, i) => i === 0 || f.start !== figures[i - 1]!.start || f.end !== figures[i - 1]!.end);
  return { id, text, date: null, figures: unique };
}

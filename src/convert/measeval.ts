// MeasEval TSV (`docId annotSet annotType startOffset endOffset annotId text other`) -> native gold figures.
// Only Quantity rows become figures; `other` holds the unit as written (`%`, `μm`) and modifiers.
// A file that is no MeasEval TSV, or a row whose offsets fall outside the text, is refused at its line.
import { canonicalUnit } from "../lexicon/units.js";
import { plural } from "../plural.js";
import type { GoldDocument } from "../schema.js";
import { sourceError } from "./source.js";

const HEADER = ["docId", "annotSet", "annotType", "startOffset", "endOffset", "annotId", "text", "other"];

interface Other {
  unit?: string;
  mods?: string[];
}

const offset = (cell: string): number | null => (/^\d+$/.test(cell) ? Number(cell) : null);

const NUMBER = /[-−]?\d+(?:[.,]\d+)*(?:\s*[×x]\s*10[-−]?\d+)?/;

/** The first number written in the quantity, or null (`Five samples` has none in digits). */
function firstNumber(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(/−/g, "-").replace(/,(?=\d{3}\b)/g, "").replace(/\s*[×x]\s*10/, "e"));
  return Number.isFinite(value) ? value : null;
}

/** `file` names the TSV in errors: a line that is no MeasEval row, or offsets outside the text, is refused. */
export function convertMeasevalDocument(id: string, text: string, tsv: string, file = `${id}.tsv`): GoldDocument {
  const figures: NonNullable<GoldDocument["figures"]> = [];
  const [header, ...rows] = tsv.split(/\r?\n/);
  if (header?.split("\t").slice(0, HEADER.length).join("\t") !== HEADER.join("\t")) {
    throw sourceError(file, 1, `expected the MeasEval header (${HEADER.join(" ")}), found ${JSON.stringify(header?.slice(0, 80) ?? "")}`);
  }
  rows.forEach((line, index) => {
    if (line.trim() === "") return;
    const cols = line.split("\t");
    // a row's line in the file: the header is line 1
    const fail = (problem: string) => sourceError(file, index + 2, problem);
    if (cols.length < HEADER.length) throw fail(`expected ${HEADER.length} tab-separated columns, found ${cols.length}`);
    if (cols[2] !== "Quantity") return;
    const start = offset(cols[3]!);
    const end = offset(cols[4]!);
    if (start === null || end === null) throw fail(`startOffset and endOffset must be whole numbers, found ${JSON.stringify(cols[3])} and ${JSON.stringify(cols[4])}`);
    if (start > end || end > text.length) throw fail(`offsets ${start} ${end} are not within the text (${plural(text.length, "character")})`);
    let other: Other;
    try {
      other = cols[7] ? (JSON.parse(cols[7]) as Other) : {};
    } catch {
      throw fail(`the other column is not JSON: ${JSON.stringify(cols[7]!.slice(0, 80))}`);
    }
    const unit = canonicalUnit(other.unit ?? null);
    const kind = unit === "percent" ? "percent" : other.mods?.includes("IsRange") ? "range" : other.mods?.includes("IsCount") ? "count" : "quantity";
    figures.push({ start, end, text: text.slice(start, end), kind, value: firstNumber(text.slice(start, end)), unit });
  });
  figures.sort((a, b) => a.start - b.start || a.end - b.end);
  // annotation sets repeat a quantity span now and then: one gold figure per span
  const unique = figures.filter((f, i) => i === 0 || f.start !== figures[i - 1]!.start || f.end !== figures[i - 1]!.end);
  return { id, text, date: null, figures: unique };
}

// `eval --pred PRED.ndjson`: saved results from `batch`, by id. Error records are counted, not
// scored; ids that match no gold document (a batch over a folder writes paths as ids) are counted
// too, so that a run which scores nothing says so instead of printing zeros.
import { inputError } from "../errors.js";
import { ResultSchema, type Result } from "../schema.js";
import { parseJson, readInputText } from "./gold.js";

export interface Predictions {
  byId: Map<string, Result>;
  /** Ids of error records (`{"id", "error": {...}}`), in file order. */
  errorIds: string[];
}

const isErrorRecord = (value: unknown): value is { id: unknown; error: unknown } => typeof value === "object" && value !== null && "error" in value && "id" in value;

export function readPredictions(file: string): Predictions {
  const byId = new Map<string, Result>();
  const errorIds: string[] = [];
  readInputText(file, "predictions")
    .split("\n")
    .forEach((line, k) => {
      if (line.trim() === "") return;
      const value = parseJson(line, `${file}:${k + 1}`);
      if (isErrorRecord(value)) return errorIds.push(String(value.id));
      const parsed = ResultSchema.safeParse(value);
      if (!parsed.success) throw inputError("invalid_record", `${file}:${k + 1}: not a newsparse result or error record`);
      byId.set(parsed.data.id, parsed.data);
    });
  return { byId, errorIds };
}

/** How the predictions meet the gold: what a user is told on stderr. */
export function coverageNotes(predictions: Predictions, goldIds: string[], file: string): { matched: number; notes: string[] } {
  const gold = new Set(goldIds);
  const unmatched = [...predictions.byId.keys(), ...predictions.errorIds].filter((id) => !gold.has(id));
  const matched = goldIds.filter((id) => predictions.byId.has(id)).length;
  const missing = goldIds.length - matched;
  const notes: string[] = [];
  if (unmatched.length > 0) notes.push(`${file}: ${count(unmatched.length, "prediction id matches", "prediction ids match")} no gold document (the first: ${JSON.stringify(unmatched[0])}); ids must be the gold documents' ids`);
  if (missing > 0) notes.push(`${file}: ${count(missing, "gold document has", "gold documents have")} no prediction and ${missing === 1 ? "is" : "are"} scored as empty`);
  if (predictions.errorIds.length > 0) notes.push(`${file}: ${count(predictions.errorIds.length, "line is an error record", "lines are error records")} (the first: ${JSON.stringify(predictions.errorIds[0])})`);
  return { matched, notes };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

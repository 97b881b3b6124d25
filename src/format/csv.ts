// One row per mention, RFC 4180 quoting: the shape spreadsheets and `csvkit` expect.
import type { Result } from "../schema.js";

export const CSV_COLUMNS = ["id", "kind", "entity", "name", "text", "start", "end", "type", "value", "unit", "speaker"] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

export function csvRows(result: Result): Row[] {
  const rows: Row[] = [];
  const base = { id: result.id, value: null, unit: null, speaker: null };
  for (const actor of result.actors) {
    for (const m of actor.mentions) rows.push({ ...base, kind: "actor", entity: actor.id, name: actor.name, text: m.text, start: m.start, end: m.end, type: actor.type });
  }
  for (const place of result.places) {
    for (const m of place.mentions) rows.push({ ...base, kind: "place", entity: place.id, name: place.name, text: m.text, start: m.start, end: m.end, type: place.type, value: place.country });
  }
  for (const d of result.dates) rows.push({ ...base, kind: "date", entity: null, name: null, text: d.text, start: d.start, end: d.end, type: d.type, value: d.value });
  for (const q of result.quotes) {
    rows.push({ ...base, kind: "quote", entity: q.speaker?.actorId ?? null, name: null, text: q.text, start: q.start, end: q.end, type: q.kind, speaker: q.speaker?.name ?? null });
  }
  for (const f of result.figures) {
    rows.push({ ...base, kind: "figure", entity: null, name: null, text: f.text, start: f.start, end: f.end, type: f.kind, value: f.value, unit: f.unit });
  }
  return rows.sort((a, b) => Number(a.start) - Number(b.start));
}

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(",") + "\r\n";
}

export function formatCsv(result: Result): string {
  return csvRows(result)
    .map((row) => CSV_COLUMNS.map((c) => csvField(row[c])).join(",") + "\r\n")
    .join("");
}

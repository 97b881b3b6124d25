// An "article" that is really a file of records: NDJSON (`{"id": ..., "text": ...}` a line) or a JSON
// array of such objects. `parse` reads one article, and says so instead of parsing the JSON as prose.

const isRecord = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { text?: unknown }).text === "string";

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface Records {
  form: "ndjson" | "array";
  count: number;
}

/** The records `text` holds when it is NDJSON or a JSON array of records (objects with a string `text`); null when it is neither. */
export function jsonRecords(text: string): Records | null {
  const start = text.trimStart();
  if (!start.startsWith("{") && !start.startsWith("[")) return null;
  const whole = parsed(start);
  if (Array.isArray(whole)) return whole.length > 0 && whole.every(isRecord) ? { form: "array", count: whole.length } : null;
  const lines = start.split("\n").filter((line) => line.trim() !== "");
  return lines.every((line) => isRecord(parsed(line))) ? { form: "ndjson", count: lines.length } : null;
}

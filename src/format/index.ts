// Formatting is separate from extraction: a Result in, text out.
import type { ChalkInstance } from "chalk";
import type { Result } from "../schema.js";
import { csvHeader, formatCsv } from "./csv.js";
import { formatTable } from "./table.js";

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function formatResult(result: Result, format: Format, colour: ChalkInstance): string {
  switch (format) {
    case "json":
      return JSON.stringify(result, null, 2) + "\n";
    case "ndjson":
      return JSON.stringify(result) + "\n";
    case "csv":
      return csvHeader() + formatCsv(result);
    case "table":
      return formatTable(result, colour);
  }
}

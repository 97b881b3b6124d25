// Formatting is separate from extraction: a Result in, text out.
import type { ChalkInstance } from "chalk";
import type { Result } from "../schema.js";
import { csvHeader, formatCsv } from "./csv.js";
import { formatHighlight } from "./highlight.js";
import { formatTable } from "./table.js";

export const FORMATS = ["table", "json", "ndjson", "csv", "highlight"] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  colour: ChalkInstance;
  /** The article the result was parsed from: the highlight format prints it, marked. */
  text?: string;
  /** The terminal's width, which the table's name columns fit. */
  columns?: number;
}

export function formatResult(result: Result, format: Format, { colour, text, columns }: FormatOptions): string {
  switch (format) {
    case "json":
      return JSON.stringify(result, null, 2) + "\n";
    case "ndjson":
      return JSON.stringify(result) + "\n";
    case "csv":
      return csvHeader() + formatCsv(result);
    case "table":
      return formatTable(result, colour, columns);
    case "highlight":
      if (text === undefined) throw new Error("formatResult: the highlight format needs the article text");
      return formatHighlight(result, text, colour);
  }
}

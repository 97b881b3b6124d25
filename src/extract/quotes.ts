import type { Doc, Draft } from "../pipeline/types.js";

export function extractQuotes(_doc: Doc): Partial<Draft> {
  return { quotes: [] };
}

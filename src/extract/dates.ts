import type { Doc, Draft } from "../pipeline/types.js";

export function extractDates(_doc: Doc): Partial<Draft> {
  return { dates: [] };
}

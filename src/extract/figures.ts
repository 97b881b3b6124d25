import type { Doc, Draft } from "../pipeline/types.js";

export function extractFigures(_doc: Doc): Partial<Draft> {
  return { figures: [] };
}

import type { Doc, Draft } from "../pipeline/types.js";

export function extractEntities(_doc: Doc): Partial<Draft> {
  return { mentions: [] };
}

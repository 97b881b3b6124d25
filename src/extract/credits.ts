import type { Doc, Draft } from "../pipeline/types.js";

export function extractCredits(_doc: Doc): Partial<Draft> {
  return { credits: [] };
}

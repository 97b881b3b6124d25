import type { Doc, Draft } from "../pipeline/types.js";

export function mergeAliases(draft: Draft, _doc: Doc): Draft {
  return draft;
}

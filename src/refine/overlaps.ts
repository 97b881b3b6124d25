import type { Doc, Draft } from "../pipeline/types.js";

export function resolveOverlaps(draft: Draft, _doc: Doc): Draft {
  return draft;
}

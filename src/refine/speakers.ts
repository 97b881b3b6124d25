import type { Doc, Draft } from "../pipeline/types.js";

export function linkSpeakers(draft: Draft, _doc: Doc): Draft {
  return draft;
}

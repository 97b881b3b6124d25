// Words before a date that narrow it, kept in the span as TimeML does:
// `early this year` -> 2017 START, `late Sunday` -> END, `mid-2016` -> MID, `the end of 1990` -> END.
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";

const MODIFIER_BEFORE =
  /\b(early|earlier|late|mid|the (?:beginning|start|end|middle) of|the (?:first|second) half of)(?:\s+|-)$/i;

const MODS: Record<string, DateMod> = {
  early: "START",
  earlier: "START",
  beginning: "START",
  start: "START",
  first: "START",
  late: "END",
  end: "END",
  second: "END",
  mid: "MID",
  middle: "MID",
};

/** The candidate widened over a modifier written just before it, or as it was. */
export function withModifier(text: string, candidate: Candidate): Candidate {
  if (candidate.mod !== null || (candidate.type !== "DATE" && candidate.type !== "TIME")) return candidate;
  if (candidate.value?.endsWith("_REF")) return candidate;
  const written = MODIFIER_BEFORE.exec(text.slice(Math.max(0, candidate.start - 28), candidate.start));
  if (!written?.[1]) return candidate;
  const key = /\b(beginning|start|end|middle|first|second)\b/i.exec(written[1])?.[1] ?? written[1];
  const mod = MODS[key.toLowerCase()];
  if (!mod) return candidate;
  return { ...candidate, start: candidate.start - written[0].length, mod };
}

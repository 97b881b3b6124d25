// Words before a date that narrow it, kept in the span as TimeML does:
// `early this year` -> 2017 START, `late Sunday` -> END, `mid-2016` -> MID, `the end of 1990` -> END,
// `the first half of 2016` -> 2016-H1 (a year's half has a value of its own),
// `about two years ago` -> APPROX. `earlier this month`, `later Sunday`: TimeBank, the development
// set, keeps `earlier` and `later` in the span (all 16 of its cases), with no mod.
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";
import { textBefore } from "../../window.js";

// `the first half of `, `approximately ` before a date
const MODIFIER_WIDTH = 28;

const MODIFIER_BEFORE =
  /\b(earlier|later|early|late|mid|the (?:beginning|start|end|middle) of|the (?:first|second|last) half of|about|around|some|nearly|almost|roughly|approximately)(?:\s+|-)$/i;
/** Approximations narrow only a point: `about two years ago`, `around 7:15 p.m.`, `nearly a week ago`, `some 20 years ago`. */
const APPROXIMATION = /^(?:about|around|some|nearly|almost|roughly|approximately)$/i;
const POINT = /\bago$|\d/i;

const MODS: Record<string, DateMod> = {
  early: "START",
  beginning: "START",
  start: "START",
  first: "START",
  late: "END",
  end: "END",
  second: "END",
  last: "END",
  mid: "MID",
  middle: "MID",
  about: "APPROX",
  around: "APPROX",
  nearly: "APPROX",
  almost: "APPROX",
  roughly: "APPROX",
  approximately: "APPROX",
  some: "APPROX",
};

/** The candidate widened over a modifier written just before it, or as it was. */
export function withModifier(text: string, candidate: Candidate): Candidate {
  if (candidate.mod !== null || (candidate.type !== "DATE" && candidate.type !== "TIME")) return candidate;
  if (candidate.value?.endsWith("_REF")) return candidate;
  const written = MODIFIER_BEFORE.exec(textBefore(text, candidate.start, MODIFIER_WIDTH));
  if (!written?.[1]) return candidate;
  if (APPROXIMATION.test(written[1]) && !POINT.test(text.slice(candidate.start, candidate.end))) return candidate;
  const key = /\b(beginning|start|end|middle|first|second|last)\b/i.exec(written[1])?.[1] ?? written[1];
  const start = candidate.start - written[0].length;
  if (/^(?:earlier|later)$/i.test(key)) return { ...candidate, start };
  const mod = MODS[key.toLowerCase()];
  if (!mod) return candidate;
  // a year has halves of its own: `the first half of 2016` -> 2016-H1
  if (/half/i.test(written[1]) && /^\d{4}$/.test(candidate.value ?? "")) return { ...candidate, start, value: `${candidate.value}-H${mod === "START" ? 1 : 2}` };
  return { ...candidate, start, mod };
}

// Words after a date that TimeML keeps in its span, as they widen it without naming another
// time, with the mod they give: `[1994 or later]` ON_OR_AFTER, `[1990 and beyond]`, `[the next
// year or so]` APPROX; and the zone after a clock time: `[10 a.m. local time]`.
import type { DateMod } from "../../schema.js";
import type { Candidate } from "./candidate.js";
import { textAfter } from "../../window.js";

// ` local time`, ` or later`, ` and beyond` after the date
const TRAILER_WIDTH = 16;

const TRAILER = /^\s+(?:or\s+(later|earlier|so)|and\s+(beyond))\b/i;
/** `10:30 a.m. local time`: the zone belongs to the time, as `EST` does. */
const LOCAL_TIME = /^\s+local\s+time\b/i;
const MODS: Record<string, DateMod> = { later: "ON_OR_AFTER", beyond: "ON_OR_AFTER", earlier: "ON_OR_BEFORE", so: "APPROX" };

/** The candidate widened over a trailer written just after it, or as it was. */
export function withTrailer(text: string, candidate: Candidate): Candidate {
  if (candidate.type === "TIME") {
    const zone = LOCAL_TIME.exec(textAfter(text, candidate.end, TRAILER_WIDTH));
    return zone ? { ...candidate, end: candidate.end + zone[0].length } : candidate;
  }
  if (candidate.type !== "DATE" || candidate.value?.endsWith("_REF")) return candidate;
  const written = TRAILER.exec(textAfter(text, candidate.end, TRAILER_WIDTH));
  if (!written) return candidate;
  const mod = candidate.mod ?? MODS[(written[1] ?? written[2] ?? "").toLowerCase()] ?? null;
  return { ...candidate, end: candidate.end + written[0].length, mod };
}

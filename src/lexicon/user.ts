// User lexicons (`--lexicon FILE`): an analyst's watch-list of actors and places, with aliases and
// types, found wherever their names stand and outranking every other reading of those words;
// `ignore` names are never reported as actors or places. The file is read by io/lexicon-file.ts.
import * as z from "zod";
import { ACTOR_SUBTYPES, ACTOR_TYPES, PLACE_TYPES, type ActorSubtype, type ActorType, type PlaceType } from "../schema.js";

/**
 * The longest name or alias: room for an organisation's full name
 * (`Office of the United Nations High Commissioner for Human Rights in the Occupied Palestinian
 * Territory`) many times over, far below what a regular expression can hold (about 30,000).
 */
export const MAX_NAME_LENGTH = 500;

/**
 * All names and aliases together, in characters: V8 takes about 2 s to compile a pattern this long
 * (once per worker), and 45 s for ten times as much; 50,000 names of 20 characters fit.
 */
export const MAX_NAMES_LENGTH = 1_000_000;

/** A lexicon whose names make a pattern too large to compile in good time, or at all. */
export class LexiconTooLarge extends Error {}

const name = z.string().trim().min(1).max(MAX_NAME_LENGTH, `longer than ${MAX_NAME_LENGTH} characters`);
const names = z.array(name).default([]);

export const UserLexiconSchema = z
  .object({
    actors: z
      .array(z.object({ name, type: z.enum(ACTOR_TYPES), subtype: z.enum(ACTOR_SUBTYPES).optional(), aliases: names }).strict())
      .default([]),
    places: z
      .array(
        z
          .object({
            name,
            type: z.enum(PLACE_TYPES),
            country: z.string().regex(/^[A-Z]{2}$/).optional(),
            coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
            aliases: names,
          })
          .strict(),
      )
      .default([]),
    ignore: names,
  })
  .strict();

export type UserLexiconFile = z.infer<typeof UserLexiconSchema>;

/** What an entry says of its entity; an Entity (src/pipeline/types.ts) says this and more. */
export interface LexiconEntry {
  kind: "actor" | "place";
  name: string;
  type: ActorType | PlaceType;
  subtype: ActorSubtype | null;
  country: string | null;
  coordinates: { lat: number; lon: number } | null;
}

/** A lexicon ready to match: one pattern for every name and alias, longest first. */
export interface UserLexicon {
  pattern: RegExp | null;
  byName: Map<string, LexiconEntry>;
  ignore: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileLexicon(file: UserLexiconFile): UserLexicon {
  const byName = new Map<string, LexiconEntry>();
  for (const a of file.actors) {
    const entry: LexiconEntry = { kind: "actor", name: a.name, type: a.type, subtype: a.subtype ?? null, country: null, coordinates: null };
    for (const n of [a.name, ...a.aliases]) byName.set(n, entry);
  }
  for (const p of file.places) {
    const entry: LexiconEntry = { kind: "place", name: p.name, type: p.type, subtype: null, country: p.country ?? null, coordinates: p.coordinates ?? null };
    for (const n of [p.name, ...p.aliases]) byName.set(n, entry);
  }
  const length = [...byName.keys()].reduce((sum, n) => sum + n.length, 0);
  if (length > MAX_NAMES_LENGTH) {
    throw new LexiconTooLarge(`its names and aliases hold ${length.toLocaleString("en")} characters in all, more than ${MAX_NAMES_LENGTH.toLocaleString("en")}; keep to the names you watch for`);
  }
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  // whole words only: `Hamas` but not `Hamastan`
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
  // V8 compiles a pattern when it first runs: a pattern too large to compile fails here, once, not on every article
  try {
    pattern?.test("");
  } catch {
    // SyntaxError: Regular expression too large
    throw new LexiconTooLarge("its names make a pattern too large to compile; keep to the names you watch for");
  }
  return { pattern, byName, ignore: new Set(file.ignore) };
}

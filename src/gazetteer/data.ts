// The build-time indexes (scripts/build-data.ts), read on first use and searched as read
// (sorted-lines.ts): a short run looks up a few dozen names and never pays for parsing 25,000.
import { readFileSync } from "node:fs";
import { memoise } from "../memo.js";
import { placeKey } from "./key.js";
import { SortedLines } from "./sorted-lines.js";

/** [name, type, country, lat, lon, population] */
export type GazetteerEntry = [string, string, string, number, number, number];

/** The other country a shared name may mean (`Congo`: DR Congo beside the Republic of the Congo). */
export interface AlternateCountry {
  country: string;
  name: string;
  coordinates: { lat: number; lon: number };
}

export type Lexicon = Record<"FirstName" | "MaleName" | "FemaleName" | "LastName" | "Honorific" | "Actor" | "Organization" | "Demonym" | "Region" | "Person" | "common", string[]>;

// src/gazetteer and dist/bundle are both two levels below the project root
const DATA = new URL("../../data/", import.meta.url);

function read(file: string): Buffer {
  try {
    return readFileSync(new URL(file, DATA));
  } catch {
    throw new Error(`data/${file} is missing: run 'npm run build' first`);
  }
}

/** An index and the line starts stored beside it (`FILE.starts`). */
const open = (file: string): SortedLines => new SortedLines(read(file), SortedLines.readStarts(read(`${file}.starts`)));

let places: SortedLines | null = null;

/** A gazetteer line's value: name, type, country, lat, lon, population, tab-separated, and for a name two countries share, the other's `CODE:name:lat:lon`. */
function entryOf(value: string | null): { entry: GazetteerEntry; alternate: AlternateCountry | null } | null {
  if (value === null) return null;
  const [name, type, country, lat, lon, population, other] = value.split("\t") as [string, string, string, string, string, string, string?];
  const [code = "", otherName = "", otherLat = "", otherLon = ""] = other?.split(":") ?? [];
  const alternate = other ? { country: code, name: otherName, coordinates: { lat: Number(otherLat), lon: Number(otherLon) } } : null;
  return { entry: [name, type, country, Number(lat), Number(lon), Number(population)], alternate };
}

const placeByKey = memoise((key: string) => entryOf((places ??= open("places.tsv")).find(key)));

export function lookupPlace(name: string): GazetteerEntry | null {
  return placeByKey(placeKey(name))?.entry ?? null;
}

/** The other country that `name` may mean, when two share it; null for most names. */
export function alternateCountry(name: string): AlternateCountry | null {
  return placeByKey(placeKey(name))?.alternate ?? null;
}

let demonyms: Map<string, string> | null = null;

const demonymTable = (): Map<string, string> => (demonyms ??= new Map(Object.entries(JSON.parse(read("demonyms.json").toString("utf8")) as Record<string, string>)));

/** `Syrian` -> `SY` */
export function demonymCountry(word: string): string | null {
  return demonymTable().get(word.toLowerCase()) ?? null;
}

let demonymsByCountry: Map<string, string> | null = null;

/** `SY` -> `Syrian` */
export function countryDemonym(country: string): string | null {
  if (!demonymsByCountry) {
    demonymsByCountry = new Map();
    for (const [word, code] of demonymTable()) if (!demonymsByCountry.has(code)) demonymsByCountry.set(code, word.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase()));
  }
  return demonymsByCountry.get(country) ?? null;
}

/** The lists of the lexicon, in the order of their bits in `lexiconLists`. */
const LISTS = ["FirstName", "MaleName", "FemaleName", "LastName", "Honorific", "Actor", "Organization", "Demonym", "Region", "Person", "common"] as const satisfies ReadonlyArray<keyof Lexicon>;

/** The bit of each list in the answer of `lexiconLists`. */
export const LIST_BIT = Object.fromEntries(LISTS.map((list, k) => [list, 1 << k])) as Record<keyof Lexicon, number>;

let lexicon: SortedLines | null = null;

/** Every list a lower-case word is on, as bits (LIST_BIT): one lookup for all of them. */
export const lexiconLists = memoise((lower: string): number => {
  const bits = (lexicon ??= open("lexicon.tsv")).find(lower);
  return bits === null ? 0 : Number(bits);
});

export function inLexicon(list: keyof Lexicon, word: string): boolean {
  return (lexiconLists(word.toLowerCase()) & LIST_BIT[list]) !== 0;
}

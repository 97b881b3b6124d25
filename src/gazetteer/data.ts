// The build-time indexes (scripts/build-data.ts), read once, on first use.
import { readFileSync } from "node:fs";
import { placeKey } from "./key.js";

/** [name, type, country, lat, lon, population] */
export type GazetteerEntry = [string, string, string, number, number, number];

interface Gazetteer {
  places: Record<string, GazetteerEntry>;
  demonyms: Record<string, string>;
}

export type Lexicon = Record<"FirstName" | "MaleName" | "FemaleName" | "LastName" | "Honorific" | "Actor" | "Organization" | "Demonym" | "Region" | "Person" | "common", string[]>;

// src/gazetteer and dist/gazetteer are both two levels below the project root
const DATA = new URL("../../data/", import.meta.url);

function load<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(new URL(file, DATA), "utf8")) as T;
  } catch {
    throw new Error(`data/${file} is missing: run 'npm run build' first`);
  }
}

let gazetteer: Gazetteer | null = null;

// the tables are parsed JSON objects, asked for names from the text: only their own keys count, or
// `Fighting broke out in Constructor` would find Object's own `constructor` (and threw)
const own = <T>(table: Record<string, T>, key: string): T | null => (Object.hasOwn(table, key) ? table[key]! : null);

export function lookupPlace(name: string): GazetteerEntry | null {
  gazetteer ??= load<Gazetteer>("gazetteer.json");
  return own(gazetteer.places, placeKey(name));
}

/** `Syrian` -> `SY` */
export function demonymCountry(word: string): string | null {
  gazetteer ??= load<Gazetteer>("gazetteer.json");
  return own(gazetteer.demonyms, word.toLowerCase());
}

let demonymsByCountry: Map<string, string> | null = null;

/** `SY` -> `Syrian` */
export function countryDemonym(country: string): string | null {
  gazetteer ??= load<Gazetteer>("gazetteer.json");
  if (!demonymsByCountry) {
    demonymsByCountry = new Map();
    for (const [word, code] of Object.entries(gazetteer.demonyms)) if (!demonymsByCountry.has(code)) demonymsByCountry.set(code, word.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase()));
  }
  return demonymsByCountry.get(country) ?? null;
}

/** The lists of the lexicon, in the order of their bits in `lexiconLists`. */
const LISTS = ["FirstName", "MaleName", "FemaleName", "LastName", "Honorific", "Actor", "Organization", "Demonym", "Region", "Person", "common"] as const satisfies ReadonlyArray<keyof Lexicon>;

/** The bit of each list in the answer of `lexiconLists`. */
export const LIST_BIT = Object.fromEntries(LISTS.map((list, k) => [list, 1 << k])) as Record<keyof Lexicon, number>;

let listsByWord: Map<string, number> | null = null;

/** Every list a lower-case word is on, as bits (LIST_BIT): one lookup for all of them. */
export function lexiconLists(lower: string): number {
  if (!listsByWord) {
    const raw = load<Lexicon>("lexicon.json");
    listsByWord = new Map();
    for (const list of LISTS) for (const word of raw[list]) listsByWord.set(word, (listsByWord.get(word) ?? 0) | LIST_BIT[list]);
  }
  return listsByWord.get(lower) ?? 0;
}

export function inLexicon(list: keyof Lexicon, word: string): boolean {
  return (lexiconLists(word.toLowerCase()) & LIST_BIT[list]) !== 0;
}

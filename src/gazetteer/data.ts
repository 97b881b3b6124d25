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

let lexiconSets: Map<keyof Lexicon, Set<string>> | null = null;

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

export function inLexicon(list: keyof Lexicon, word: string): boolean {
  if (!lexiconSets) {
    const raw = load<Lexicon>("lexicon.json");
    lexiconSets = new Map((Object.keys(raw) as Array<keyof Lexicon>).map((k) => [k, new Set(raw[k])]));
  }
  return lexiconSets.get(list)?.has(word.toLowerCase()) ?? false;
}

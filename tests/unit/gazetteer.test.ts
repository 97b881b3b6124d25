// gazetteer: transliteration variants meet on one key; places carry country and coordinates
import { describe, expect, it } from "vitest";
import { demonymCountry, lookupPlace } from "../../src/gazetteer/data.js";
import { placeKey } from "../../src/gazetteer/key.js";
import { SortedLines } from "../../src/gazetteer/sorted-lines.js";

describe("gazetteer: placeKey", () => {
  it.each([
    ["Ar Raqqah", "Raqqa"],
    ["Deir ez-Zor", "Deir al-Zor"],
    ["Dayr az Zawr", "Deir ez-Zor"],
    ["Al Mayādīn", "al-Mayadin"],
    ["Ma‘arrat an Nu‘man", "Maarat al-Numan"],
    ["Nouakchott", "Nuakchott"],
  ])("%s = %s", (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b));
  });

  it.each([
    ["Raqqa", "Mosul"],
    ["Homs", "Hama"],
  ])("%s != %s", (a, b) => {
    expect(placeKey(a)).not.toBe(placeKey(b));
  });
});

describe("gazetteer: lookup", () => {
  it.each([
    // [name, type, country, lat, lon]
    ["Raqqa", "city", "SY", 35.95, 39.01],
    ["Baghdad", "city", "IQ", 33.34, 44.4],
    ["Syria", "country", "SY", 35, 38],
    ["US", "country", "US", 38, -97],
    // `Republic of Turkey` without its form of state (world-countries' common name is `Türkiye`)
    ["Turkey", "country", "TR", 39, 35],
    // `UAE` keys as `UA` (ae -> a): Ukraine's code no longer takes it
    ["UAE", "country", "AE", 24, 54],
    // English names (city-timezones) beside GeoNames' own (`Genève`): not Geneva, Illinois
    ["Geneva", "city", "CH", 46.21, 6.14],
    ["Cologne", "city", "DE", 50.93, 6.95],
    ["Tal Afar", "city", "IQ", 36.38, 42.45],
    // `Washington, D.C.` is also `Washington`, the largest of that name
    ["Washington", "city", "US", 38.9, -77.04],
  ])("%s", (name, type, country, lat, lon) => {
    const entry = lookupPlace(name);
    expect(entry?.[1]).toBe(type);
    expect(entry?.[2]).toBe(country);
    expect(entry?.[3]).toBeCloseTo(lat, 1);
    expect(entry?.[4]).toBeCloseTo(lon, 1);
  });

  it.each([
    // first-level regions (country-region-data), with no point: `Florida` was a town in Cuba
    ["Florida", "US"],
    ["Michigan", "US"],
    ["Anbar", "IQ"],
    ["Punjab", "IN"],
  ])("%s is a region of %s", (name, country) => {
    expect(lookupPlace(name)?.slice(1, 3)).toEqual(["region", country]);
  });

  it.each([
    // a country, a city of the region's own country, or a city of half a million keeps its name
    ["Georgia", "country"],
    ["New York", "city"],
    ["Idlib", "city"],
  ])("%s stays a %s", (name, type) => {
    expect(lookupPlace(name)?.[1]).toBe(type);
  });

  // names of Object's own properties, which an object lookup would answer with a function
  // `The` and `Al` key to nothing (articles are dropped): an empty key once found a country
  it.each(["Units", "However", "Xqzzy", "Constructor", "__proto__", "toString", "The", "Al", "", "'"])("%s is no place", (name) => {
    expect(lookupPlace(name)).toBeNull();
  });

  it.each(["Constructor", "__proto__", "hasOwnProperty"])("%s is no demonym", (word) => {
    expect(demonymCountry(word)).toBeNull();
  });
});

describe("gazetteer: sorted lines, searched as read", () => {
  const index = new SortedLines(SortedLines.write([["raqqa", "a"], ["", "empty"], ["al bab", "b\tc"], ["zz", "last"], ["Á", "accent"]]));
  it.each([
    ["raqqa", "a"],
    ["", "empty"],
    ["al bab", "b\tc"],
    ["zz", "last"],
    ["Á", "accent"],
    ["raqq", null],
    ["raqqaa", null],
    ["a", null],
    ["zzz", null],
  ])("%j -> %j", (key, value) => {
    expect(index.find(key)).toBe(value);
  });

  it("line starts stored at build time find what a scan finds", () => {
    const text = SortedLines.write([["raqqa", "a"], ["al bab", "b"], ["Á", "accent"]]);
    const stored = new SortedLines(Buffer.from(text), SortedLines.readStarts(SortedLines.lineStarts(text)));
    for (const key of ["raqqa", "al bab", "Á", "zz", ""]) expect(stored.find(key)).toBe(new SortedLines(text).find(key));
  });

  it("an empty index finds nothing", () => {
    expect(new SortedLines("").find("x")).toBeNull();
  });

  it("a last line without its line end is still read", () => {
    expect(new SortedLines("a\t1\nb\t2").find("b")).toBe("2");
  });

  it.each([
    [[["a\tb", "1"]], /tab or a line end/],
    [[["a", "1\n"]], /tab or a line end/],
    [[["a", "1"], ["a", "2"]], /twice/],
  ] as [[string, string][], RegExp][])("write refuses %j", (entries, error) => {
    expect(() => SortedLines.write(entries)).toThrow(error);
  });
});

// gazetteer: transliteration variants meet on one key; places carry country and coordinates
import { describe, expect, it } from "vitest";
import { demonymCountry, lookupPlace } from "../src/gazetteer/data.js";
import { placeKey } from "../src/gazetteer/key.js";

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
  ])("%s", (name, type, country, lat, lon) => {
    const entry = lookupPlace(name);
    expect(entry?.[1]).toBe(type);
    expect(entry?.[2]).toBe(country);
    expect(entry?.[3]).toBeCloseTo(lat, 1);
    expect(entry?.[4]).toBeCloseTo(lon, 1);
  });

  // names of Object's own properties, which an object lookup would answer with a function
  it.each(["Units", "However", "Xqzzy", "Constructor", "__proto__", "toString"])("%s is no place", (name) => {
    expect(lookupPlace(name)).toBeNull();
  });

  it.each(["Constructor", "__proto__", "hasOwnProperty"])("%s is no demonym", (word) => {
    expect(demonymCountry(word)).toBeNull();
  });
});

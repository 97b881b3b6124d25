// entities: capitalised words that name nothing
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

describe("entities: negative cases", () => {
  it.each([
    "However, the talks went on.",
    "Units of the army moved north.",
    "Commanders directing the battle were cautious.",
    "Now it is hemmed into a small area.",
    "The group has lost most of its territory.",
    "For three years nothing changed.",
    "On Sunday the market reopened.",
    "A Syrian military source described the advance.",
    "Kurdish and Shiite fighters joined.",
    // a title before a word that names no one
    "It's too late, Mr. President, he told the crowd.",
    "The union's Secretary General resigned.",
    "He was Prime Minister from 1947 to 1948.",
    "SOCCER - RUSSIAN PREMIER DIVISION RESULTS",
    // initials that name a thing or an office, not an actor
    "He spoke of applying AI at scale.",
    "GDP rose 2% and the CEO said the IPO was delayed.",
    // a compass word before a people's adjective or a faith names no region
    "Western European leaders met Eastern Orthodox priests.",
  ])("%s -> no actor, no place", (text) => {
    const result = parseArticle(text, { date: "2020-05-01" });
    expect(result.actors.map((a) => a.name)).toEqual([]);
    expect(result.places.map((p) => p.name)).toEqual([]);
  });
});

describe("entities: a people's adjective before a name is not a name itself", () => {
  it.each([
    ["The SDF, spearheaded by the Kurdish YPG militia, pressed on.", "Kurdish", "YPG"],
  ])("%s", (text, adjective, name) => {
    const result = parseArticle(text, { date: "2020-05-01" });
    const names = [...result.actors, ...result.places].flatMap((e) => e.mentions.map((m) => m.text));
    expect(names).not.toContain(adjective);
    expect(names).toContain(name);
  });
});

describe("entities: words that are also names of Object's own properties", () => {
  it.each([
    ["Fighting broke out in Constructor, a town near Raqqa.", "Raqqa"],
    ["Officials from Constructor said the Tostring army attacked Raqqa.", "Raqqa"],
  ])("%s -> read like any other word", (text, place) => {
    const result = parseArticle(text, { date: "2020-05-01" });
    expect(result.places.map((p) => p.name)).toContain(place);
  });
});

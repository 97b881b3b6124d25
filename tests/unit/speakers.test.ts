// refine/speakers: quotes from the real extractor, entities built by hand (whatever the entity
// stage finds, the refiner works on the Entity type alone).
import { describe, expect, it } from "vitest";
import { emptyDraft, type Doc, type Draft, type Entity, type EntityMention } from "../../src/pipeline/types.js";
import { readDocument } from "../../src/read/document.js";
import { linkSpeakers } from "../../src/refine/speakers.js";
import { extractedQuotes } from "./quote-stages.js";
import type { ActorType, PlaceType } from "../../src/schema.js";

/** [name, kind, type, surface forms]: every occurrence of each surface form is a mention. */
type Given = [string, "actor" | "place", ActorType | PlaceType, string[]];
interface Linked {
  name: string;
  mention: string | null;
  entity: string | null;
}

function entity(doc: Doc, [name, kind, type, surfaces]: Given): Entity {
  const mentions: EntityMention[] = surfaces.flatMap((surface) =>
    [...doc.raw.matchAll(new RegExp(surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => ({
      start: m.index,
      end: m.index + surface.length,
      text: surface,
      source: "test",
      evidence: "lexicon" as const,
      kind,
      type,
      subtype: null,
      canonical: null,
      country: null,
      coordinates: null,
      roles: [],
    })),
  );
  return { kind, name, type, subtype: null, country: null, coordinates: null, aliases: [], roles: [], mentions };
}

function linked(text: string, given: Given[]): Linked[] {
  const doc = readDocument(text, { date: "2017-10-08" });
  const draft: Draft = { ...emptyDraft(), quotes: extractedQuotes(doc), entities: given.map((g) => entity(doc, g)) };
  return linkSpeakers(draft, doc).quotes.map(({ speaker }) => ({
    name: speaker?.name ?? "",
    mention: speaker?.mention?.text ?? null,
    entity: speaker?.entity == null ? null : draft.entities[speaker.entity]!.name,
  }));
}

const person = (name: string, ...surfaces: string[]): Given => [name, "actor", "person", surfaces.length ? surfaces : [name]];
const organization = (name: string, ...surfaces: string[]): Given => [name, "actor", "organization", surfaces.length ? surfaces : [name]];
const place = (name: string, ...surfaces: string[]): Given => [name, "place", "city", surfaces.length ? surfaces : [name]];
const to = (name: string, mention: string | null, entity: string | null): Linked => ({ name, mention, entity });

const ROWS: Array<[string, string, Given[], Linked[]]> = [
  [
    "a relative pronoun names the actor before it",
    "The vote was run by the Central Election Commission, which said 1.6 million voters had cast ballots.",
    [organization("Central Election Commission")],
    [to("Central Election Commission", "which", "Central Election Commission")],
  ],
  [
    "the mention is the actor's name",
    "Ardal Raqqa, a field commander in the army, told Reuters that the assault would begin soon.",
    [person("Ardal Raqqa"), organization("army")],
    [to("Ardal Raqqa", "Ardal Raqqa", "Ardal Raqqa")],
  ],
  [
    "a title before the name",
    "Syrian President Bashar al-Assad said that the war was almost over.",
    [person("Bashar al-Assad"), place("Syria", "Syrian")],
    [to("Bashar al-Assad", "Syrian President Bashar al-Assad", "Bashar al-Assad")],
  ],
  [
    "an alias of the actor",
    "The Syrian Democratic Forces (SDF) took the dam. The SDF said that the town had fallen.",
    [organization("Syrian Democratic Forces", "Syrian Democratic Forces", "SDF")],
    [to("Syrian Democratic Forces", "The SDF", "Syrian Democratic Forces")],
  ],
  [
    "an actor inside a modifier is not the speaker",
    "A commander in the Syrian Democratic Forces said that the offensive had stalled.",
    [organization("Syrian Democratic Forces")],
    [to("A commander in the Syrian Democratic Forces", "A commander in the Syrian Democratic Forces", null)],
  ],
  [
    "an unnamed source stays a description",
    "A Syrian military source said that the town had been encircled.",
    [place("Syria", "Syrian")],
    [to("A Syrian military source", "A Syrian military source", null)],
  ],
  [
    "role, then the name in an appositive",
    "The spokeswoman for the campaign in Raqqa, Jihan Sheikh Ahmad, said that the city would fall within days.",
    [place("Raqqa"), person("Jihan Sheikh Ahmad")],
    [to("Jihan Sheikh Ahmad", "Jihan Sheikh Ahmad", "Jihan Sheikh Ahmad")],
  ],
  [
    "inverted description, then the name in an appositive",
    '"We are ready," said the spokeswoman, Maria Lopez.',
    [person("Maria Lopez")],
    [to("Maria Lopez", "Maria Lopez", "Maria Lopez")],
  ],
  [
    "he: the nearest person before it",
    'Ali Hassan visited the front on Monday.\n\n"We are ready for the assault," he said.',
    [person("Ali Hassan")],
    [to("Ali Hassan", "he", "Ali Hassan")],
  ],
  [
    "she: not a person named inside the quote itself",
    'Maria Lopez spoke to the army on Monday. "John Smith will lead the assault," she said.',
    [person("Maria Lopez"), person("John Smith"), organization("army")],
    [to("Maria Lopez", "she", "Maria Lopez")],
  ],
  [
    "it: the nearest organization, not a person",
    "Ali Hassan met officials of the ministry on Sunday. It said that the border would stay closed.",
    [person("Ali Hassan"), organization("Interior Ministry", "ministry")],
    [to("Interior Ministry", "It", "Interior Ministry")],
  ],
  [
    "a pronoun with no compatible actor stays a pronoun",
    '"We are ready for the assault," he said.',
    [organization("army")],
    [to("he", "he", null)],
  ],
  [
    "places are never speakers",
    "Raqqa said that the siege would end.",
    [place("Raqqa")],
    [to("Raqqa", "Raqqa", null)],
  ],
];

describe("refine/speakers", () => {
  it.each(ROWS)("%s", (_label, text, given, expected) => {
    expect(linked(text, given)).toEqual(expected);
  });

  it.each([
    ["no entities", "The minister said that the talks had failed.", []],
    ["no quotes", "The army took the town on Sunday.", [organization("army")]],
  ] as Array<[string, string, Given[]]>)("leaves the draft as it is: %s", (_label, text, given) => {
    const doc = readDocument(text, { date: "2017-10-08" });
    const draft: Draft = { ...emptyDraft(), quotes: extractedQuotes(doc), entities: given.map((g) => entity(doc, g)) };
    expect(linkSpeakers(draft, doc).quotes).toEqual(draft.quotes);
  });
});

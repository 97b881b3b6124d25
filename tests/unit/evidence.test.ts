// refine/overlaps and refine/aliases rank mentions by their evidence, never by the text of their
// source tag: each row runs with the producers' tags, with the tags swapped between mentions, and
// with tags that say nothing, and must give the same result every time. The date passes that
// resolve one date against another read typed fields too.
import { describe, expect, it } from "vitest";
import { resolveAnaphora } from "../../src/extract/dates/anaphora.js";
import type { Candidate } from "../../src/extract/dates/candidate.js";
import { resolveFollowingPeriods } from "../../src/extract/dates/following-periods.js";
import { emptyDraft, type Doc, type EntityMention, type Evidence } from "../../src/pipeline/types.js";
import { readDocument } from "../../src/read/document.js";
import { mergeAliases } from "../../src/refine/aliases.js";
import { resolveOverlaps } from "../../src/refine/overlaps.js";
import type { ActorType, PlaceType } from "../../src/schema.js";

/** [surface, its occurrence in the text (0 = first), kind, type, evidence] */
type Given = [string, number, "actor" | "place", ActorType | PlaceType, Evidence];

const TAGS: Record<Evidence, string> = {
  "user-lexicon": "extract/lexicon:user",
  credit: "extract/credits",
  lexicon: "extract/entities:lexicon",
  title: "extract/entities:title",
  institution: "extract/entities:institution",
  acronym: "extract/entities:acronym",
  lead: "extract/entities:lead",
  head: "extract/entities:head",
  gazetteer: "extract/entities:gazetteer",
  context: "extract/entities:context",
  names: "extract/entities:names",
  shape: "extract/entities:shape",
  surname: "extract/entities:surname",
  tagger: "extract/entities:tagger",
};

const RENAMINGS: Array<[string, (tags: string[]) => string[]]> = [
  ["the producers' tags", (tags) => tags],
  ["tags swapped between mentions", (tags) => [...tags].reverse()],
  ["tags that say nothing", (tags) => tags.map((_, k) => `renamed/${k}`)],
];

function mentionsOf(doc: Doc, given: Given[], rename: (tags: string[]) => string[]): EntityMention[] {
  const sources = rename(given.map(([, , , , evidence]) => TAGS[evidence]));
  return given.map(([surface, occurrence, kind, type, evidence], k) => {
    let start = -1;
    for (let n = 0; n <= occurrence; n++) start = doc.raw.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`no ${surface} in the text`);
    const end = start + surface.length;
    return { start, end, text: surface, source: sources[k]!, evidence, kind, type, subtype: null, canonical: null, country: null, coordinates: null, roles: [] };
  });
}

const OVERLAPS: Array<[string, string, Given[], string[]]> = [
  [
    "the analyst's lexicon outranks a longer reading",
    "Erik De Castro said so.",
    [["Erik De Castro", 0, "actor", "person", "shape"], ["De Castro", 0, "actor", "organization", "user-lexicon"]],
    ["De Castro user-lexicon"],
  ],
  [
    "a credit outranks a capitalised run across it",
    "A photo (Reuters/Erik De Castro) of the dam.",
    [["Reuters/Erik", 0, "actor", "organization", "tagger"], ["Reuters", 0, "actor", "organization", "credit"]],
    ["Reuters credit"],
  ],
  [
    "a name's shape yields to the gazetteer",
    "Crystal Palace lost.",
    [["Crystal Palace", 0, "actor", "person", "shape"], ["Palace", 0, "place", "city", "gazetteer"]],
    ["Palace gazetteer"],
  ],
  [
    "of two readings alike in rank, the longer",
    "Islamic State fighters fled.",
    [["Islamic State", 0, "actor", "organization", "lexicon"], ["State", 0, "place", "other", "tagger"]],
    ["Islamic State lexicon"],
  ],
  [
    "a place inside an institution stays",
    "Syria's army advanced.",
    [["Syria's army", 0, "actor", "organization", "institution"], ["Syria", 0, "place", "country", "gazetteer"]],
    ["Syria's army institution", "Syria gazetteer"],
  ],
];

const VOTES: Array<[string, string, Given[], string]> = [
  [
    "the gazetteer's type outweighs two readings by the name lists",
    "Jordan met Jordan in Jordan.",
    [["Jordan", 0, "place", "region", "names"], ["Jordan", 1, "place", "region", "names"], ["Jordan", 2, "place", "country", "gazetteer"]],
    "country",
  ],
  [
    "two readings by the words around outweigh one by the name lists",
    "Raqqa fell; the city of Raqqa, Raqqa province.",
    [["Raqqa", 0, "place", "region", "names"], ["Raqqa", 1, "place", "city", "context"], ["Raqqa", 2, "place", "city", "head"]],
    "city",
  ],
];

describe("refine/overlaps ranks by evidence", () => {
  for (const [label, text, given, expected] of OVERLAPS) {
    for (const [renaming, rename] of RENAMINGS) {
      it(`${label}, with ${renaming}`, () => {
        const doc = readDocument(text);
        const draft = { ...emptyDraft(), mentions: mentionsOf(doc, given, rename) };
        expect(resolveOverlaps(draft, doc).mentions.map((m) => `${m.text} ${m.evidence}`)).toEqual(expected);
      });
    }
  }
});

describe("refine/aliases trusts by evidence", () => {
  for (const [label, text, given, expected] of VOTES) {
    for (const [renaming, rename] of RENAMINGS) {
      it(`${label}, with ${renaming}`, () => {
        const doc = readDocument(text);
        const draft = { ...emptyDraft(), mentions: mentionsOf(doc, given, rename) };
        expect(mergeAliases(draft, doc).entities.map((e) => e.type)).toEqual([expected]);
      });
    }
  }
});

const date = (value: string | null, source: string, extra: Partial<Candidate> = {}): Candidate => ({ start: 0, end: 1, type: "DATE", value, mod: null, source, ...extra });

// [label, resolve, the earlier date, the date resolved against it, its value]
const RESOLVED: Array<[string, (dates: Candidate[]) => Candidate[], Candidate, Partial<Candidate>, string]> = [
  ["`the quarter` takes the last quarter written", (ds) => resolveAnaphora(ds, "", () => 0), date("2017-Q3", "quarter"), { value: "2017-Q2", anaphora: "quarter" }, "2017-Q3"],
  ["`the year-earlier quarter` is that quarter a year back", (ds) => resolveAnaphora(ds, "", () => 0), date("2017-Q3", "quarter"), { value: "2016-Q2", anaphora: "year-before" }, "2016-Q3"],
  ["`the following year` counts from the date before it", resolveFollowingPeriods, date("1995-05-22", "chrono/casual"), { value: null, following: { unit: "year", shift: 1, partOfDay: "" } }, "1996"],
  ["`that night` is the night of the day before it", resolveFollowingPeriods, date("1995-08-03", "chrono/casual"), { type: "TIME", value: null, following: { unit: "day", shift: 0, partOfDay: "TNI" } }, "1995-08-03TNI"],
];

describe("the date passes resolve by typed fields", () => {
  for (const [label, resolve, earlier, later, expected] of RESOLVED) {
    for (const source of ["anaphora/quarter", "following-period", "renamed"]) {
      it(`${label}, tagged ${source}`, () => {
        expect(resolve([earlier, date(null, source, later)])[1]!.value).toBe(expected);
      });
    }
  }
});

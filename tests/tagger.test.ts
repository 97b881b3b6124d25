// tagger: the averaged perceptron learns a small hand-written sample, deterministically; models
// survive a save and a load; the trained model reads names in sentences the team wrote.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../src/read/document.js";
import { readConll } from "../src/tagger/corpus.js";
import { tagNames } from "../src/tagger/decode.js";
import { loadModel, saveModel } from "../src/tagger/model-file.js";
import { findNames } from "../src/tagger/names.js";
import { bilouFromSpans, spansFromBilou, spansFromIob } from "../src/tagger/scheme.js";
import { tokenize } from "../src/tagger/tokenize.js";
import { scoreNames, trainNames } from "../src/tagger/train.js";

const sample = readConll(readFileSync(join(import.meta.dirname, "data", "tagger", "sample.conll"), "utf8"));
const train = () => trainNames(sample, { epochs: 8, seed: 7 });

describe("tagger: tokens cut as CoNLL cuts them", () => {
  it.each([
    ["Troops entered al-Mayadin.", ["Troops", "entered", "al-Mayadin", "."]],
    ["Lebanon's Hezbollah", ["Lebanon", "'s", "Hezbollah"]],
    ["the U.S.-backed forces", ["the", "U.S.-backed", "forces"]],
    ["He doesn't know Mr. Smith.", ["He", "does", "n't", "know", "Mr.", "Smith", "."]],
    ["(Reuters/Erik De Castro)", ["(", "Reuters", "/", "Erik", "De", "Castro", ")"]],
    ["1,000 people on 1996-08-22", ["1,000", "people", "on", "1996-08-22"]],
  ])("%s", (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });
});

describe("tagger: tag schemes", () => {
  it.each([
    // [IOB tags as CoNLL writes them, BILOU]
    [["I-PER", "I-PER", "O", "I-LOC"], ["B-PER", "L-PER", "O", "U-LOC"]],
    [["I-ORG", "I-ORG", "B-ORG", "O"], ["B-ORG", "L-ORG", "U-ORG", "O"]],
    [["B-MISC", "I-MISC", "I-MISC"], ["B-MISC", "I-MISC", "L-MISC"]],
  ])("%j -> %j", (iob, bilou) => {
    expect(bilouFromSpans(iob.length, spansFromIob(iob))).toEqual(bilou);
  });

  it.each([
    // [ill-formed BILOU from the unconstrained decoder, spans]
    [["B-PER", "O"], [{ first: 0, last: 1, type: "PER" }]],
    [["B-ORG", "L-LOC"], [{ first: 0, last: 2, type: "ORG" }]],
    [["U-LOC", "L-LOC"], [{ first: 0, last: 1, type: "LOC" }, { first: 1, last: 2, type: "LOC" }]],
  ])("%j -> %j", (bilou, spans) => {
    expect(spansFromBilou(bilou)).toEqual(spans);
  });
});

describe("tagger: training", () => {
  it.each([["all four types"], ["PER+ORG+LOC"]])("learns the sample it was trained on (%s)", (which) => {
    const types = which === "all four types" ? undefined : ["PER", "ORG", "LOC"];
    expect(scoreNames(sample, train(), types).f1).toBe(1);
  });

  it("gives the same weights on two runs with one seed", () => {
    const [a, b] = [train(), train()];
    expect(a.keys.length).toBeGreaterThan(0);
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it("reads back what it saved, and tags the same", () => {
    const model = train();
    const file = join(mkdtempSync(join(tmpdir(), "newsparse-tagger-")), "names.bin");
    saveModel(model, file);
    const loaded = loadModel(file);
    expect(loaded.labels).toEqual(model.labels);
    expect(Array.from(loaded.keys)).toEqual(Array.from(model.keys));
    expect(Array.from(loaded.weights)).toEqual(Array.from(model.weights));
    const words = sample.map((article) => article.map((s) => s.words));
    expect(words.map((w) => tagNames(w, loaded))).toEqual(words.map((w) => tagNames(w, model)));
  });
});

describe("tagger: the trained model on sentences the team wrote", () => {
  it.each([
    ["Fighting spread from Deir al-Zor to al-Mayadin on Sunday.", [["Deir al-Zor", "LOC"], ["al-Mayadin", "LOC"]]],
    ["Prime Minister Theresa May met Angela Merkel in Berlin.", [["Theresa May", "PER"], ["Angela Merkel", "PER"], ["Berlin", "LOC"]]],
    ["The Ministry of Defence said rebels fired a missile at Riyadh.", [["Ministry of Defence", "ORG"], ["Riyadh", "LOC"]]],
    ["Hezbollah leader Hassan Nasrallah spoke from Beirut.", [["Hezbollah", "ORG"], ["Hassan Nasrallah", "PER"], ["Beirut", "LOC"]]],
    ["Reuters reported that Apple shares fell in New York.", [["Reuters", "ORG"], ["Apple", "ORG"], ["New York", "LOC"]]],
    ["However, the talks went on.", []],
  ])("%s", (text, expected) => {
    const doc = readDocument(text, { date: "2017-10-08" });
    expect(findNames(doc).map((n) => [doc.raw.slice(n.start, n.end), n.type])).toEqual(expected);
  });
});

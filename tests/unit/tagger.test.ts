// tagger: the averaged perceptron learns a small hand-written sample, deterministically; models
// survive a save and a load; the trained model reads names in sentences the team wrote.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/read/document.js";
import { readConll } from "../../training/corpus.js";
import { casesOf, DocumentContext } from "../../src/tagger/context.js";
import { tagNames, tagSequence } from "../../src/tagger/decode.js";
import { nameFeatures, nameLabelFeatures, prepare, wordFeatures } from "../../src/tagger/features.js";
import { posFeatures, posLabelFeatures, posWordFeatures } from "../../src/tagger/pos.js";
import { loadModel, saveModel } from "../../src/tagger/model-file.js";
import { bilouFromSpans, NAME_LABELS, spansFromBilou, spansFromIob } from "../../src/tagger/scheme.js";
import { sentencesOf, tokenize } from "../../src/tagger/tokenize.js";
import { posLabels, prepareArticles, scoreNames, scorePos, trainArticleNames, trainNames, trainPos } from "../../training/train.js";

const sample = prepareArticles(readConll(readFileSync(join(import.meta.dirname, "..", "data", "tagger", "sample.conll"), "utf8")));
const train = () => trainNames(sample, { epochs: 8, seed: 7 });

describe("tagger: tokens cut as CoNLL cuts them", () => {
  it.each([
    ["Troops entered al-Mayadin.", ["Troops", "entered", "al-Mayadin", "."]],
    ["Lebanon's Hezbollah", ["Lebanon", "'s", "Hezbollah"]],
    ["the U.S.-backed forces", ["the", "U.S.-backed", "forces"]],
    ["He doesn't know Mr. Smith.", ["He", "does", "n't", "know", "Mr.", "Smith", "."]],
    ["(Reuters/Erik De Castro)", ["(", "Reuters", "/", "Erik", "De", "Castro", ")"]],
    ["1,000 people on 1996-08-22", ["1,000", "people", "on", "1996-08-22"]],
    ["It ran on cnn.com.", ["It", "ran", "on", "cnn.com", "."]],
    ["at 5 a.m. in the U.S.", ["at", "5", "a.m.", "in", "the", "U.S."]],
  ])("%s", (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });
});

describe("tagger: sentences", () => {
  it.each([
    ['He said "go." Then he left.', ['He said "go."', "Then he left."]],
    ["Mr. Smith met U.S. envoys. They talked.", ["Mr. Smith met U.S. envoys.", "They talked."]],
    ["Attacks rose in the U.S. He says more will come.", ["Attacks rose in the U.S.", "He says more will come."]],
    ["The U.S. Army and U.N. officials met.", ["The U.S. Army and U.N. officials met."]],
    ["RAQQA, Syria\nFighting went on (in 2017.) Why?", ["RAQQA, Syria", "Fighting went on (in 2017.)", "Why?"]],
    ["Sen. Rand Paul (R-Ky.) said nothing. He left.", ["Sen. Rand Paul (R-Ky.) said nothing.", "He left."]],
    ["Talks ended (in Geneva.) and the envoys left.", ["Talks ended (in Geneva.) and the envoys left."]],
    ["It was first reported by ouest-france.fr. They said more.", ["It was first reported by ouest-france.fr.", "They said more."]],
  ])("%s", (text, expected) => {
    expect(sentencesOf(text).map((s) => text.slice(s[0]!.start, s[s.length - 1]!.end))).toEqual(expected);
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

  it.each([[sample.length]])("learns the part-of-speech tags of the %i sample articles it was trained on", () => {
    expect(scorePos(sample, trainPos(sample, posLabels(sample), { epochs: 8, seed: 7 }))).toBe(1);
  });

  it.each([["all four types"], ["PER+ORG+LOC"]])("the second pass over the article learns the sample from the first pass's labels (%s)", (which) => {
    const types = which === "all four types" ? undefined : ["PER", "ORG", "LOC"];
    const first = train();
    const labels = new Map(sample.map((a) => [a, tagNames(a.views, a.pos, first)]));
    const article = trainArticleNames(sample, labels, { epochs: 8, seed: 7 });
    expect(scoreNames(sample, { first, article }, types).f1).toBe(1);
  });

  it("gives the same weights on two runs with one seed", () => {
    const [a, b] = [train(), train()];
    expect(a.keys.length).toBeGreaterThan(0);
    expect(Array.from(a.keys)).toEqual(Array.from(b.keys));
    expect(Array.from(a.rows)).toEqual(Array.from(b.rows));
    expect(Array.from(a.entries)).toEqual(Array.from(b.entries));
  });

  it("reads back what it saved, and tags the same", () => {
    const model = train();
    const file = join(mkdtempSync(join(tmpdir(), "newsparse-tagger-")), "names.bin");
    saveModel(model, file);
    const loaded = loadModel(file);
    expect(loaded.labels).toEqual(model.labels);
    expect(Array.from(loaded.keys)).toEqual(Array.from(model.keys));
    expect(Array.from(loaded.rows)).toEqual(Array.from(model.rows));
    expect(Array.from(loaded.entries)).toEqual(Array.from(model.entries));
    expect(sample.map((a) => tagNames(a.views, a.pos, loaded))).toEqual(sample.map((a) => tagNames(a.views, a.pos, model)));
  });

  // the model keeps only non-zero weights, packed: its scores must be the sums of its rows, zeros and all
  it.each([
    ["every feature it has", (keys: Uint32Array) => Array.from(keys)],
    ["features it has not, mixed in", (keys: Uint32Array) => Array.from(keys.slice(0, 50)).flatMap((k) => [k, (k ^ 0x5bd1e995) >>> 0 || 1])],
    ["no feature", () => []],
  ])("scores %s as the sums of its weight rows", (_label, pick) => {
    const model = train();
    const c = model.classes;
    const row = new Map(Array.from(model.keys, (k, j) => [k, j]));
    const chosen = pick(model.keys);
    const features = Uint32Array.from(chosen);
    const scores = new Int32Array(c);
    model.score(features, features.length, scores);
    const expected = new Array<number>(c).fill(0);
    for (const key of chosen) {
      const j = row.get(key);
      if (j !== undefined) model.row(j).forEach((w, q) => (expected[q] = expected[q]! + w));
    }
    expect(Array.from(scores)).toEqual(expected);
  });
});

describe("tagger: words without a capital letter skip the name models after a name closes", () => {
  // labels: 0 `O`, 1 `B-PER`, 2 `I-PER`, 3 `L-PER`, 4 `U-PER` (scheme.ts); the scorer below gives each
  // token the label the row wants, and the test sees which tokens were scored at all
  it.each([
    ["The talks in Geneva ended", [0, 1, 1, 0, 1], [0, 0, 0, 4, 0], [0, 3]],
    ["Officials of the Bank of England met", [0, 1, 1, 0, 1, 0, 1], [0, 0, 0, 1, 2, 3, 0], [0, 3, 4, 5]],
    ["de Klerk spoke", [1, 0, 1], [0, 4, 0], [1]],
    ["near al-Mayadin and 1,000 people", [1, 0, 1, 1, 1], [0, 4, 0, 0, 0], [1]],
  ])("%s", (_sentence, plain, wanted, scoredAt) => {
    const scored: number[] = [];
    const scorer = { classes: NAME_LABELS.length, score: (f: Uint32Array, _n: number, out: Int32Array) => void (out[wanted[f[0]!]!] = 1) };
    const labels = tagSequence(plain.length, scorer, (i, _prev, _prev2, out) => (scored.push(i), (out[0] = i), 1), undefined, undefined, { plain: Uint8Array.from(plain) });
    expect(scored).toEqual(scoredAt);
    expect(labels).toEqual(wanted);
  });

  it("the trained models still read every name around the words they skip", () => {
    const text = "Officials of the Bank of England met Syrian President Bashar al-Assad in Damascus on Monday.";
    const doc = readDocument(text, { date: "2017-10-08" });
    expect(doc.analysis.names.map((n) => text.slice(n.start, n.end))).toEqual(["Bank of England", "Syrian", "Bashar al-Assad", "Damascus"]);
  });
});

describe("tagger: a word's own features and the labels' alone, kept apart, are the features the models read", () => {
  // word-scores.ts scores a word's own features once, label-scores.ts those of the two labels before:
  // with the context's, they must be the full set
  const sorted = (a: Uint32Array, n: number) => Array.from(a.subarray(0, n)).sort((x, y) => x - y);
  const joined = (...parts: Array<[Uint32Array, number]>) => parts.flatMap(([a, n]) => Array.from(a.subarray(0, n))).sort((x, y) => x - y);
  it.each([["Syrian President Bashar al-Assad met the delegation in Damascus ."], ["SOCCER - JAPAN GET LUCKY WIN ."]])("%s", (sentence) => {
    const view = prepare(sentence.split(" "));
    const pos = new Uint32Array(view.words.length).fill(7);
    const doc = new DocumentContext(casesOf([view]));
    const [full, context, own, labels] = [new Uint32Array(128), new Uint32Array(128), new Uint32Array(128), new Uint32Array(8)];
    for (let i = 0; i < view.words.length; i++) {
      const n = nameFeatures(view, pos, i, 1, 0, doc, full);
      const c = nameFeatures(view, pos, i, 1, 0, doc, context, true);
      const w = wordFeatures(view.infos[i]!, view.allCaps, own);
      const l = nameLabelFeatures(1, 0, labels);
      expect(joined([context, c], [own, w], [labels, l])).toEqual(sorted(full, n));
      const p = posFeatures(view, i, 2, 1, full);
      const pc = posFeatures(view, i, 2, 1, context, true);
      const pw = posWordFeatures(view.infos[i]!, view.allCaps, own);
      const pl = posLabelFeatures(2, 1, labels);
      expect(joined([context, pc], [own, pw], [labels, pl])).toEqual(sorted(full, p));
    }
  });
});

describe("tagger: the trained model on sentences the team wrote", () => {
  it.each([
    ["Fighting spread from Deir al-Zor to al-Mayadin on Sunday.", [["Deir al-Zor", "LOC"], ["al-Mayadin", "LOC"]]],
    ["Prime Minister Theresa May met Angela Merkel in Berlin.", [["Theresa May", "PER"], ["Angela Merkel", "PER"], ["Berlin", "LOC"]]],
    ["Hezbollah leader Hassan Nasrallah spoke from Beirut.", [["Hezbollah", "ORG"], ["Hassan Nasrallah", "PER"], ["Beirut", "LOC"]]],
    ["Reuters reported that Apple shares fell in New York.", [["Reuters", "ORG"], ["Apple", "ORG"], ["New York", "LOC"]]],
    ["However, the talks went on.", []],
  ])("%s", (text, expected) => {
    const doc = readDocument(text, { date: "2017-10-08" });
    expect(doc.analysis.names.map((n) => [doc.raw.slice(n.start, n.end), n.label])).toEqual(expected);
  });
});

describe("tagger: the trained part-of-speech model", () => {
  it.each([
    ["Troops entered al-Mayadin on Sunday.", "NNS VBD NNP IN NNP ."],
    ["Lebanon's Hezbollah doesn't fight.", "NNP POS NNP VBZ RB VB ."],
    ["The army said 1,000 people fled.", "DT NN VBD CD NNS VBD ."],
  ])("%s", (text, expected) => {
    expect(readDocument(text, { date: "2017-10-08" }).analysis.tokens.map((t) => t.pos).join(" ")).toBe(expected);
  });
});

describe("analysis: one token list, with sentences, for every extractor", () => {
  it.each([
    ["Lebanon's Hezbollah fought. Rebels fled.", [["Lebanon", "'s", "Hezbollah", "fought", "."], ["Rebels", "fled", "."]]],
    ['"We won," he said.\n\nRAQQA, Syria', [['"', "We", "won", ",", '"', "he", "said", "."], ["RAQQA", ",", "Syria"]]],
  ])("%s", (text, sentences) => {
    const { tokens, sentences: found } = readDocument(text, { date: "2017-10-08" }).analysis;
    expect(found.map((s) => tokens.slice(...s.tokens).map((t) => t.text))).toEqual(sentences);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text && t.sentenceStart === (found[t.sentence]!.tokens[0] === tokens.indexOf(t)))).toBe(true);
  });
});

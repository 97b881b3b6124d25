// `npm run train -- --data ../shared/data/conll2003`: trains the part-of-speech tagger and then the
// name tagger (a first pass, and a second pass over the whole article) on train.txt, choosing each
// one's number of epochs on a held-out tenth of train (never dev), then trains on all of train and
// writes models/pos.bin, models/names.bin, models/names-article.bin and models/PROVENANCE.json;
// dev.txt is only scored, at the very end.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readConll } from "../training/corpus.js";
import { saveModel } from "../src/tagger/model-file.js";
import type { Model } from "../src/tagger/perceptron.js";
import { tagNames } from "../src/tagger/decode.js";
import { posLabels, prepareArticles, scoreNames, scorePos, trainArticleNames, trainNames, trainPos, withPredictedPos, type PreparedArticle, type SpanScore } from "../training/train.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const data = option("data", join(import.meta.dirname, "..", "..", "shared", "data", "conll2003"));
const out = option("out", join(import.meta.dirname, "..", "models"));
const seed = Number(option("seed", "1"));
const maxEpochs = Number(option("max-epochs", "15"));
const prune = Number(option("prune", "0.05"));
// the POS model has many rare word forms: pruned harder, it stays small at little cost
const posPrune = Number(option("pos-prune", "1"));
// the training articles' tags come from POS models that did not see them, trained on the other folds
const folds = Number(option("folds", "4"));
const patience = 2;

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (s: SpanScore) => `P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`;
const started = performance.now();
const clock = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

/** Trains on `fit` for up to maxEpochs, scoring each epoch on `held`; the best epoch count and its score. */
function chooseEpochs(label: string, fitModel: (afterEpoch: (epoch: number, model: Model) => boolean) => void, score: (model: Model) => number) {
  let best = { epoch: 0, score: -1 };
  fitModel((epoch, model) => {
    const s = score(model);
    log(`${label} epoch ${epoch}: held-out ${s.toFixed(4)} (${clock()})`);
    if (s > best.score) best = { epoch, score: s };
    return epoch - best.epoch < patience;
  });
  log(`${label}: ${best.epoch} epochs chosen`);
  return best;
}

const train = prepareArticles(readConll(readFileSync(join(data, "train.txt"), "utf8")));
const dev = prepareArticles(readConll(readFileSync(join(data, "dev.txt"), "utf8")));
// every tenth article is held out to choose the epoch counts
const isHeld = (k: number) => k % 10 === 0;
const fit = train.filter((_, k) => !isHeld(k));
const held = train.filter((_, k) => isHeld(k));
log(`train: ${train.length} articles (${fit.length} to fit, ${held.length} held out)`);

const labels = posLabels(train);
const posBest = chooseEpochs("pos", (afterEpoch) => trainPos(fit, labels, { epochs: maxEpochs, seed, prune: posPrune, afterEpoch }), (m) => scorePos(held, m));
const pos = trainPos(train, labels, { epochs: posBest.epoch, seed, prune: posPrune });

const jackknifed: PreparedArticle[] = new Array<PreparedArticle>(train.length);
for (let f = 0; f < folds; f++) {
  const inFold = (k: number) => k % folds === f;
  const model = trainPos(train.filter((_, k) => !inFold(k)), labels, { epochs: posBest.epoch, seed, prune: posPrune });
  const tagged = withPredictedPos(train.filter((_, k) => inFold(k)), model);
  train.forEach((_, k) => inFold(k) && (jackknifed[k] = tagged[Math.floor(k / folds)]!));
  log(`pos fold ${f + 1} of ${folds} tagged (${clock()})`);
}
const namesFit = jackknifed.filter((_, k) => !isHeld(k));
const namesHeld = jackknifed.filter((_, k) => isHeld(k));
const namesBest = chooseEpochs("names", (afterEpoch) => trainNames(namesFit, { epochs: maxEpochs, seed, prune, afterEpoch }), (m) => scoreNames(namesHeld, m).f1);
const names = trainNames(jackknifed, { epochs: namesBest.epoch, seed, prune });

// the second pass learns from first-pass labels of articles that its first model did not see (jackknifed
// again); its epochs are chosen on the held-out tenth, read first by a model trained without it
const firstLabels = new Map<PreparedArticle, number[][]>();
for (let f = 0; f < folds; f++) {
  const inFold = (k: number) => k % folds === f;
  const model = trainNames(jackknifed.filter((_, k) => !inFold(k)), { epochs: namesBest.epoch, seed, prune });
  jackknifed.forEach((a, k) => inFold(k) && firstLabels.set(a, tagNames(a.views, a.pos, model)));
  log(`names fold ${f + 1} of ${folds} tagged (${clock()})`);
}
const namesFitOnly = trainNames(namesFit, { epochs: namesBest.epoch, seed, prune });
const articleBest = chooseEpochs(
  "article",
  (afterEpoch) => trainArticleNames(namesFit, firstLabels, { epochs: maxEpochs, seed, prune, afterEpoch }),
  (m) => scoreNames(namesHeld, { first: namesFitOnly, article: m }).f1,
);
const article = trainArticleNames(jackknifed, firstLabels, { epochs: articleBest.epoch, seed, prune });
const both = { first: names, article };

mkdirSync(out, { recursive: true });
saveModel(pos, join(out, "pos.bin"));
saveModel(names, join(out, "names.bin"));
saveModel(article, join(out, "names-article.bin"));

const posDev = scorePos(dev, pos);
const devTagged = withPredictedPos(dev, pos);
const devScore = scoreNames(devTagged, both);
const devNoMisc = scoreNames(devTagged, both, ["PER", "ORG", "LOC"]);
log(`dev POS accuracy: ${posDev.toFixed(4)}`);
log(`dev names (CoNLL tokens, all four types): ${fmt(devScore)}`);
log(`dev names (CoNLL tokens, PER+ORG+LOC): ${fmt(devNoMisc)}`);
const common = {
  corpus: "CoNLL-2003 English train.txt (dev.txt scored only, after training)",
  command: `npm run train -- ${args.join(" ")}`.trim(),
  date: new Date().toISOString().slice(0, 10),
  seed,
};
const provenance = {
  pos: { file: "pos.bin", ...common, epochs: posBest.epoch, features: pos.keys.length, heldOut: { articles: held.length, accuracy: Number(posBest.score.toFixed(4)) }, dev: { accuracy: Number(posDev.toFixed(4)) } },
  names: {
    file: "names.bin",
    ...common,
    pos: `tags of ${folds} POS models, each trained on the other folds of train (jackknifed)`,
    epochs: namesBest.epoch,
    features: names.keys.length,
    heldOut: { articles: held.length, f1: Number(namesBest.score.toFixed(4)) },
    dev: { all: devScore, perOrgLoc: devNoMisc },
  },
  article: {
    file: "names-article.bin",
    ...common,
    first: `labels of ${folds} name models, each trained on the other folds of train (jackknifed)`,
    epochs: articleBest.epoch,
    features: article.keys.length,
    heldOut: { articles: held.length, f1: Number(articleBest.score.toFixed(4)), firstPassOnly: Number(scoreNames(namesHeld, namesFitOnly).f1.toFixed(4)) },
  },
};
writeFileSync(join(out, "PROVENANCE.json"), JSON.stringify(provenance, null, 2) + "\n");
log(`wrote ${join(out, "pos.bin")} (${pos.keys.length} features), ${join(out, "names.bin")} (${names.keys.length}) and ${join(out, "names-article.bin")} (${article.keys.length})`);

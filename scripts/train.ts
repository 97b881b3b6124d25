// `npm run train -- --data ../shared/data/conll2003`: trains the name tagger on train.txt, choosing
// the number of epochs on a held-out tenth of train (never dev), then trains on all of train and
// writes models/names.bin and models/PROVENANCE.json; dev.txt is only scored, at the very end.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readConll } from "../src/tagger/corpus.js";
import { saveModel } from "../src/tagger/model-file.js";
import { scoreNames, trainNames, type SpanScore } from "../src/tagger/train.js";

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
const patience = 2;

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (s: SpanScore) => `P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`;

const train = readConll(readFileSync(join(data, "train.txt"), "utf8"));
// every tenth article is held out to choose the epoch count
const fit = train.filter((_, k) => k % 10 !== 0);
const held = train.filter((_, k) => k % 10 === 0);
log(`train: ${train.length} articles (${fit.length} to fit, ${held.length} held out)`);

let best = { epoch: 0, f1: -1 };
const started = performance.now();
trainNames(fit, {
  epochs: maxEpochs,
  seed,
  prune,
  afterEpoch: (epoch, model) => {
    const s = scoreNames(held, model);
    log(`epoch ${epoch}: held-out ${fmt(s)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    if (s.f1 > best.f1) best = { epoch, f1: s.f1 };
    return epoch - best.epoch < patience;
  },
});
log(`chosen: ${best.epoch} epochs; training on all of train`);
const model = trainNames(train, { epochs: best.epoch, seed, prune });
mkdirSync(out, { recursive: true });
saveModel(model, join(out, "names.bin"));

const dev = readConll(readFileSync(join(data, "dev.txt"), "utf8"));
const devScore = scoreNames(dev, model);
const devNoMisc = scoreNames(dev, model, ["PER", "ORG", "LOC"]);
log(`dev (CoNLL tokens, all four types): ${fmt(devScore)}`);
log(`dev (CoNLL tokens, PER+ORG+LOC): ${fmt(devNoMisc)}`);
const provenance = {
  names: {
    file: "names.bin",
    corpus: "CoNLL-2003 English train.txt (dev.txt scored only, after training)",
    command: `npm run train -- ${args.join(" ")}`.trim(),
    date: new Date().toISOString().slice(0, 10),
    seed,
    epochs: best.epoch,
    features: model.keys.length,
    heldOut: { articles: held.length, f1: Number(best.f1.toFixed(4)) },
    dev: { all: devScore, perOrgLoc: devNoMisc },
  },
};
writeFileSync(join(out, "PROVENANCE.json"), JSON.stringify(provenance, null, 2) + "\n");
log(`wrote ${join(out, "names.bin")} (${model.keys.length} features)`);

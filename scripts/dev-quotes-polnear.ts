// Dev check of quotes against PolNeAR speech attributions, with what the eval table does not
// split: precision of direct/partial predictions apart from indirect ones, and speaker
// accuracy per gold kind.
//   npx tsx scripts/dev-quotes-polnear.ts [dir] [--errors=fn|fp|speaker|all] [--kind=direct|indirect]   (dir: ../shared/data/polnear/train)
// Develop on train only: dev is for measuring.
import { join } from "node:path";
import { convertCommand } from "../src/commands/convert.js";
import { isSpeechAttribution } from "../src/eval/speech.js";
import { matchOneToOne } from "../src/eval/match.js";
import { quoteStrength, speakerCorrect } from "../src/eval/score.js";
import { parseArticle } from "../src/pipeline/run.js";
import type { GoldDocument, Result } from "../src/schema.js";
import { SHARED } from "./shared.js";

type GoldQuote = NonNullable<GoldDocument["quotes"]>[number];
type PredQuote = Result["quotes"][number];

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith("--")) ?? join(SHARED, "data", "polnear", "train");
const show = args.find((arg) => arg.startsWith("--errors"))?.split("=")[1] ?? (args.includes("--errors") ? "all" : "");
const onlyKind = args.find((arg) => arg.startsWith("--kind="))?.split("=")[1];

const isDirect = (kind: string) => kind !== "indirect";
const tally = () => ({ gold: 0, found: 0, predicted: 0, right: 0, speakers: 0, speakersRight: 0 });
const byKind = { direct: tally(), indirect: tally() };
/** Unmatched partial quotes inside a matched reported clause: PolNeAR keeps them in that clause's content. */
let nestedPartials = 0;

const oneLine = (text: string) => text.replace(/\s+/g, " ");
const around = (text: string, start: number, end: number) =>
  oneLine(`${text.slice(Math.max(0, start - 120), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 120)}`);

for (const gold of convertCommand({ from: "brat-attribution", paths: [dir] }).documents) {
  const text = gold.text!;
  const result = parseArticle(text, { id: gold.id, date: gold.date });
  const golds = (gold.quotes ?? []).filter((q) => isSpeechAttribution(q.kind, q.cue ? text.slice(q.cue.start, q.cue.end) : null));
  const preds = result.quotes.filter((q) => isSpeechAttribution(q.kind, q.cue?.text ?? null));
  const pairs = matchOneToOne<GoldQuote, PredQuote>(golds, preds, quoteStrength);
  const goldMatched = new Map(pairs.map(([i, j]) => [i, j]));
  const predMatched = new Set(pairs.map(([, j]) => j));
  golds.forEach((g, i) => {
    const k = byKind[isDirect(g.kind) ? "direct" : "indirect"];
    k.gold++;
    const j = goldMatched.get(i);
    const span = { start: g.fragments[0]!.start, end: g.fragments[g.fragments.length - 1]!.end };
    const wanted = !onlyKind || onlyKind === (isDirect(g.kind) ? "direct" : "indirect");
    if (j === undefined) {
      const near = preds.filter((p) => p.start < span.end && span.start < p.end).map((p) => `${p.kind} ${JSON.stringify(oneLine(p.text))}`);
      if (wanted && (show === "fn" || show === "all")) console.log(`FN ${g.kind} ${gold.id}\n   ${around(text, span.start, span.end)}\n   source: ${g.speaker?.text ?? "-"} cue: ${g.cue?.text ?? "-"}${near.length ? `\n   near: ${near.join(" | ")}` : ""}\n`);
      return;
    }
    k.found++;
    if (!g.speaker) return;
    k.speakers++;
    const p = preds[j]!;
    if (speakerCorrect(g.speaker, p.speaker, text)) k.speakersRight++;
    else if (wanted && (show === "speaker" || show === "all")) console.log(`SPEAKER ${g.kind} ${gold.id}\n   ${around(text, p.start, p.end)}\n   gold: ${g.speaker.text} | got: ${p.speaker?.mention?.text ?? p.speaker?.name ?? "(none)"}\n`);
  });
  preds.forEach((p, j) => {
    const k = byKind[isDirect(p.kind) ? "direct" : "indirect"];
    k.predicted++;
    if (predMatched.has(j)) k.right++;
    else if (p.kind === "partial" && preds.some((o, i) => i !== j && predMatched.has(i) && o.start <= p.start && p.end <= o.end)) nestedPartials++;
    else if ((!onlyKind || onlyKind === (isDirect(p.kind) ? "direct" : "indirect")) && (show === "fp" || show === "all")) {
      console.log(`FP ${p.kind} ${gold.id}\n   ${around(text, p.start, p.end)}\n   speaker: ${p.speaker?.mention?.text ?? "-"} cue: ${p.cue?.text ?? "-"}\n`);
    }
  });
}

const ratio = (part: number, whole: number) => (whole === 0 ? "n/a" : (part / whole).toFixed(3));
for (const [name, k] of Object.entries(byKind)) {
  console.log(`${name.padEnd(9)} gold ${k.gold}, recall ${ratio(k.found, k.gold)} | predicted ${k.predicted}, precision ${ratio(k.right, k.predicted)} | speaker ${ratio(k.speakersRight, k.speakers)} of ${k.speakers}`);
}
const all = Object.values(byKind).reduce((a, k) => ({ gold: a.gold + k.gold, found: a.found + k.found, predicted: a.predicted + k.predicted, right: a.right + k.right }), { gold: 0, found: 0, predicted: 0, right: 0 });
console.log(`direct/partial precision without ${nestedPartials} partial quotes nested in a matched clause: ${ratio(byKind.direct.right, byKind.direct.predicted - nestedPartials)}`);
console.log(`speech    recall ${ratio(all.found, all.gold)}, precision ${ratio(all.right, all.predicted)}`);

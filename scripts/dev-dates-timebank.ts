// Dev check of the dates extractor against TimeBank (TempEval-3 TBAQ-cleaned): tags are
// stripped to plain text, the creation time (DCT) becomes the article date, and the gold
// TIMEX3s are compared with what extractDates finds.
//   npx tsx scripts/dev-dates-timebank.ts [dir] [--misses] [--half a|b]   (dir: ../shared/data/tempeval3/TBAQ-cleaned/TimeBank)
// Develop on TimeBank only: AQUAINT is the held-out set. `--half a` keeps the files at even
// positions of the sorted list, `--half b` the odd ones: read the errors of one half, and check
// that a change also holds on the other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDates } from "../src/extract/dates.js";
import { readDocument } from "../src/read/document.js";
import type { DateMention } from "../src/schema.js";
import { SHARED } from "./shared.js";

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

const args = process.argv.slice(2);
const half = args.includes("--half") ? args[args.indexOf("--half") + 1] : undefined;
const dir = args.find((arg) => !arg.startsWith("--") && arg !== half) ?? join(SHARED, "data", "tempeval3", "TBAQ-cleaned", "TimeBank");
const showMisses = args.includes("--misses");
const inHalf = (position: number): boolean => (half === "a" ? position % 2 === 0 : half === "b" ? position % 2 === 1 : true);

const totals = { gold: 0, predicted: 0, goldFound: 0, predictedRight: 0, exact: 0, typeRight: 0, valueRight: 0, matched: 0 };
const files = readdirSync(dir).filter((name) => name.endsWith(".tml")).sort().filter((_, position) => inHalf(position));
for (const file of files) {
  const xml = readFileSync(join(dir, file), "utf8");
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? "";
  const { text, gold } = stripTags(body);
  const predicted = extractDates(readDocument(text, { id: file, date: dct ?? null })).dates ?? [];
  score(file, text, gold, predicted);
}

const ratio = (part: number, whole: number): string => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`gold ${totals.gold}, predicted ${totals.predicted}`);
console.log(`relaxed span: recall ${ratio(totals.goldFound, totals.gold)}, precision ${ratio(totals.predictedRight, totals.predicted)}`);
console.log(`exact span: ${ratio(totals.exact, totals.gold)} of gold`);
console.log(`on overlapping pairs (${totals.matched}): type ${ratio(totals.typeRight, totals.matched)}, value ${ratio(totals.valueRight, totals.matched)}`);

function score(file: string, text: string, gold: GoldTimex[], predicted: DateMention[]): void {
  totals.gold += gold.length;
  totals.predicted += predicted.length;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const timex of gold) {
    const found = predicted.find((mention) => overlaps(mention, timex));
    if (!found) {
      if (showMisses) console.log(`MISS ${file}\t${timex.type}\t${timex.value}\t${JSON.stringify(timex.text)}\t${JSON.stringify(text.slice(Math.max(0, timex.start - 40), timex.end + 20))}`);
      continue;
    }
    totals.goldFound++;
    totals.matched++;
    if (found.start === timex.start && found.end === timex.end) totals.exact++;
    else if (showMisses) console.log(`SPAN ${file}\t${JSON.stringify(timex.text)} <> ${JSON.stringify(found.text)}`);
    if (found.type === timex.type) totals.typeRight++;
    if (found.value === timex.value) totals.valueRight++;
    else if (showMisses) console.log(`VALUE ${file}\t${JSON.stringify(timex.text)} ${timex.type} ${timex.value} <> ${JSON.stringify(found.text)} ${found.type} ${found.value}`);
  }
  for (const mention of predicted) {
    if (gold.some((timex) => overlaps(mention, timex))) totals.predictedRight++;
    else if (showMisses) console.log(`EXTRA ${file}\t${mention.type}\t${mention.value}\t${JSON.stringify(mention.text)}\t${JSON.stringify(text.slice(Math.max(0, mention.start - 30), mention.end + 20))}`);
  }
}

/** Plain text with entities decoded, and the TIMEX3 spans at their offsets in it. */
function stripTags(body: string): { text: string; gold: GoldTimex[] } {
  let text = "";
  const gold: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (piece.startsWith("<")) {
      if (piece.startsWith("<TIMEX3")) {
        open = { start: text.length, type: /type="([^"]*)"/.exec(piece)?.[1] ?? "", value: /value="([^"]*)"/.exec(piece)?.[1] ?? "" };
      } else if (piece.startsWith("</TIMEX3") && open) {
        gold.push({ ...open, end: text.length, text: text.slice(open.start) });
        open = null;
      }
      continue;
    }
    text += piece.replace(/&[a-z]+;/g, (entity) => ENTITIES[entity] ?? entity);
  }
  return { text, gold };
}

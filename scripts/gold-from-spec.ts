// Annotating without counting characters: a spec names each span by its text (and which occurrence,
// counted from 0), and this writes native gold with offsets. Usage:
//   npx tsx scripts/gold-from-spec.ts fixtures/articles/NAME.txt spec.json > fixtures/gold/NAME.json
// Spec: { id, date, actors: [{name, type, mentions: [SPAN...]}], places: [{name, type, mentions}],
//   dates: [{span, type, value, mod?}], quotes: [{kind, fragments: [SPAN...], speaker?: SPAN, name?, cue?: SPAN}],
//   figures: [{span, kind, value, unit}], ignore?: [SPAN...] }   where SPAN is "text" or ["text", occurrence]
import { readFileSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { GoldDocumentSchema } from "../src/schema.js";

type SpanSpec = string | [string, number];
interface Spec {
  id?: string;
  date: string | null;
  actors?: Array<{ name: string; type: string; mentions: SpanSpec[] }>;
  places?: Array<{ name: string; type?: string; mentions: SpanSpec[] }>;
  dates?: Array<{ span: SpanSpec; type: string; value: string | null; mod?: string }>;
  quotes?: Array<{ kind: string; fragments: SpanSpec[]; speaker?: SpanSpec; name?: string; cue?: SpanSpec }>;
  figures?: Array<{ span: SpanSpec; kind: string; value: number | null; unit: string | null }>;
  ignore?: SpanSpec[];
}

const [articlePath, specPath] = process.argv.slice(2);
if (!articlePath || !specPath) throw new Error("usage: gold-from-spec.ts ARTICLE.txt SPEC.json");
const text = readFileSync(articlePath, "utf8");
const spec = JSON.parse(readFileSync(specPath, "utf8")) as Spec;

function at(s: SpanSpec): { start: number; end: number; text: string } {
  const [needle, n] = typeof s === "string" ? [s, 0] : s;
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${JSON.stringify(needle)} occurrence ${n} is not in ${articlePath}`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

const gold = GoldDocumentSchema.parse({
  id: spec.id ?? basename(articlePath, ".txt"),
  path: relative(resolve("fixtures/gold"), resolve(articlePath)),
  date: spec.date,
  ...(spec.actors && { actors: spec.actors.map((a) => ({ ...a, mentions: a.mentions.map(at) })) }),
  ...(spec.places && { places: spec.places.map((p) => ({ ...p, mentions: p.mentions.map(at) })) }),
  ...(spec.dates && { dates: spec.dates.map(({ span, ...d }) => ({ ...at(span), ...d })) }),
  ...(spec.quotes && {
    quotes: spec.quotes.map((q) => ({
      kind: q.kind,
      fragments: q.fragments.map(at),
      speaker: q.speaker ? { ...at(q.speaker), name: q.name ?? at(q.speaker).text } : null,
      ...(q.cue && { cue: at(q.cue) }),
    })),
  }),
  ...(spec.figures && { figures: spec.figures.map(({ span, ...f }) => ({ ...at(span), ...f })) }),
  ...(spec.ignore && { ignore: spec.ignore.map(at) }),
});
console.log(JSON.stringify(gold, null, 1));

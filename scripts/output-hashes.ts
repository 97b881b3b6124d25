// `npx tsx scripts/output-hashes.ts`: one SHA-256 per set of articles over the NDJSON results, so that a
// change meant to leave every result as it was (a move, a rename, a split) can be checked in one look.
// Each set is hashed twice: whole, and with every `source` tag left out (for a change that renames tags
// on purpose). Sets: the fixtures, the seed article, and, when ../shared/data is there, every corpus in it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertCommand, type ConvertFormat } from "../src/commands/convert.js";
import { parseArticle } from "../src/index.js";

const ROOT = join(import.meta.dirname, "..");
const SHARED = process.env.NEWSPARSE_SHARED ?? join(ROOT, "..", "shared");
const DATA = join(SHARED, "data");

interface Article {
  id: string;
  text: string;
  date?: string | null;
}

const CORPORA: Array<[string, ConvertFormat, string]> = [
  ["conll2003 dev", "conll", "conll2003/dev.txt"],
  ["conll2003 train", "conll", "conll2003/train.txt"],
  ["tempeval3 AQUAINT", "timeml", "tempeval3/TBAQ-cleaned/AQUAINT"],
  ["tempeval3 TimeBank", "timeml", "tempeval3/TBAQ-cleaned/TimeBank"],
  ["polnear dev", "brat-attribution", "polnear/dev"],
  ["polnear train", "brat-attribution", "polnear/train"],
  ["measeval trial", "measeval", "measeval/trial"],
  ["measeval train", "measeval", "measeval/train"],
];

function fixtures(): Article[] {
  const dir = join(ROOT, "fixtures", "articles");
  return readdirSync(dir)
    .sort()
    .map((name) => ({ id: name, text: readFileSync(join(dir, name), "utf8") }));
}

/** re3d: `documents.json` in each source folder, one JSON object a line. */
function re3d(): Article[] {
  const dir = join(DATA, "re3d");
  return readdirSync(dir)
    .sort()
    .flatMap((source) =>
      readFileSync(join(dir, source, "documents.json"), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => {
          const doc = JSON.parse(line) as { _id: string; text: string };
          return { id: `${source}/${doc._id}`, text: doc.text };
        }),
    );
}

const withoutSources = (_key: string, value: unknown) => (_key === "source" ? undefined : value);

function hashSet(name: string, articles: Article[]): void {
  const whole = createHash("sha256");
  const untagged = createHash("sha256");
  for (const { id, text, date } of articles) {
    const result = parseArticle(text, { id, date: date ?? undefined });
    whole.update(JSON.stringify(result) + "\n");
    untagged.update(JSON.stringify(result, withoutSources) + "\n");
  }
  const short = (h: ReturnType<typeof createHash>) => h.digest("hex").slice(0, 16);
  console.log(`${name.padEnd(20)} ${String(articles.length).padStart(5)} docs  whole ${short(whole)}  untagged ${short(untagged)}`);
}

hashSet("fixtures", fixtures());
const seed = join(SHARED, "seed", "raqqa-2017-10-08.txt");
if (existsSync(seed)) hashSet("seed", [{ id: "seed", text: readFileSync(seed, "utf8") }]);
if (existsSync(DATA)) {
  for (const [name, from, path] of CORPORA) {
    const { documents } = convertCommand({ from, paths: [join(DATA, path)] });
    hashSet(name, documents.map((d) => ({ id: d.id, text: d.text ?? "", date: d.date })));
  }
  hashSet("re3d", re3d());
} else {
  console.log(`(${DATA} is not here: the corpora were not hashed)`);
}

// The bench corpus: the fixtures, and when ../shared/data is there its dev articles (CoNLL-2003 dev
// documents rebuilt as text, PolNeAR dev articles), repeated until there are at least `min` articles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertConll } from "../../src/convert/conll.js";

export interface Article {
  id: string;
  text: string;
  date: string | null;
}

export function benchCorpus(root: string, shared: string, min: number): { articles: Article[]; sources: string[] } {
  const base: Article[] = [];
  const sources: string[] = [];
  const fixtures = join(root, "fixtures", "articles");
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith(".txt")).sort()) base.push({ id: f, text: readFileSync(join(fixtures, f), "utf8"), date: null });
  sources.push(`${base.length} fixtures`);
  const conll = join(shared, "data", "conll2003", "dev.txt");
  if (existsSync(conll)) {
    const docs = convertConll(readFileSync(conll, "utf8"), conll);
    for (const d of docs) base.push({ id: d.id, text: d.text!, date: d.date });
    sources.push(`${docs.length} CoNLL-2003 dev documents`);
  }
  const polnear = join(shared, "data", "polnear", "dev", "text");
  if (existsSync(polnear)) {
    const files = readdirSync(polnear).filter((x) => x.endsWith(".txt")).sort();
    for (const f of files) base.push({ id: f, text: readFileSync(join(polnear, f), "utf8"), date: null });
    sources.push(`${files.length} PolNeAR dev articles`);
  }
  const articles: Article[] = [];
  for (let round = 0; articles.length < min; round++) for (const a of base) articles.push({ ...a, id: `${a.id}#${round}` });
  return { articles, sources };
}

// `newsparse render FILE... [--out report.html | --out-dir DIR]`: articles as self-contained HTML pages.
import { basename, extname, join } from "node:path";
import { usageError } from "../errors.js";
import { renderArticles } from "../render/page.js";
import type { ParsedArticle } from "../pipeline/types.js";
import { parseCommand } from "./parse.js";

export interface RenderOptions {
  files: string[];
  date?: string;
  /** One page for all the articles, with a table of contents. */
  out?: string;
  /** One page per article, named after it: `misrata-2019-03-14.txt` -> `misrata-2019-03-14.html`. */
  outDir?: string;
  /** Path of a user lexicon (`--lexicon`). */
  lexicon?: string;
  stdin?: AsyncIterable<Uint8Array>;
  /** A larger article is an `oversize` error. */
  maxBytes?: number;
}

export interface RenderedPage {
  /** Where to write the page; null for stdout. */
  path: string | null;
  html: string;
}

/** `a/x.txt b/x.txt x-2.txt` -> `x.html x-2.html x-2-2.html`: a name already given is never given again. */
export function pageNames(files: string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = file === "-" ? "stdin" : basename(file, extname(file));
    let name = `${stem}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.html`;
    // `X.txt` and `x.txt` would be one page on a case-insensitive disk
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The caller's mistakes, found before any output is checked or any article read. */
export function checkRenderOptions(options: Pick<RenderOptions, "files" | "out" | "outDir">): void {
  if (options.out !== undefined && options.outDir !== undefined) throw usageError("give --out FILE (one page) or --out-dir DIR (a page per article), not both");
  if (options.files.filter((f) => f === "-").length > 1) throw usageError("stdin ('-') can be read only once");
}

export async function renderCommand(options: RenderOptions): Promise<RenderedPage[]> {
  checkRenderOptions(options);
  const articles: ParsedArticle[] = [];
  for (const file of options.files) articles.push(await parseCommand({ file, date: options.date, lexicon: options.lexicon, maxBytes: options.maxBytes, stdin: options.stdin }));
  const outDir = options.outDir;
  if (outDir === undefined) return [{ path: options.out ?? null, html: renderArticles(articles) }];
  const names = pageNames(options.files);
  return articles.map((article, k) => ({ path: join(outDir, names[k]!), html: renderArticles([article]) }));
}

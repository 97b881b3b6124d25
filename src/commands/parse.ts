// `newsparse parse [FILE]`: one article in, one validated Result out.
import { parseArticle } from "../pipeline/run.js";
import { decodeArticle } from "../read/decode.js";
import { loadLexicon } from "../lexicon/user.js";
import { readBytes } from "../read/input.js";
import type { Result } from "../schema.js";

export interface ParseOptions {
  file: string;
  date?: string;
  title?: string;
  /** Path of a user lexicon (`--lexicon`). */
  lexicon?: string;
  stdin?: AsyncIterable<Uint8Array>;
}

/** The result, and the text its offsets point into (the highlight format and the page show it). */
export interface ParsedArticle {
  result: Result;
  text: string;
}

export async function parseCommand(options: ParseOptions): Promise<ParsedArticle> {
  const id = options.file === "-" ? "stdin" : options.file;
  const text = decodeArticle(await readBytes(options.file, options.stdin), id);
  const lexicon = options.lexicon ? loadLexicon(options.lexicon) : null;
  return { result: parseArticle(text, { id, date: options.date ?? null, title: options.title ?? null, lexicon }), text };
}

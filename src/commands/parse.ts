// `newsparse parse [FILE]`: one article in, one validated Result out.
import { parseArticle } from "../pipeline/run.js";
import { decodeArticle } from "../io/decode.js";
import { loadLexicon } from "../io/lexicon-file.js";
import { readBytes } from "../io/input.js";
import type { ParsedArticle } from "../pipeline/types.js";

export interface ParseOptions {
  file: string;
  date?: string;
  title?: string;
  /** Path of a user lexicon (`--lexicon`). */
  lexicon?: string;
  stdin?: AsyncIterable<Uint8Array>;
  /** A larger article is an `oversize` error (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export async function parseCommand(options: ParseOptions): Promise<ParsedArticle> {
  const id = options.file === "-" ? "stdin" : options.file;
  const text = decodeArticle(await readBytes(options.file, options.stdin, options.maxBytes), id);
  const lexicon = options.lexicon ? loadLexicon(options.lexicon) : null;
  return { result: parseArticle(text, { id, date: options.date ?? null, title: options.title ?? null, lexicon }), text };
}

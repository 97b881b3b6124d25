// `newsparse parse [FILE]`: one article in, one validated Result out.
import { parseArticle } from "../pipeline/run.js";
import { decodeArticle } from "../read/decode.js";
import { readBytes } from "../read/input.js";
import type { Result } from "../schema.js";

export interface ParseOptions {
  file: string;
  date?: string;
  title?: string;
  stdin?: AsyncIterable<Uint8Array>;
}

export async function parseCommand(options: ParseOptions): Promise<Result> {
  const id = options.file === "-" ? "stdin" : options.file;
  const text = decodeArticle(await readBytes(options.file, options.stdin), id);
  return parseArticle(text, { id, date: options.date ?? null, title: options.title ?? null });
}

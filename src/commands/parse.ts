// `newsparse parse [FILE]`: one article in, one validated Result out.
import { parseArticle } from "../pipeline/run.js";
import { decodeArticle } from "../io/decode.js";
import { loadLexicon } from "../io/lexicon-file.js";
import { readBytes } from "../io/input.js";
import { jsonRecords, type Records } from "../io/records-count.js";
import { usageError } from "../errors.js";
import { plural } from "../plural.js";
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
  const records = jsonRecords(text);
  if (records) throw usageError(notAnArticle(records, id, options.file));
  const lexicon = options.lexicon ? loadLexicon(options.lexicon) : null;
  return { result: parseArticle(text, { id, date: options.date ?? null, title: options.title ?? null, lexicon }), text };
}

// `batch` reads NDJSON, a record a line; an array is made NDJSON first
function notAnArticle(records: Records, id: string, file: string): string {
  if (records.form === "array") {
    return `${id} is a JSON array of ${plural(records.count, "record")}, not an article: make it NDJSON, a record a line, for 'newsparse batch': jq -c '.[]' ${file === "-" ? "" : `${file} `}| newsparse batch -`;
  }
  return `${id} holds ${plural(records.count, "NDJSON record")}, not an article: use 'newsparse batch ${file}', which reads each record as an article`;
}

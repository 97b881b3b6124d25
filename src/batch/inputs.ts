// The command line's inputs -> one stream of input items, in a deterministic order:
// `.txt` files, folders of them (recursively, sorted), NDJSON files (`.ndjson`, `.jsonl`),
// gzip of any of these (`.gz`), patterns such as `archive/**/*.txt`, and `-` for NDJSON on stdin.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { ErrorCode } from "../errors.js";
import { gunzip, isGzipError, sniffGzip, type Sniffed } from "../io/gzip.js";
import { oversize, readRecords } from "../io/records.js";
import { globFiles, isGlob } from "./glob.js";
import type { InputItem } from "./item.js";
import { LoopError, walk, type FolderReader } from "./walk.js";

/** The names read as NDJSON, one record per line; any other file is one article. */
export const NDJSON_FILE = /\.(ndjson|jsonl)(\.gz)?$/i;
export const ARTICLE = /\.txt(\.gz)?$/i;

export interface InputOptions {
  /** An article or NDJSON line larger than this becomes an `oversize` error item, unread. */
  maxBytes: number;
  /** A gzip NDJSON file unpacking to more than this becomes an `oversize` error item where it passes it, and is read no further. */
  maxUnpackedBytes?: number;
  /** Told how many bytes were read from the files, as they are read (compressed bytes for `.gz`). */
  onBytes?: (bytes: number) => void;
  /** How folders are read (tests give one that cannot read a folder, which root always can). */
  reader?: FolderReader;
}

export async function* readInputs(paths: string[], stdin: AsyncIterable<Uint8Array>, options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === "-") {
      // `cat archive.ndjson.gz | newsparse batch -`
      const { gzip, chunks } = await sniffGzip(stdin);
      yield* readRecords(gzip ? gunzip(chunks) : chunks, "stdin", options.maxBytes, gzip ? options.maxUnpackedBytes : undefined);
      continue;
    }
    const kind = await kindOf(path);
    if (kind === "directory") yield* readDirectory(path, options);
    else if (kind === "file") yield* readNamed(path, options);
    else if (kind.kind === "failed" && kind.code === "not_found" && isGlob(path)) yield* readGlob(path, options);
    else yield kind;
  }
}

async function kindOf(path: string): Promise<"file" | "directory" | InputItem> {
  try {
    return (await stat(path)).isDirectory() ? "directory" : "file";
  } catch (error) {
    return failedRead(path, error);
  }
}

async function* readGlob(pattern: string, options: InputOptions): AsyncGenerator<InputItem> {
  let matched = 0;
  for await (const found of globFiles(pattern, options.reader)) {
    matched += 1;
    if (found.kind === "failed") yield failedRead(found.path, found.error);
    else yield* readNamed(found.path, options);
  }
  if (matched === 0) yield { kind: "failed", id: pattern, code: "not_found", message: `${pattern}: no file matches; check the pattern` };
}

// every `.txt` below the folder, through links, in the order walk.ts reads them
async function* readDirectory(dir: string, options: InputOptions): AsyncGenerator<InputItem> {
  for await (const found of walk(dir, { child: join, wanted: (path) => ARTICLE.test(path), depth: Infinity, reader: options.reader })) {
    yield found.kind === "failed" ? failedRead(found.path, found.error) : await readArticle(found.path, options);
  }
}

/** A file named on the command line or by a pattern: NDJSON by its name, else one article. */
function readNamed(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  return NDJSON_FILE.test(path) ? readNdjsonFile(path, options) : single(readArticle(path, options));
}

async function* single(item: Promise<InputItem>): AsyncGenerator<InputItem> {
  yield await item;
}

/** The file's bytes as they are read, unpacked when they are gzip (by their first bytes, not the name). */
async function open(path: string, options: InputOptions): Promise<Sniffed> {
  const file: AsyncIterable<Buffer> = createReadStream(path);
  const sniffed = await sniffGzip(options.onBytes ? counted(file, options.onBytes) : file);
  return sniffed.gzip ? { gzip: true, chunks: gunzip(sniffed.chunks) } : sniffed;
}

async function* counted(chunks: AsyncIterable<Buffer>, onBytes: (bytes: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function readArticle(path: string, options: InputOptions): Promise<InputItem> {
  try {
    const { size } = await stat(path);
    // refused unread (a gzip that large would unpack to more still)
    if (size > options.maxBytes) return oversize(path, size, options.maxBytes);
    const { chunks } = await open(path, options);
    const pieces: Buffer[] = [];
    let length = 0;
    for await (const chunk of chunks) {
      length += chunk.length;
      // a gzip may unpack to far more than its size: stop as soon as it is over the limit
      if (length > options.maxBytes) return oversize(path, null, options.maxBytes);
      pieces.push(chunk);
    }
    return { kind: "article", id: path, bytes: Buffer.concat(pieces) };
  } catch (error) {
    return failedRead(path, error);
  }
}

async function* readNdjsonFile(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  try {
    const { gzip, chunks } = await open(path, options);
    yield* readRecords(chunks, path, options.maxBytes, gzip ? options.maxUnpackedBytes : undefined);
  } catch (error) {
    // a read that fails part way (EIO, EACCES on open, a corrupt gzip): the records read so far stand
    yield failedRead(path, error);
  }
}

function failedRead(path: string, error: unknown): InputItem {
  if (error instanceof LoopError) return { kind: "failed", id: path, code: "unreadable", message: `${path}: a link back to a folder above it (a loop); not followed` };
  const errno = (error as NodeJS.ErrnoException).code;
  const code: ErrorCode = errno === "ENOENT" ? "not_found" : "unreadable";
  const message =
    code === "not_found"
      ? `${path}: no such file or folder; check the path`
      : isGzipError(errno)
        ? `${path}: starts as gzip but does not unpack (${errno}): a cut-short or corrupt file`
        : `${path}: cannot be read (${errno ?? String(error)})`;
  return { kind: "failed", id: path, code, message };
}

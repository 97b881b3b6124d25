// The command line's inputs -> one stream of input items, in a deterministic order:
// `.txt` files, folders of them (recursively, sorted), NDJSON files, and `-` for NDJSON on stdin.
import { createReadStream, type Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ErrorCode } from "../errors.js";
import { readRecords } from "../read/records.js";
import type { InputItem } from "./item.js";

const NDJSON = /\.(ndjson|jsonl)$/i;
const ARTICLE = /\.txt$/i;

export async function* readInputs(paths: string[], stdin: AsyncIterable<Uint8Array>): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* readRecords(stdin, "stdin");
      continue;
    }
    const kind = await kindOf(path);
    if (kind === "directory") yield* readDirectory(path);
    else if (kind === "file" && NDJSON.test(path)) yield* readNdjsonFile(path);
    else if (kind === "file") yield await readArticle(path);
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

// sorted by code unit, not by locale, so that every machine writes the same order
async function* readDirectory(dir: string): AsyncGenerator<InputItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield failedRead(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* readDirectory(path);
    else if (entry.isFile() && ARTICLE.test(entry.name)) yield await readArticle(path);
  }
}

async function readArticle(path: string): Promise<InputItem> {
  try {
    return { kind: "article", id: path, bytes: await readFile(path) };
  } catch (error) {
    return failedRead(path, error);
  }
}

async function* readNdjsonFile(path: string): AsyncGenerator<InputItem> {
  try {
    yield* readRecords(createReadStream(path), path);
  } catch (error) {
    // a read that fails part way (EIO, EACCES on open): the records read so far stand
    yield failedRead(path, error);
  }
}

function failedRead(path: string, error: unknown): InputItem {
  const errno = (error as NodeJS.ErrnoException).code;
  const code: ErrorCode = errno === "ENOENT" ? "not_found" : "unreadable";
  const message = code === "not_found" ? `${path}: no such file or folder; check the path` : `${path}: cannot be read (${errno ?? String(error)})`;
  return { kind: "failed", id: path, code, message };
}

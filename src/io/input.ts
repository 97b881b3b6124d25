// Where article bytes come from: a file path, or stdin for `-`; never more than the size limit.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { inputError, NewsparseError } from "../errors.js";
import { gunzip, isGzipError, sniffGzip } from "./gzip.js";
import { oversizeMessage } from "./records.js";

/** Articles and NDJSON lines above this many bytes are refused (`oversize`) unless --max-bytes says otherwise. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** What one gzip NDJSON input may unpack to: a web archive unpacks 5 to 10 times, a bomb of blank lines 1,000 times. */
export const DEFAULT_MAX_UNPACKED_BYTES = 8 * 1024 * 1024 * 1024;

/** An article already read (a gold document's text, a converted document): over `maxBytes` is an `oversize` error (exit 3). */
export function refuseOversizeText(text: string, what: string, maxBytes = DEFAULT_MAX_BYTES): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) throw inputError("oversize", `${what}: ${oversizeMessage(bytes, maxBytes)}`);
}

/** The bytes of one article; over `maxBytes` is an `oversize` error (exit 3), read no further. */
export async function readBytes(path: string, stdin: AsyncIterable<Uint8Array> = process.stdin, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const name = path === "-" ? "stdin" : path;
  try {
    if (path !== "-") {
      const info = await stat(path);
      if (info.isDirectory()) throw inputError("unreadable", `${path}: is a directory; use 'newsparse batch ${path}' for a folder of articles`);
      // refused unread (a gzip that large would unpack to more still)
      if (info.isFile() && info.size > maxBytes) throw inputError("oversize", `${path}: ${oversizeMessage(info.size, maxBytes)}`);
    }
    const { gzip, chunks } = await sniffGzip(path === "-" ? stdin : createReadStream(path));
    // a pipe, a device or a gzip: the bytes of the text are counted as they come
    const pieces: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of gzip ? gunzip(chunks) : chunks) {
      length += chunk.length;
      if (length > maxBytes) throw inputError("oversize", `${name}: ${oversizeMessage(null, maxBytes)}`);
      pieces.push(chunk);
    }
    return Buffer.concat(pieces);
  } catch (error) {
    if (error instanceof NewsparseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw inputError("not_found", `${path}: no such file; check the path`);
    if (code === "EISDIR") throw inputError("unreadable", `${path}: is a directory; use 'newsparse batch ${path}' for a folder of articles`);
    if (isGzipError(code)) throw inputError("unreadable", `${name}: starts as gzip but does not unpack (${code}): a cut-short or corrupt file`);
    throw inputError("unreadable", `${name}: cannot be read (${code ?? "unknown error"})`);
  }
}

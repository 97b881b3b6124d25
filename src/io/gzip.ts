// gzip recognised by its first two bytes (1f 8b), whatever the name: `newsparse x.txt.gz`,
// `cat f.ndjson.gz | newsparse batch -`, a `.txt` that is really gzip. Anything else passes as it is.
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

export interface Sniffed {
  /** The stream began with gzip's magic bytes. */
  gzip: boolean;
  /** Every byte of the stream, the ones read to look at its start included. */
  chunks: AsyncIterable<Buffer>;
}

/** Reads the first bytes of `source` to tell gzip from anything else, and gives back the whole stream. */
export async function sniffGzip(source: AsyncIterable<Uint8Array>): Promise<Sniffed> {
  const iterator = source[Symbol.asyncIterator]();
  // the magic needs two bytes: a first chunk of one byte waits for the next
  let head = Buffer.alloc(0);
  let done = false;
  while (head.length < 2 && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head = Buffer.concat([head, next.value]);
  }
  async function* whole(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  return { gzip: head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b, chunks: whole() };
}

/** The unpacked bytes; a read error or a corrupt or cut-short gzip reaches the reader as an error. */
export function gunzip(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return pipeline(chunks, createGunzip(), () => {});
}

/** zlib's error codes (`Z_DATA_ERROR`, `Z_BUF_ERROR`): the bytes are no whole gzip. */
export const isGzipError = (code: string | undefined): boolean => code !== undefined && code.startsWith("Z_");

// The writer: NDJSON lines -> the output, in the order they arrive, waiting for the stream to
// drain when it is full so that memory does not grow with the archive. Every stream of the output
// (the file, and a gzip stream in front of it) is watched: the first failure (a full disk behind
// --out) fails the line being written, or the next one, with one message naming the output.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { pipeline, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { ioError, NewsparseError } from "../errors.js";

export interface LineOut {
  write(line: string): Promise<void>;
  /** Ends the output (not stdout) and waits until every byte reached the file. */
  close(): Promise<void>;
  /** Settles with the first failure of any stream of the output; never resolves. */
  readonly failed: Promise<never>;
}

const ignore = () => {};

/**
 * Lines into `stream`, named `name` in messages (`stdout`, `--out o.ndjson.gz`); `behind` are the
 * streams after it (the file behind a gzip stream), and `file` the one whose end means written.
 */
export function lineOut(name: string, stream: NodeJS.WritableStream & { writableFinished?: boolean }, options: { behind?: NodeJS.EventEmitter[]; file?: Writable } = {}): LineOut {
  let failure: NewsparseError | null = null;
  let fail: (error: NewsparseError) => void = ignore;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(ignore);
  // writes waiting for `drain`, told of a failure; each takes itself away when drained, so a long run
  // leaves nothing behind (a Promise.race against `failed` would keep one reaction per wait)
  const draining = new Set<(error: NewsparseError) => void>();
  const onError = (error: unknown) => {
    if (failure !== null) return;
    failure = ioError(name, error);
    fail(failure);
    for (const told of draining) told(failure);
  };
  const streams = [stream, ...(options.behind ?? [])];
  for (const s of streams) s.on("error", onError);
  // a gzip stream that pipeline() destroyed because its file failed closes without 'drain' or 'error'
  const onClose = () => {
    if (stream.writableFinished !== true) onError(new Error("the output closed before the run ended"));
  };
  stream.on("close", onClose);
  // stdout is written by several writers in turn: each takes its listeners away when done
  const release = () => {
    for (const s of streams) s.off("error", onError);
    stream.off("close", onClose);
  };

  return {
    failed,
    async write(line) {
      if (failure !== null) throw failure;
      if (stream.write(line)) return;
      await new Promise<void>((resolve, reject) => {
        const onFailure = (error: NewsparseError) => {
          stream.off("drain", onDrain);
          reject(error);
        };
        const onDrain = () => {
          draining.delete(onFailure);
          resolve();
        };
        draining.add(onFailure);
        stream.once("drain", onDrain);
      });
    },
    async close() {
      if (failure !== null) {
        options.file?.destroy();
        throw failure;
      }
      if (options.file === undefined) return release();
      stream.end();
      await Promise.race([finished(options.file), failed]);
    },
  };
}

/** `--out PATH`, appended to with --resume, gzip when it ends in `.gz`; opened before any record is read. */
export async function openOutFile(path: string, append: boolean): Promise<LineOut> {
  const name = `--out ${path}`;
  const file = createWriteStream(path, { flags: append ? "a" : "w" });
  try {
    await once(file, "open");
  } catch (error) {
    throw ioError(name, error);
  }
  return fileOut(name, file, path.endsWith(".gz"));
}

/** Lines into an open file, through gzip when `gzip`. */
export function fileOut(name: string, file: Writable, gzip: boolean): LineOut {
  if (!gzip) return lineOut(name, file, { file });
  const compress = createGzip();
  // the callback is told the failure of either stream; lineOut hears it from their 'error' events
  pipeline(compress, file, ignore);
  return lineOut(name, compress, { behind: [file], file });
}

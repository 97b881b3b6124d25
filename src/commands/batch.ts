// `newsparse batch INPUT...`: many articles in, one NDJSON line out per record, in input order.
// Input items -> mapper -> writer; a worker pool (--jobs) can replace the mapper loop below by
// keeping a window of pending results and awaiting them in order.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { readInputs } from "../batch/inputs.js";
import { isErrorRecord, toOutputRecord, type BatchErrorRecord } from "../batch/map.js";
import { writeRecord } from "../batch/write.js";
import { usageError } from "../errors.js";

export interface BatchOptions {
  inputs: string[];
  /** Write here instead of `stdout`. */
  out?: string;
  /** Stop after the first failing record. */
  failFast?: boolean;
  /** The date of articles that carry none. */
  date?: string;
  stdin: AsyncIterable<Uint8Array>;
  stdout: NodeJS.WritableStream;
}

export interface BatchSummary {
  records: number;
  errors: number;
  seconds: number;
  firstError: BatchErrorRecord | null;
  /** --fail-fast stopped the run at `firstError`. */
  stopped: boolean;
}

export async function batchCommand(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const out = options.out === undefined ? options.stdout : await openOut(options.out);
  const summary: BatchSummary = { records: 0, errors: 0, seconds: 0, firstError: null, stopped: false };
  for await (const item of readInputs(options.inputs, options.stdin)) {
    const record = toOutputRecord(item, { date: options.date });
    await writeRecord(out, record);
    summary.records += 1;
    if (isErrorRecord(record)) {
      summary.errors += 1;
      summary.firstError ??= record;
      if (options.failFast) {
        summary.stopped = true;
        break;
      }
    }
  }
  if (out !== options.stdout) {
    out.end();
    await finished(out);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function openOut(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw usageError(`--out ${path}: cannot write there (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the folder exists`);
  }
  return stream;
}

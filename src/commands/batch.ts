// `newsparse batch INPUT...`: many articles in, one NDJSON line out per record, in input order.
// Input items -> a mapper (worker threads, or this thread with --jobs 1) -> the ordered writer.
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_UNPACKED_BYTES } from "../io/input.js";
import { loadLexicon } from "../io/lexicon-file.js";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { inProcessMapper } from "../batch/in-process.js";
import { NDJSON_FILE, readInputs } from "../batch/inputs.js";
import { mapInOrder, type Mapper } from "../batch/ordered.js";
import { DEFAULT_TIMEOUT_MS, WorkerPool } from "../batch/pool.js";
import type { Progress } from "../batch/progress.js";
import { cutTornLine, skipDone } from "../batch/resume.js";
import type { BatchSummary } from "../batch/summary.js";
import { refuseOutputAmongInputs } from "../batch/same-file.js";
import { lineOut, openOutFile, type LineOut } from "../batch/write.js";
import { usageError } from "../errors.js";


/** Records in flight per worker: enough to keep every worker busy, few enough for flat memory. */
const IN_FLIGHT_PER_JOB = 4;

/**
 * A worker is needed to stop a record (the clock is on by default) or to bound its memory: only
 * `--jobs 1 --timeout-ms 0` (and no `--worker-memory-mb`) runs records on the main thread.
 */
export function runsInProcess(jobs: number, timeoutMs: number | undefined, workerMemoryMb: number | undefined): boolean {
  return jobs === 1 && timeoutMs === undefined && workerMemoryMb === undefined;
}

export interface BatchOptions {
  inputs: string[];
  /** Write here instead of `stdout`; gzip when it ends in `.gz`. */
  out?: string;
  /** Continue the uncompressed `out` from the records it already holds. */
  resume?: boolean;
  /** Stop after the first failing record. */
  failFast?: boolean;
  /** The date of articles that carry none. */
  date?: string;
  /** Path of a user lexicon (`--lexicon`): checked here, loaded by each worker. */
  lexicon?: string;
  /** Worker threads; 1 maps on this thread. Default: the number of cores. */
  jobs?: number;
  maxBytes?: number;
  /** The unpacked bytes one gzip NDJSON input may hold (default DEFAULT_MAX_UNPACKED_BYTES). */
  maxUnpackedBytes?: number;
  /** Per record, in a worker (default DEFAULT_TIMEOUT_MS; 0: none). */
  timeoutMs?: number;
  workerMemoryMb?: number;
  /** Ctrl-C: stop reading, drop the records in flight, close the output on a whole line. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  stdin: AsyncIterable<Uint8Array>;
  stdout: NodeJS.WritableStream;
}

export type { BatchSummary };

export async function batchCommand(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const jobs = options.jobs ?? availableParallelism();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const summary: BatchSummary = { records: 0, errors: 0, errorsByCode: {}, seconds: 0, firstError: null, stopped: false, interrupted: false, resumed: 0, jobs, peakRssMb: 0 };

  const sizes = await inputSizes(options.inputs);
  const progress: Progress = { records: 0, errors: 0, seconds: 0, bytesRead: 0, ...sizes };
  const onBytes = options.onProgress && ((bytes: number) => (progress.bytesRead += bytes));
  const maxUnpackedBytes = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  let items = readInputs(options.inputs, options.stdin, { maxBytes, maxUnpackedBytes, onBytes });

  if (options.out !== undefined) await refuseOutputAmongInputs("--out", options.out, options.inputs);
  const doneBytes = options.resume ? await resumeLength(options.out) : 0;
  if (options.resume && options.out !== undefined) items = skipDone(items, options.out, doneBytes, () => (summary.resumed += 1));
  const out: LineOut = options.out === undefined ? lineOut("stdout", options.stdout) : await openOutFile(options.out, options.resume === true);
  // a failed output ends the run at once, even while a slow record is still being parsed
  const halt = new AbortController();
  out.failed.catch(() => halt.abort());
  const stop = options.signal ? AbortSignal.any([options.signal, halt.signal]) : halt.signal;

  // --timeout-ms 0: no clock
  const timeoutMs = options.timeoutMs === 0 ? undefined : (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const inProcess = runsInProcess(jobs, timeoutMs, options.workerMemoryMb);
  // a bad lexicon is the caller's mistake, found before any record is read
  if (options.lexicon) loadLexicon(options.lexicon);
  const mapOptions = { date: options.date, lexicon: options.lexicon };
  const mapper: Mapper = inProcess ? inProcessMapper(mapOptions) : new WorkerPool({ ...mapOptions, jobs, timeoutMs, workerMemoryMb: options.workerMemoryMb });

  try {
    await mapInOrder(
      items,
      mapper,
      IN_FLIGHT_PER_JOB * jobs,
      async ({ id, line, error }) => {
        await out.write(line);
        summary.records += 1;
        if (error) {
          summary.errors += 1;
          summary.errorsByCode[error.code] = (summary.errorsByCode[error.code] ?? 0) + 1;
          summary.firstError ??= { id, error };
        }
        if (options.onProgress) {
          // --resume skips its done records before the first one is written, so `resumed` is whole here
          const totalRecords = sizes.totalRecords === null ? null : sizes.totalRecords - summary.resumed;
          Object.assign(progress, { records: summary.records, errors: summary.errors, seconds: (performance.now() - started) / 1000, totalRecords });
          options.onProgress(progress);
        }
        summary.stopped = error !== null && options.failFast === true;
        return !summary.stopped;
      },
      stop,
    );
  } finally {
    await mapper.close();
    await out.close();
  }
  summary.interrupted = options.signal?.aborted ?? false;
  summary.seconds = (performance.now() - started) / 1000;
  summary.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return summary;
}

// the totals are known when every input is a file: bytes for NDJSON, one record for any other file
async function inputSizes(inputs: string[]): Promise<Pick<Progress, "totalBytes" | "totalRecords">> {
  const unknown = { totalBytes: null, totalRecords: null };
  let totalBytes = 0;
  for (const input of inputs) {
    if (input === "-") return unknown;
    try {
      const stats = await stat(input);
      if (!stats.isFile()) return unknown;
      totalBytes += stats.size;
    } catch {
      // a pattern, or a missing file that becomes an error record
      return unknown;
    }
  }
  return { totalBytes, totalRecords: inputs.some((input) => NDJSON_FILE.test(input)) ? null : inputs.length };
}

async function resumeLength(out: string | undefined): Promise<number> {
  if (out === undefined) throw usageError("--resume continues an --out FILE: give the file the interrupted run wrote");
  if (out.endsWith(".gz")) throw usageError(`--resume cannot continue a gzip file (${out}): a killed run leaves it torn; write plain NDJSON, and gzip it when done`);
  return cutTornLine(out);
}

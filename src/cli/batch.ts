// `newsparse batch`: its options, the progress bar, Ctrl-C, the summary line and the exit code.
import type { Command } from "commander";
import { availableParallelism } from "node:os";
import { progressBar } from "../batch/progress.js";
import { refuseOutputAmongInputs } from "../batch/same-file.js";
import { batchStats } from "../batch/stats.js";
import { DEFAULT_TIMEOUT_MS } from "../batch/pool.js";
import { batchCommand, type BatchSummary } from "../commands/batch.js";
import { DEFAULT_MAX_UNPACKED_BYTES } from "../io/input.js";
import { EXIT, NewsparseError } from "../errors.js";
import { plural } from "../plural.js";
import type { Io } from "./io.js";
import { dateOption, lexiconOption, maxBytesOption, wholeNumber } from "./options.js";
import { checkWritable, writeOutputFile } from "./output-file.js";

interface BatchFlags {
  out?: string;
  resume?: boolean;
  jobs?: number;
  maxBytes?: number;
  maxUnpackedBytes?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  failFast?: boolean;
  strict?: boolean;
  date?: string;
  lexicon?: string;
  stats?: string;
  quiet?: boolean;
}

export function addBatch(program: Command, io: Io): void {
  program
    .command("batch")
    .description("parse many articles into NDJSON, one line per record, in input order: .txt files, folders of them, .ndjson/.jsonl files, gzip of any (.gz), patterns such as 'archive/**/*.txt', '-' for NDJSON on stdin")
    .argument("<inputs...>", "files, folders, quoted patterns and NDJSON files; NDJSON records are {id, text, date?, title?, url?}")
    .option("-o, --out <file>", "write the NDJSON to this file instead of stdout (gzip if it ends in .gz)")
    .option("--resume", "continue --out FILE from the records it already holds (after a kill or Ctrl-C)")
    .option("-j, --jobs <n>", `worker threads (default: the number of cores, ${availableParallelism()} here)`, wholeNumber("--jobs"))
    .addOption(maxBytesOption())
    .option("--max-unpacked-bytes <n>", `stop reading a gzip NDJSON input that unpacks to more than this, with an oversize error record (default ${DEFAULT_MAX_UNPACKED_BYTES})`, wholeNumber("--max-unpacked-bytes"))
    .option("--timeout-ms <n>", `stop a record that takes longer than this in a worker and write a timeout error record (default ${DEFAULT_TIMEOUT_MS}; 0: no limit; --jobs 1 alone runs records without a clock)`, wholeNumber("--timeout-ms", 0))
    .option("--worker-memory-mb <n>", "heap limit of each worker (default 512); a record that needs more becomes a worker_crash error record", wholeNumber("--worker-memory-mb"))
    .option("--fail-fast", "stop at the first failing record and exit 3")
    .option("--strict", "exit 3 if any record failed")
    .addOption(dateOption())
    .addOption(lexiconOption())
    .option("--stats <file>", "write the run's figures as JSON (records, errors by code, seconds, records/s, peak RSS)")
    .option("-q, --quiet", "no progress bar and no summary on stderr")
    .action((inputs: string[], flags: BatchFlags) => runBatch(inputs, flags, io));
}

// the bar redraws one line of stderr in place: it would land between the results when both go
// to the same terminal, so it shows only where the results go elsewhere (a file, a pipe, --out)
function wantsBar(flags: BatchFlags, io: Io): boolean {
  return flags.quiet !== true && io.tty.stderr && (flags.out !== undefined || !io.sharedTerminal);
}

async function runBatch(inputs: string[], flags: BatchFlags, io: Io): Promise<void> {
  if (flags.stats) {
    await checkWritable(flags.stats, `--stats ${flags.stats}`);
    await refuseOutputAmongInputs("--stats", flags.stats, inputs);
  }
  const bar = wantsBar(flags, io) ? progressBar(io.stderr) : null;
  // Ctrl-C: the records in flight are dropped and the output ends on a whole line
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once("SIGINT", onSigint);
  let summary: BatchSummary;
  try {
    summary = await batchCommand({ ...flags, inputs, signal: interrupt.signal, onProgress: bar?.update, stdin: io.stdin, stdout: io.stdout });
  } finally {
    process.removeListener("SIGINT", onSigint);
    bar?.done();
  }
  if (flags.stats) await writeOutputFile(flags.stats, JSON.stringify(batchStats(summary), null, 2) + "\n", `--stats ${flags.stats}`);
  if (!flags.quiet) io.stderr.write(summaryLine(summary));
  if (summary.interrupted) {
    if (!flags.quiet) io.stderr.write(`newsparse: interrupted${flags.out ? `; continue with the same command and --resume` : ""}\n`);
    // end as an interrupted program does, so that a calling shell or script stops too
    process.kill(process.pid, "SIGINT");
  }
  const first = summary.firstError;
  if (first && summary.stopped) throw new NewsparseError(`stopped at the first failing record (--fail-fast): ${first.error.message}`, EXIT.badInput, first.error.code);
  if (first && flags.strict) throw new NewsparseError(`${summary.errors} of ${plural(summary.records, "record")} failed (--strict); the first: ${first.error.message}`, EXIT.badInput, first.error.code);
}

/** `newsparse: 3 records, 1 error, 0.42 s (after 2 already done)` */
export function summaryLine(summary: Pick<BatchSummary, "records" | "errors" | "seconds" | "resumed">): string {
  const resumed = summary.resumed > 0 ? ` (after ${summary.resumed} already done)` : "";
  return `newsparse: ${plural(summary.records, "record")}, ${plural(summary.errors, "error")}, ${summary.seconds.toFixed(2)} s${resumed}\n`;
}

// The command table. Commands return data; this file formats it, writes it and maps errors to exit codes.
import { Command, CommanderError, Option } from "commander";
import { availableParallelism } from "node:os";
import { progressBar } from "./batch/progress.js";
import { batchStats } from "./batch/stats.js";
import { batchCommand, DEFAULT_MAX_BYTES, type BatchSummary } from "./commands/batch.js";
import { CONVERT_FORMATS, convertCommand, type ConvertFormat } from "./commands/convert.js";
import { evalCommand } from "./commands/eval.js";
import { parseCommand } from "./commands/parse.js";
import { renderCommand } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { EXIT, NewsparseError, usageError } from "./errors.js";
import { colourFor } from "./format/colour.js";
import { FORMATS, formatResult, type Format } from "./format/index.js";
import { formatEvalMarkdown, formatEvalTable } from "./format/metrics.js";
import { isRealDay } from "./read/header.js";
import { renderEvalPage } from "./render/errors.js";
import { mkdir, writeFile } from "node:fs/promises";

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: AsyncIterable<Uint8Array>;
  env: NodeJS.ProcessEnv;
}

const dateOption = () =>
  new Option("--date <YYYY-MM-DD>", "the article's date (overrides a date header)").argParser((value) => {
    if (!isRealDay(value)) throw usageError(`--date '${value}' is not a real day; write it as YYYY-MM-DD`);
    return value;
  });

const lexiconOption = () => new Option("--lexicon <file>", "a JSON watch-list of actors and places (names, aliases, types) that outranks the built-in readings");

const formatOption = () => new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(FORMATS);

function write(io: Io, text: string): Promise<void> {
  return new Promise((resolve) => (io.stdout.write(text) ? resolve() : io.stdout.once("drain", resolve)));
}

export function buildProgram(io: Io): Command {
  const program = new Command("newsparse")
    .description("Extract actors, places, dates, quotes and figures from news articles, with character offsets.")
    .option("--debug", "print stack traces for errors")
    .showHelpAfterError("(run 'newsparse --help' for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command("parse", { isDefault: true })
    .description("parse one article (a file, or stdin with '-' or no file)")
    .argument("[file]", "the article, UTF-8 text", "-")
    .addOption(formatOption())
    .addOption(dateOption())
    .option("--title <title>", "the article's title")
    .addOption(lexiconOption())
    .action(async (file: string, opts: { format?: Format; date?: string; title?: string; lexicon?: string }) => {
      const { result, text } = await parseCommand({ file, date: opts.date, title: opts.title, lexicon: opts.lexicon, stdin: io.stdin });
      const format = opts.format ?? (io.stdout.isTTY ? "table" : "json");
      await write(io, formatResult(result, format, colourFor(io.stdout, io.env), text));
    });

  const count = (flag: string) => (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1) throw usageError(`${flag} '${value}': give a whole number above 0`);
    return n;
  };
  program
    .command("batch")
    .description("parse many articles into NDJSON, one line per record, in input order: .txt files, folders of them, .ndjson/.jsonl files, gzip of any (.gz), patterns such as 'archive/**/*.txt', '-' for NDJSON on stdin")
    .argument("<inputs...>", "files, folders, quoted patterns and NDJSON files; NDJSON records are {id, text, date?, title?, url?}")
    .option("-o, --out <file>", "write the NDJSON to this file instead of stdout (gzip if it ends in .gz)")
    .option("--resume", "continue --out FILE from the records it already holds (after a kill or Ctrl-C)")
    .option("-j, --jobs <n>", `worker threads (default: the number of cores, ${availableParallelism()} here)`, count("--jobs"))
    .option("--max-bytes <n>", `refuse articles and NDJSON lines larger than this (default ${DEFAULT_MAX_BYTES})`, count("--max-bytes"))
    .option("--timeout-ms <n>", "stop a record that takes longer than this and write a timeout error record", count("--timeout-ms"))
    .option("--worker-memory-mb <n>", "heap limit of each worker (default 512); a record that needs more becomes a worker_crash error record", count("--worker-memory-mb"))
    .option("--fail-fast", "stop at the first failing record and exit 3")
    .option("--strict", "exit 3 if any record failed")
    .addOption(dateOption())
    .addOption(lexiconOption())
    .option("--stats <file>", "write the run's figures as JSON (records, errors by code, seconds, records/s, peak RSS)")
    .option("-q, --quiet", "no progress bar and no summary on stderr")
    .action(async (inputs: string[], opts: BatchFlags) => {
      const bar = !opts.quiet && "isTTY" in io.stderr && io.stderr.isTTY === true ? progressBar(io.stderr) : null;
      // Ctrl-C: the records in flight are dropped and the output ends on a whole line
      const interrupt = new AbortController();
      const onSigint = () => interrupt.abort();
      process.once("SIGINT", onSigint);
      let summary: BatchSummary;
      try {
        summary = await batchCommand({ ...opts, inputs, signal: interrupt.signal, onProgress: bar?.update, stdin: io.stdin, stdout: io.stdout });
      } finally {
        process.removeListener("SIGINT", onSigint);
        bar?.done();
      }
      if (opts.stats) await writeFile(opts.stats, JSON.stringify(batchStats(summary), null, 2) + "\n");
      if (!opts.quiet) io.stderr.write(batchSummaryLine(summary));
      if (summary.interrupted) {
        if (!opts.quiet) io.stderr.write(`newsparse: interrupted${opts.out ? `; continue with the same command and --resume` : ""}\n`);
        // end as an interrupted program does, so that a calling shell or script stops too
        process.kill(process.pid, "SIGINT");
      }
      const first = summary.firstError;
      if (first && summary.stopped) throw new NewsparseError(`stopped at the first failing record (--fail-fast): ${first.error.message}`, EXIT.badInput, first.error.code);
      if (first && opts.strict) throw new NewsparseError(`${summary.errors} of ${summary.records} records failed (--strict); the first: ${first.error.message}`, EXIT.badInput, first.error.code);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output records (or, with --gold, of the gold format)")
    .option("--gold", "the gold annotation format read by eval and written by convert")
    .action(async (opts: { gold?: boolean }) => {
      await write(io, JSON.stringify(schemaCommand({ gold: opts.gold === true }), null, 2) + "\n");
    });

  program
    .command("eval")
    .description("score extraction against annotated articles (native gold: a JSON file, NDJSON, or a folder)")
    .argument("<gold...>", "gold files or folders, as written by 'newsparse convert' or by hand")
    .option("--pred <file>", "score saved predictions (NDJSON from 'newsparse batch') instead of running the parser")
    .addOption(new Option("-f, --format <format>", "report format").choices(["table", "json", "md", "html"]).default("table"))
    .option("--min <gates>", "fail (exit 1) below these floors, e.g. actors.f1=0.85,dates.value_f1=0.8")
    .option("--baseline <file>", "fail (exit 1) where a figure dropped below this earlier 'eval --format json' report")
    .option("--max-drop <x>", "how far a figure may drop below the baseline", (v) => {
      const x = Number(v);
      if (!Number.isFinite(x) || x < 0) throw usageError(`--max-drop '${v}': give a number such as 0.01`);
      return x;
    })
    .option("--errors", "list every false positive and false negative in context (always, with --format html)")
    .addOption(lexiconOption())
    .action(async (gold: string[], opts: { pred?: string; format: "table" | "json" | "md" | "html"; min?: string; baseline?: string; maxDrop?: number; errors?: boolean; lexicon?: string }) => {
      const report = evalCommand({ gold, pred: opts.pred, min: opts.min, baseline: opts.baseline, maxDrop: opts.maxDrop, errors: opts.errors === true || opts.format === "html", lexicon: opts.lexicon });
      const text =
        opts.format === "json" ? JSON.stringify(report, null, 2) + "\n" : opts.format === "md" ? formatEvalMarkdown(report) : opts.format === "html" ? renderEvalPage(report) : formatEvalTable(report, colourFor(io.stdout, io.env));
      await write(io, text);
      const failed = report.gates.filter((g) => !g.ok);
      if (failed.length > 0) {
        const names = failed.map((g) => `${g.name} ${g.value === null ? "missing" : g.value.toFixed(3)} < ${g.threshold.toFixed(3)}`).join(", ");
        throw new NewsparseError(`accuracy gate failed: ${names}`, EXIT.gateFailed, "gate_failed");
      }
    });

  program
    .command("render")
    .description("parse articles into a self-contained HTML page (marks, details on hover or focus, side panels)")
    .argument("<files...>", "articles, UTF-8 text ('-' for stdin)")
    .option("-o, --out <file>", "write one page for all the articles here (default: stdout)")
    .option("--out-dir <dir>", "write one page per article into this folder")
    .addOption(dateOption())
    .addOption(lexiconOption())
    .action(async (files: string[], opts: { out?: string; outDir?: string; date?: string; lexicon?: string }) => {
      const pages = await renderCommand({ files, out: opts.out, outDir: opts.outDir, date: opts.date, lexicon: opts.lexicon, stdin: io.stdin });
      if (opts.outDir) await mkdir(opts.outDir, { recursive: true });
      for (const page of pages) {
        if (page.path === null) await write(io, page.html);
        else await writeFile(page.path, page.html);
      }
      const written = pages.flatMap((p) => (p.path === null ? [] : [p.path]));
      if (written.length > 0) io.stderr.write(`newsparse: wrote ${written.length === 1 ? written[0] : `${written.length} pages to ${opts.outDir}`}\n`);
    });

  program
    .command("convert")
    .description("convert annotated corpora to native gold NDJSON")
    .addOption(new Option("--from <format>", "the annotation format").choices(CONVERT_FORMATS).makeOptionMandatory())
    .argument("<paths...>", "files or folders in that format")
    .option("-o, --out <file>", "write the NDJSON here instead of stdout")
    .action(async (paths: string[], opts: { from: ConvertFormat; out?: string }) => {
      const { documents, notes } = convertCommand({ from: opts.from, paths });
      const ndjson = documents.map((d) => JSON.stringify(d) + "\n").join("");
      if (opts.out) await writeFile(opts.out, ndjson);
      else await write(io, ndjson);
      for (const note of notes) io.stderr.write(`newsparse: ${note}\n`);
      io.stderr.write(`newsparse: ${documents.length} documents converted\n`);
    });

  return program;
}

interface BatchFlags {
  out?: string;
  resume?: boolean;
  jobs?: number;
  maxBytes?: number;
  timeoutMs?: number;
  workerMemoryMb?: number;
  failFast?: boolean;
  strict?: boolean;
  date?: string;
  lexicon?: string;
  stats?: string;
  quiet?: boolean;
}

function batchSummaryLine(summary: BatchSummary): string {
  const resumed = summary.resumed > 0 ? ` (after ${summary.resumed} already done)` : "";
  return `newsparse: ${summary.records} records, ${summary.errors} errors, ${summary.seconds.toFixed(2)} s${resumed}\n`;
}

/** Runs the CLI and returns the exit code; only bin/ touches process.exit. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  // `newsparse ... | head -1`: a closed pipe ends the run quietly
  io.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    throw error;
  });
  const debug = argv.includes("--debug");
  try {
    await buildProgram(io).parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // help and version are not errors; commander has already printed its message
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof NewsparseError) {
    io.stderr.write(`newsparse: ${error.message}\n`);
    if (debug) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`newsparse: internal error: ${message.split("\n")[0]} (run again with --debug for details, and report it)\n`);
  if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.internal;
}

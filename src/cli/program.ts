// The command table: one function per command adds its arguments and options and formats what
// the command returns. Errors go up to main (src/cli.ts), which maps them to exit codes.
import { Command, Option } from "commander";
import { mkdir } from "node:fs/promises";
import { CONVERT_FORMATS, convertCommand, type ConvertFormat } from "../commands/convert.js";
import { evalCommand, type EvalOptions } from "../commands/eval.js";
import { parseCommand } from "../commands/parse.js";
import { checkRenderOptions, renderCommand } from "../commands/render.js";
import { schemaCommand } from "../commands/schema.js";
import { EXIT, ioError, NewsparseError } from "../errors.js";
import { colourFor } from "../format/colour.js";
import { formatResult, type Format } from "../format/index.js";
import { formatEvalMarkdown, formatEvalTable } from "../format/metrics.js";
import { plural } from "../plural.js";
import { renderEvalPage } from "../render/errors.js";
import { addBatch } from "./batch.js";
import { write, type Io } from "./io.js";
import { dateOption, formatOption, lexiconOption, maxBytesOption, nonNegativeNumber } from "./options.js";
import { checkWritable, writeOutputFile } from "./output-file.js";
import { packageVersion } from "./version.js";

export function buildProgram(io: Io): Command {
  const program = new Command("newsparse")
    .description("Extract actors, places, dates, quotes and figures from news articles, with character offsets.")
    .version(packageVersion(), "-V, --version", "print the version")
    .option("--debug", "print stack traces for errors")
    .showHelpAfterError("(run 'newsparse --help' for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  addParse(program, io);
  addBatch(program, io);
  addSchema(program, io);
  addEval(program, io);
  addRender(program, io);
  addConvert(program, io);
  return program;
}

interface ParseFlags {
  format?: Format;
  date?: string;
  title?: string;
  lexicon?: string;
  maxBytes?: number;
}

function addParse(program: Command, io: Io): void {
  program
    .command("parse", { isDefault: true })
    .description("parse one article (a file, or stdin with '-' or no file)")
    .argument("[file]", "the article, UTF-8 text; '-' or none for stdin")
    .addOption(formatOption())
    .addOption(dateOption())
    .option("--title <title>", "the article's title")
    .addOption(lexiconOption())
    .addOption(maxBytesOption())
    .action(async (file: string | undefined, flags: ParseFlags) => {
      if (file === undefined && io.tty.stdin) showHint(program, io);
      const { result, text } = await parseCommand({ file: file ?? "-", date: flags.date, title: flags.title, lexicon: flags.lexicon, maxBytes: flags.maxBytes, stdin: io.stdin });
      const format = flags.format ?? (io.tty.stdout ? "table" : "json");
      const colour = colourFor({ isTTY: io.tty.stdout }, io.env);
      // the table fits the terminal's width; the other formats do not depend on it
      await write(io, formatResult(result, format, { colour, text, columns: io.columns }));
    });
}

// `newsparse` alone on a terminal would wait for an article typed by hand, which looks like a hang:
// say what it wants and show the help on stderr instead. Exit 2 (usage), as for any call that
// gives the command too little to work on, so a script that forgot its input fails. An explicit
// `-` still reads the terminal.
function showHint(program: Command, io: Io): never {
  io.stderr.write("newsparse: no article given: name a file, or pipe one in (cat article.txt | newsparse); '-' reads the terminal\n\n");
  // writes the help to stderr and throws commander's exit, which main maps to exit 2
  return program.help({ error: true });
}

function addSchema(program: Command, io: Io): void {
  program
    .command("schema")
    .description("print the JSON Schema of the output records (or, with --gold, of the gold format)")
    .option("--gold", "the gold annotation format read by eval and written by convert")
    .action(async (flags: { gold?: boolean }) => {
      await write(io, JSON.stringify(schemaCommand({ gold: flags.gold === true }), null, 2) + "\n");
    });
}

const EVAL_FORMATS = ["table", "json", "md", "html"] as const;

// the flags are the command's options as commander gives them, with the report's format
type EvalFlags = Omit<EvalOptions, "gold" | "onNote"> & { format: (typeof EVAL_FORMATS)[number] };

function addEval(program: Command, io: Io): void {
  program
    .command("eval")
    .description("score extraction against annotated articles (native gold: a JSON file, NDJSON, or a folder)")
    .argument("<gold...>", "gold files or folders, as written by 'newsparse convert' or by hand")
    .option("--pred <file>", "score saved predictions (NDJSON from 'newsparse batch') instead of running the parser")
    .addOption(new Option("-f, --format <format>", "report format").choices(EVAL_FORMATS).default("table"))
    .option("--min <gates>", "fail (exit 1) below these floors, e.g. actors.f1=0.85,dates.value_f1=0.8")
    .option("--baseline <file>", "fail (exit 1) where a figure dropped below this earlier 'eval --format json' report")
    .option("--max-drop <x>", "how far a figure may drop below the baseline", nonNegativeNumber("--max-drop"))
    .option("--errors", "list every false positive and false negative in context (always, with --format html)")
    .addOption(maxBytesOption())
    .addOption(lexiconOption())
    .action(async (gold: string[], flags: EvalFlags) => {
      const report = evalCommand({ gold, pred: flags.pred, min: flags.min, baseline: flags.baseline, maxDrop: flags.maxDrop, errors: flags.errors === true || flags.format === "html", lexicon: flags.lexicon, maxBytes: flags.maxBytes, onNote: (note) => io.stderr.write(`newsparse: ${note}\n`) });
      const formats = {
        json: () => JSON.stringify(report, null, 2) + "\n",
        md: () => formatEvalMarkdown(report),
        html: () => renderEvalPage(report),
        table: () => formatEvalTable(report, colourFor({ isTTY: io.tty.stdout }, io.env)),
      };
      await write(io, formats[flags.format]());
      const failed = report.gates.filter((g) => !g.ok);
      if (failed.length > 0) {
        const names = failed.map((g) => `${g.name} ${g.value === null ? "missing" : g.value.toFixed(3)} < ${g.threshold.toFixed(3)}`).join(", ");
        throw new NewsparseError(`accuracy gate failed: ${names}`, EXIT.gateFailed, "gate_failed");
      }
    });
}

function addRender(program: Command, io: Io): void {
  program
    .command("render")
    .description("parse articles into a self-contained HTML page (marks, details on hover or focus, side panels)")
    .argument("<files...>", "articles, UTF-8 text ('-' for stdin)")
    .option("-o, --out <file>", "write one page for all the articles here (default: stdout)")
    .option("--out-dir <dir>", "write one page per article into this folder")
    .addOption(dateOption())
    .addOption(lexiconOption())
    .addOption(maxBytesOption())
    .action(async (files: string[], flags: { out?: string; outDir?: string; date?: string; lexicon?: string; maxBytes?: number }) => {
      // where the pages go is checked before any article is parsed
      checkRenderOptions({ files, ...flags });
      if (flags.out) await checkWritable(flags.out, `--out ${flags.out}`);
      if (flags.outDir) await makeFolder(flags.outDir, `--out-dir ${flags.outDir}`);
      const pages = await renderCommand({ files, out: flags.out, outDir: flags.outDir, date: flags.date, lexicon: flags.lexicon, maxBytes: flags.maxBytes, stdin: io.stdin });
      for (const page of pages) {
        if (page.path === null) await write(io, page.html);
        else if (flags.outDir) await writeOutputFile(page.path, page.html, page.path, true);
        else await writeOutputFile(page.path, page.html, `--out ${page.path}`);
      }
      const written = pages.flatMap((p) => (p.path === null ? [] : [p.path]));
      if (written.length > 0) io.stderr.write(`newsparse: wrote ${written.length === 1 ? written[0] : `${plural(written.length, "page")} to ${flags.outDir}`}\n`);
    });
}

async function makeFolder(path: string, name: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw ioError(name, error);
  }
}

function addConvert(program: Command, io: Io): void {
  program
    .command("convert")
    .description("convert annotated corpora to native gold NDJSON")
    .addOption(new Option("--from <format>", "the annotation format").choices(CONVERT_FORMATS).makeOptionMandatory())
    .argument("<paths...>", "files or folders in that format")
    .option("-o, --out <file>", "write the NDJSON here instead of stdout")
    .addOption(maxBytesOption())
    .action(async (paths: string[], flags: { from: ConvertFormat; out?: string; maxBytes?: number }) => {
      if (flags.out) await checkWritable(flags.out, `--out ${flags.out}`);
      const { documents, notes } = convertCommand({ from: flags.from, paths, maxBytes: flags.maxBytes });
      const ndjson = documents.map((d) => JSON.stringify(d) + "\n").join("");
      if (flags.out) await writeOutputFile(flags.out, ndjson, `--out ${flags.out}`);
      else await write(io, ndjson);
      for (const note of notes) io.stderr.write(`newsparse: ${note}\n`);
      io.stderr.write(`newsparse: ${plural(documents.length, "document")} converted\n`);
    });
}

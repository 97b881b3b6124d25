// The CLI entry: runs the command table (src/cli/program.ts) on an argument vector and maps what
// it throws to an exit code. Commands return data; bin/newsparse hands the code to the process.
import { CommanderError } from "commander";
import { existsSync } from "node:fs";
import { buildProgram } from "./cli/program.js";
import { processIo, type Io } from "./cli/io.js";
import { mistypedCommand } from "./cli/mistyped.js";
import { EXIT, ioError, NewsparseError, usageError } from "./errors.js";

export type { Io } from "./cli/io.js";

/** Runs `newsparse ARGS...` (argv as in process.argv: node, the script, then the arguments) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  // `newsparse ... | head -1`: a closed pipe ends the run quietly. Any other failure (a full disk
  // behind `> out.json`) fails the write that waits on it; one that nothing waited on (the help
  // text) is found when the command is done. Either way the run ends with exit 74.
  let stdoutFailure: unknown = null;
  io.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    stdoutFailure ??= error;
  });
  const debug = argv.includes("--debug");
  let code: number;
  try {
    const program = buildProgram(io);
    checkCommandName(argv.slice(2), [...program.commands.map((command) => command.name()), "help"]);
    await program.parseAsync(argv);
    code = EXIT.ok;
  } catch (error) {
    code = reportError(error, io, debug);
  }
  // a stream reports a failed write on a later tick
  await new Promise(setImmediate);
  return code === EXIT.ok && stdoutFailure !== null ? reportError(ioError("stdout", stdoutFailure), io, debug) : code;
}

// the first argument is the command, or with parse as the default command, the article
function checkCommandName(args: string[], commands: string[]): void {
  const first = args.find((arg) => arg !== "--debug");
  if (first === undefined || first.startsWith("-")) return;
  const meant = mistypedCommand(first, commands, existsSync);
  if (meant !== null) throw usageError(`unknown command '${first}' (did you mean '${meant}'?)`);
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

// What the CLI reads and writes, passed in, so that the argument tables run in process:
// `main(argv, io)` with strings for streams and plain flags for the terminal.
import { fstatSync } from "node:fs";
import { lineOut } from "../batch/write.js";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: AsyncIterable<Uint8Array>;
  env: NodeJS.ProcessEnv;
  /** Which streams are a terminal: the table and its colours, the progress bar, the hint of a bare `newsparse`. */
  tty: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** stdout and stderr are the same terminal, so a progress bar would land between results. */
  sharedTerminal: boolean;
  /** The width of the terminal on stdout; undefined when stdout is not a terminal. */
  columns: number | undefined;
}

export function processIo(): Io {
  const tty = { stdin: process.stdin.isTTY === true, stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true };
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    tty,
    sharedTerminal: tty.stdout && tty.stderr && sameFile(1, 2),
    columns: tty.stdout ? terminalColumns(process.stdout.columns, process.env.COLUMNS) : undefined,
  };
}

/** A terminal of unknown size (a pty opened with none, a serial console) says 0: then COLUMNS, if set. */
export function terminalColumns(reported: number, columnsVariable: string | undefined): number | undefined {
  if (reported > 0) return reported;
  const fromEnv = Number(columnsVariable);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

// `newsparse batch dir/` shows both on one terminal; `2>log` or `>out.ndjson` gives them apart
function sameFile(fd: number, other: number): boolean {
  const [a, b] = [fstatSync(fd), fstatSync(other)];
  return a.dev === b.dev && a.ino === b.ino && a.rdev === b.rdev;
}

/** Writes to stdout, waiting for it to drain: a large result into a slow pipe stays bounded. A failed write rejects (exit 74). */
export async function write(io: Io, text: string): Promise<void> {
  const out = lineOut("stdout", io.stdout);
  await out.write(text);
  await out.close();
}

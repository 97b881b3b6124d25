// Runs the CLI in process, `main(argv, io)`, with strings for its streams and plain flags for the
// terminal: the argument and exit-code tables, without a process per row.
import { Readable, Writable } from "node:stream";
import { main, type Io } from "../../src/cli.js";

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MainOptions {
  /** Text on stdin; without it stdin is empty (and, unless `tty.stdin`, not a terminal). */
  input?: string | Uint8Array;
  tty?: Partial<Io["tty"]>;
  sharedTerminal?: boolean;
  columns?: number;
  env?: NodeJS.ProcessEnv;
  /** Every write to stdout throws this, as a stream broken by a bug would. */
  stdoutFails?: Error;
  /** Every write to stdout fails with this, as a stream on a full disk reports it: an 'error' event. */
  stdoutFailsLater?: Error;
}

function collector(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

/** `newsparse ARGS...` through main(), as bin/newsparse calls it. */
export async function runMain(args: string[], options: MainOptions = {}): Promise<MainRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const input = options.input === undefined ? [] : [typeof options.input === "string" ? Buffer.from(options.input) : options.input];
  const later = options.stdoutFailsLater;
  const out = later ? new Writable({ write: (_chunk, _encoding, done) => done(later) }) : collector(stdout);
  const failure = options.stdoutFails;
  if (failure) out.write = () => { throw failure; };
  const io: Io = {
    stdout: out,
    stderr: collector(stderr),
    stdin: Readable.from(input),
    env: options.env ?? {},
    tty: { stdin: false, stdout: false, stderr: false, ...options.tty },
    sharedTerminal: options.sharedTerminal ?? false,
    columns: options.columns,
  };
  const code = await main(["node", "newsparse", ...args], io);
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

// Runs the built CLI (bin/newsparse -> dist/bundle/cli.js) as a subprocess, the way a user would.
// Asynchronous, so that a file's tests can run side by side (`describe.concurrent`).
import { spawn } from "node:child_process";
import { delimiter, dirname, join } from "node:path";
import { inject } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "newsparse");

export interface CliRun {
  stdout: string;
  stderr: string;
  /** The exit code; null if a signal ended the process. */
  code: number | null;
}

export interface CliOptions {
  /** Bytes or text for stdin; without it stdin is empty and closed. */
  input?: string | Uint8Array;
  /** Added to a copy of this process's environment, from which the colour variables are removed. */
  env?: Record<string, string>;
  cwd?: string;
}

/** `newsparse ARGS...` */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return run(process.execPath, [BIN, ...args], options);
}

/** A shell pipeline, for what only a shell shows: `"$NEWSPARSE" FILE | head -1`. */
export function runShell(script: string, options: CliOptions = {}): Promise<CliRun> {
  // bin/newsparse is `#!/usr/bin/env node`: put this node first on PATH
  const path = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`;
  return run("bash", ["-c", script], { ...options, env: { ...options.env, NEWSPARSE: BIN, PATH: path } });
}

function run(command: string, args: string[], options: CliOptions): Promise<CliRun> {
  const buildError = inject("buildError");
  if (buildError) return Promise.reject(new Error(buildError));
  const env = { ...process.env };
  // the test runner may set these; each test says what it wants
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env } });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  // a CLI that exits before reading all of stdin closes the pipe: not the test's concern
  child.stdin.on("error", () => {});
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code }));
  });
}

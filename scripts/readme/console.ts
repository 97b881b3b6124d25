// The README's examples as a user sees them: each ```console block is a terminal session, `$ ` lines are
// commands and the lines after each are what the terminal shows. They run here for real, on an
// 80-column pseudo-terminal (util-linux `script`) without colour, with `newsparse` on the PATH, in a
// scratch folder that sees the repository's fixtures/ and tests/: tests/e2e/readme.test.ts checks them,
// and `npx tsx scripts/readme-examples.ts --write` writes what they print into the README.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

export interface ConsoleCommand {
  command: string;
  /** What the README shows after the command. */
  shown: string;
}

export interface ConsoleBlock {
  /** 1-based line of the opening fence. */
  line: number;
  commands: ConsoleCommand[];
  /** Offsets of the block's body (between the fences) in the markdown. */
  start: number;
  end: number;
}

const FENCE = /^```console\n([\s\S]*?)^```$/gm;
const MARK = (k: number) => `@@example ${k}@@`;

export function consoleBlocks(markdown: string): ConsoleBlock[] {
  return [...markdown.matchAll(FENCE)].map((m) => {
    const commands: ConsoleCommand[] = [];
    for (const line of m[1]!.split("\n").slice(0, -1)) {
      if (line.startsWith("$ ")) commands.push({ command: line.slice(2), shown: "" });
      else if (commands.length > 0) commands[commands.length - 1]!.shown += `${line}\n`;
    }
    const start = m.index + "```console\n".length;
    return { line: markdown.slice(0, m.index).split("\n").length, commands, start, end: start + m[1]!.length };
  });
}

/** What a terminal shows of `raw`: `\r\n` (and the CSV rows' `\r\r\n`) as a line end, a line redrawn after `\r` (a progress bar) shows its last state. */
export function screen(raw: string): string {
  return raw
    .replace(/\r+\n/g, "\n")
    .split("\n")
    .map((line) => (line.split("\r").pop() ?? "").replace(/\u001b\[K/g, ""))
    .join("\n");
}

/** Timings move from run to run: `0.44 s` is compared as `N s`. */
export const withoutTimings = (text: string) => text.replace(/\b\d+(?:\.\d+)? s\b/g, "N s");

/** Runs a block's commands in one shell session and returns what the terminal showed after each. */
export function runBlock(block: ConsoleBlock, root: string): string[] {
  const scratch = mkdtempSync(join(tmpdir(), "newsparse-readme-"));
  for (const dir of ["fixtures", "tests"]) symlinkSync(join(root, dir), join(scratch, dir));
  mkdirSync(join(scratch, "bin"));
  symlinkSync(join(root, "bin", "newsparse"), join(scratch, "bin", "newsparse"));
  // each mark keeps the exit status of the command before it, for a following `echo $?`
  const script = [
    `__mark() { local status=$?; printf '%s\\n' "$1"; return $status; }`,
    // jq colours a terminal's output whatever NO_COLOR says
    `jq() { command jq --monochrome-output "$@"; }`,
    ...block.commands.flatMap(({ command }, k) => [`__mark '${MARK(k)}'`, command]),
    `__mark '${MARK(block.commands.length)}'`,
  ].join("\n");
  writeFileSync(join(scratch, "session.sh"), script + "\n");
  const path = [join(scratch, "bin"), dirname(process.execPath), process.env.PATH ?? ""].join(delimiter);
  const run = spawnSync("script", ["-qec", "stty cols 80; bash session.sh", "/dev/null"], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, PATH: path, NO_COLOR: "1", FORCE_COLOR: "", TERM: "dumb" },
  });
  const shown = screen(run.stdout);
  return block.commands.map((_, k) => {
    const from = shown.indexOf(`${MARK(k)}\n`) + MARK(k).length + 1;
    return shown.slice(from, shown.indexOf(`${MARK(k + 1)}\n`, from));
  });
}

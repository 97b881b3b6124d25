// The real binary on a pseudo-terminal (util-linux `script`): what only a terminal shows. The
// rows that take the terminal's flags as given run in process (tests/unit/cli.args.test.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runShell } from "../helpers/cli.js";

const hasScript = spawnSync("script", ["--version"]).status === 0;
const needs = hasScript ? "" : " (skipped: needs util-linux script)";
const MISRATA = join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt");
const BAR = "\r\u001b[K[####################] 100%  1 record  ";

/** Runs `command` with stdin, stdout and stderr on one new terminal of `columns` columns; its output is the terminal's. */
const onTerminal = (command: string, columns = 80) => runShell(`script -qec ${JSON.stringify(`stty cols ${columns}; ${command}`)} /dev/null`, { env: { NO_COLOR: "1" } });

describe.concurrent(`on a terminal${needs}`, () => {
  it.skipIf(!hasScript)("a bare `newsparse` prints the hint and the help, exit 2", async () => {
    const run = await onTerminal(`"$NEWSPARSE"`);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^newsparse: no article given: [^\n]*\n\r?\n\r?Usage: newsparse /);
  });

  it.skipIf(!hasScript)("batch writes no bar between results on the terminal", async () => {
    const run = await onTerminal(`"$NEWSPARSE" batch "${MISRATA}"`);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^\{"id":/);
    expect(run.stdout).not.toContain("\u001b[K");
  });

  it.skipIf(!hasScript)("batch draws the bar when the results go elsewhere", async () => {
    const run = await onTerminal(`"$NEWSPARSE" batch "${MISRATA}" > /dev/null`);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(BAR);
  });

  it.skipIf(!hasScript)("the table gives names the room of a 160-column terminal", async () => {
    const run = await onTerminal(`"$NEWSPARSE" "${MISRATA}"`, 160);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("  a3   Government of National Accord            org     4x government; aka GNA");
  });
});

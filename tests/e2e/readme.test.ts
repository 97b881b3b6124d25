// The README's examples print what the README says they print: every ```console block runs for real
// (scripts/readme/console.ts: an 80-column terminal, no colour, `newsparse` on the PATH), and each
// command's output must equal the lines after it, timings aside. `npx tsx scripts/readme-examples.ts
// --write` puts a changed output into the README, to be read in the diff before it is committed.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleBlocks, runBlock, screen, withoutTimings } from "../../scripts/readme/console.js";
import { ROOT } from "../helpers/cli.js";

const has = (tool: string) => spawnSync(tool, ["--version"]).status === 0;
const tools = ["script", "jq"].filter((tool) => !has(tool));
const needs = tools.length ? ` (skipped: needs ${tools.join(" and ")}; .ci/run installs them)` : "";
const blocks = consoleBlocks(readFileSync(join(ROOT, "README.md"), "utf8"));

describe("readme: what a terminal shows", () => {
  it.each([
    // [raw terminal output, what it shows]
    ["a\r\nb\r\n", "a\nb\n"],
    ["id,kind\r\r\n", "id,kind\n"], // a CSV row's own \r\n, on a terminal
    ["\r\u001b[K[###   ] 50%\r\u001b[Knewsparse: 2 records\r\n", "newsparse: 2 records\n"], // a progress bar, then the summary
  ])("%j", (raw, shown) => {
    expect(screen(raw)).toBe(shown);
  });

  it.each([
    ["newsparse: 4 records, 2 errors, 0.44 s", "newsparse: 4 records, 2 errors, N s"],
    ["took 12 s", "took N s"],
    ["3 sources", "3 sources"],
  ])("timings aside: %j", (text, compared) => {
    expect(withoutTimings(text)).toBe(compared);
  });

  it("finds the examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });
});

describe.concurrent(`readme: every console example${needs}`, () => {
  it.skipIf(tools.length > 0).each(blocks.map((block) => [`README.md:${block.line} $ ${block.commands[0]?.command ?? ""}`, block] as const))("%s", (_name, block) => {
    const printed = runBlock(block, ROOT);
    expect(block.commands.map(({ command }, k) => `$ ${command}\n${withoutTimings(printed[k]!)}`)).toEqual(
      block.commands.map(({ command, shown }) => `$ ${command}\n${withoutTimings(shown)}`),
    );
  });
});

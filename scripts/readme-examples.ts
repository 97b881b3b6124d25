// `npx tsx scripts/readme-examples.ts [--write]`: runs the README's ```console examples (see
// scripts/readme/console.ts) and lists those whose output differs from what the README shows;
// with --write, puts what they printed into the README.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { consoleBlocks, runBlock, withoutTimings } from "./readme/console.js";

const ROOT = join(import.meta.dirname, "..");
const README = join(ROOT, "README.md");
const markdown = readFileSync(README, "utf8");
const blocks = consoleBlocks(markdown);
let out = "";
let at = 0;
let differ = 0;
for (const block of blocks) {
  const printed = runBlock(block, ROOT);
  block.commands.forEach(({ command, shown }, k) => {
    if (withoutTimings(shown) !== withoutTimings(printed[k]!)) {
      differ++;
      console.log(`README.md:${block.line}: $ ${command}`);
    }
  });
  out += markdown.slice(at, block.start) + block.commands.map(({ command }, k) => `$ ${command}\n${printed[k]}`).join("");
  at = block.end;
}
out += markdown.slice(at);
console.log(`${blocks.length} blocks, ${differ} commands whose output differs`);
if (process.argv.includes("--write")) writeFileSync(README, out);

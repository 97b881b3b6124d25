// Test scenes: files written under a fresh folder, and NDJSON built from records or raw lines.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Writes `files` under a fresh folder of `dir` named after `name`, and returns that folder. */
export function scene(dir: string, name: string, files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(dir, `${name}-`));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** One line per record; a string is written as it is (a broken line, on purpose). */
export const ndjson = (...records: unknown[]) => records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n";

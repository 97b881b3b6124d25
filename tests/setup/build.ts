// Builds dist/ and data/ before the tests when anything they are built from changed since the last
// good build (`npm ci` builds too, so a fresh clone's `npm test` builds nothing), so the CLI tests never
// run a stale binary and parallel runs rewrite dist/ as little as possible.
// A failed build is handed to the CLI tests (inject("buildError")) instead of thrown here,
// so that one half-edited file elsewhere does not fail every in-process test too.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    buildError: string | null;
  }
}

const ROOT = join(import.meta.dirname, "..", "..");
// the build's last output: each step of `npm run build` runs only when the one before succeeded
const LAST_OUTPUT = join(ROOT, "dist", "bundle", "index.d.ts");
const INPUTS = ["src", "scripts", "package.json", "tsconfig.json"];

function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function builtAt(): number {
  try {
    return statSync(LAST_OUTPUT).mtimeMs;
  } catch {
    return 0;
  }
}

export default function setup(project: TestProject): void {
  if (builtAt() > Math.max(...INPUTS.map((input) => newest(join(ROOT, input))))) {
    project.provide("buildError", null);
    return;
  }
  const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
  project.provide("buildError", build.status === 0 ? null : `npm run build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
}

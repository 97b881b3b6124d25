// Builds dist/ once per test run (about two seconds), so the CLI tests never run a stale binary.
// A failed build is handed to the CLI tests (inject("buildError")) instead of thrown here,
// so that one half-edited file elsewhere does not fail every in-process test too.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    buildError: string | null;
  }
}

export default function setup(project: TestProject): void {
  const build = spawnSync("npm", ["run", "build"], { cwd: join(import.meta.dirname, "..", ".."), encoding: "utf8" });
  project.provide("buildError", build.status === 0 ? null : `npm run build failed (exit ${build.status}):\n${build.stdout}${build.stderr}`);
}

// The package version for `newsparse --version`, read from package.json at run time. This file,
// the tsc output (dist/cli/) and the bundle (dist/bundle/cli.js) all sit two levels below the
// package root, in a clone and in an installed package alike.
import { readFileSync } from "node:fs";

export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  if (typeof manifest.version !== "string") throw new Error("package.json has no version");
  return manifest.version;
}

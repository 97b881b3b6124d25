// The package as a user installs it: `npm pack`, then `npm install -g` of that tarball into a fresh
// prefix, offline from npm's cache (where `npm ci` left every runtime dependency), with npm's default
// of running no install script. The installed command and library must give what the clone gives.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, runShell, type CliRun } from "../helpers/cli.js";
import { ndjson } from "../helpers/scene.js";

const FIXTURE = "fixtures/articles/misrata-2019-03-14.txt";
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

const dir = mkdtempSync(join(tmpdir(), "newsparse-package-"));
const prefix = join(dir, "prefix");
const consumer = join(dir, "consumer");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync("npm", [...args, "--offline", "--no-audit", "--no-fund"], { cwd, encoding: "utf8", stdio: "pipe" });

beforeAll(() => {
  // the test setup has just built dist/ from these sources: `prepare` would build it a second time
  const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", dir], ROOT)) as Array<{ filename: string }>;
  const tarball = join(dir, packed!.filename);
  npm(["install", "--global", "--prefix", prefix, tarball], dir);
  // a project of the user's own that depends on the package
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  npm(["install", tarball], consumer);
}, 120_000);

/** `newsparse ARGS...` as installed in the prefix, run from the clone so that file ids match. */
const installed = (args: string[], input?: string): Promise<CliRun> =>
  runShell(`"$INSTALLED" ${args.map((arg) => `'${arg}'`).join(" ")}`, { input, env: { INSTALLED: join(prefix, "bin", "newsparse") } });

describe.concurrent("the installed command", () => {
  it("--version prints the package version", async () => {
    const run = await installed(["--version"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it("--help lists the commands", async () => {
    const run = await installed(["--help"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: newsparse /);
    for (const command of ["parse", "batch", "schema", "eval", "render", "convert"]) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it.each([
    ["a fixture", [FIXTURE], undefined],
    ["batch - on NDJSON", ["batch", "-", "--quiet"], ndjson({ id: "one", text: readFileSync(join(ROOT, FIXTURE), "utf8") }, { id: 2, text: "Delegates from Kenya met in Nairobi on 3 March 2019.", date: "2019-03-04" })],
    ["schema", ["schema"], undefined],
  ])("%s: same output as the clone", async (_label, args, input) => {
    const [mine, clone] = await Promise.all([installed(args, input), runCli(args, { input })]);
    expect(mine.code, mine.stderr).toBe(0);
    expect(clone.code, clone.stderr).toBe(0);
    expect(mine.stdout).not.toBe("");
    expect(mine.stdout).toBe(clone.stdout);
  });
});

describe("the installed library", () => {
  it("import { parseArticle } from \"newsparse\" gives the clone's result", async () => {
    writeFileSync(
      join(consumer, "parse.js"),
      `import { readFileSync } from "node:fs";
import { parseArticle } from "newsparse";
const [file] = process.argv.slice(2);
process.stdout.write(JSON.stringify(parseArticle(readFileSync(file, "utf8"), { id: file }), null, 2) + "\\n");
`,
    );
    const [mine, clone] = await Promise.all([
      runShell(`node "$CONSUMER/parse.js" '${FIXTURE}'`, { env: { CONSUMER: consumer } }),
      runCli([FIXTURE]),
    ]);
    expect(mine.code, mine.stderr).toBe(0);
    expect(JSON.parse(mine.stdout)).toEqual(JSON.parse(clone.stdout));
  });

  it("ships type declarations that type its results", () => {
    // zod is a dependency for these: without it every schema and `Result` would be typed `any`,
    // and the expected error below would not happen (even with --skipLibCheck, as most projects set)
    writeFileSync(
      join(consumer, "typed.ts"),
      `import { parseArticle, ResultSchema, type Result } from "newsparse";
const result: Result = ResultSchema.parse(parseArticle("Delegates met in Nairobi."));
export const name: string | undefined = result.places[0]?.name;
// @ts-expect-error a place's name is a string
export const wrong: number | undefined = result.places[0]?.name;
`,
    );
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const check = spawnSync(process.execPath, [tsc, "--noEmit", "--strict", "--module", "nodenext", "--target", "es2022", "--skipLibCheck", "typed.ts"], { cwd: consumer, encoding: "utf8" });
    expect(check.status, check.stdout).toBe(0);
  });
});

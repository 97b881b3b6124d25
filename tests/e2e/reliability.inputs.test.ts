// Bad input gets a plain answer: a lexicon with a name too long to match, a lexicon path that is a
// folder, UTF-16 articles, linked and unreadable items in folders and patterns. Each row runs the CLI.
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ARTICLE = "Flooding closed roads in Dhaka on Monday, officials said.\n";
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-reliability-"));
  const lexicon = (name: string, content: object) => writeFileSync(join(dir, name), JSON.stringify(content));
  lexicon("long-name.json", { actors: [{ name: "A".repeat(40_000), type: "organization" }] });
  lexicon("long-alias.json", { places: [{ name: "Dhaka", type: "city", aliases: ["Dacca", "D".repeat(501)] }] });
  lexicon("long-ignore.json", { ignore: ["x".repeat(1_000)] });
  // 2,001 names of 500 characters: over the 1,000,000 characters all names may hold
  lexicon("many-names.json", { actors: Array.from({ length: 2_001 }, (_, k) => ({ name: `Office ${k} `.padEnd(500, "o"), type: "organization" })) });
  lexicon("longest.json", { actors: [{ name: `Office ${"o".repeat(493)}`, type: "organization" }] });
  mkdirSync(join(dir, "lexicon-folder"));
  writeFileSync(join(dir, "article.txt"), ARTICLE);
  writeFileSync(join(dir, "utf16le-bom.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]));
  writeFileSync(join(dir, "utf16be-bom.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, "utf16le").swap16()]));
  writeFileSync(join(dir, "utf16le.txt"), Buffer.from(ARTICLE, "utf16le"));
  writeFileSync(join(dir, "utf16be.txt"), Buffer.from(ARTICLE, "utf16le").swap16());
  mkdirSync(join(dir, "tree", "locked"), { recursive: true });
  writeFileSync(join(dir, "tree", "a.txt"), ARTICLE);
  writeFileSync(join(dir, "tree", "locked", "b.txt"), ARTICLE);
  symlinkSync("../article.txt", join(dir, "tree", "linked.txt"));
  symlinkSync(".", join(dir, "tree", "loop"));
  mkdirSync(join(dir, "guarded", "locked"), { recursive: true });
  writeFileSync(join(dir, "guarded", "a.txt"), ARTICLE);
  writeFileSync(join(dir, "guarded", "locked", "b.txt"), ARTICLE);
});

describe.concurrent("reliability: a user lexicon is checked when it is read", () => {
  it.each([
    ["long-name.json", "actors.0.name: longer than 500 characters"],
    ["long-alias.json", "places.0.aliases.1: longer than 500 characters"],
    ["long-ignore.json", "ignore.0: longer than 500 characters"],
    ["many-names.json", "its names and aliases hold 1,000,500 characters in all, more than 1,000,000; keep to the names you watch for"],
    ["lexicon-folder", "is a folder; give the lexicon's JSON file"],
  ])("%s: exit 3, one short line naming the entry", async (lexicon, message) => {
    for (const args of [["article.txt"], ["batch", "article.txt", "--quiet"]]) {
      const run = await runCli([...args, "--lexicon", lexicon], { cwd: dir });
      expect(run.stderr).toBe(`newsparse: --lexicon ${lexicon}: ${message}\n`);
      expect(run.code).toBe(3);
      expect(run.stdout).toBe("");
    }
  });

  it("a name of 500 characters is read", async () => {
    const run = await runCli(["article.txt", "--lexicon", "longest.json", "--format", "json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
  });
});

describe.concurrent("reliability: UTF-16 articles", () => {
  it.each([
    ["utf16le-bom.txt", 0, ""],
    ["utf16be-bom.txt", 0, ""],
    ["utf16le.txt", 3, "utf16le.txt: looks like UTF-16LE without a byte-order mark; convert it to UTF-8"],
    ["utf16be.txt", 3, "utf16be.txt: looks like UTF-16BE without a byte-order mark; convert it to UTF-8"],
  ])("%s: parse exits %i, batch says the same", async (file, code, message) => {
    const parse = await runCli([file, "--format", "json"], { cwd: dir });
    expect(parse.code, parse.stderr).toBe(code);
    expect(parse.stderr).toContain(message);
    const batch = await runCli(["batch", file, "--quiet"], { cwd: dir });
    const record = JSON.parse(batch.stdout) as { places?: Array<{ name: string }>; error?: { code: string; message: string } };
    if (code === 0) expect(record.places!.map((p) => p.name)).toEqual(["Dhaka"]);
    else expect(record.error).toEqual({ code: "invalid_utf8", message: expect.stringContaining(message) as string });
  });
});

describe.concurrent("reliability: folders and patterns", () => {
  it.each([["tree"], ["tree/**/*.txt"]])("%s: a linked article is read and a loop reported, in order", async (input) => {
    const run = await runCli(["batch", input, "--quiet"], { cwd: dir });
    const records = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; error?: { code: string } });
    expect(records.map((r) => [r.id, r.error?.code ?? "ok"])).toEqual([
      ["tree/a.txt", "ok"],
      ["tree/linked.txt", "ok"],
      ["tree/locked/b.txt", "ok"],
      ["tree/loop", "unreadable"],
    ]);
  });

  // root reads any folder whatever its mode: tests/unit/inputs.test.ts shows the error through an injected reader
  it.skipIf(process.getuid?.() === 0)("a folder that cannot be read is an error record in its place, in a folder and a pattern", async () => {
    chmodSync(join(dir, "guarded", "locked"), 0o000);
    try {
      for (const input of ["guarded", "guarded/**/*.txt"]) {
        const run = await runCli(["batch", input, "--quiet"], { cwd: dir });
        const records = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; error?: { code: string } });
        expect(records.map((r) => [r.id, r.error?.code ?? "ok"])).toEqual([
          ["guarded/a.txt", "ok"],
          ["guarded/locked", "unreadable"],
        ]);
      }
    } finally {
      chmodSync(join(dir, "guarded", "locked"), 0o755);
    }
  });
});

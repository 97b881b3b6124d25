// batch's folder and pattern inputs: links followed, loops and folders that cannot be read reported in
// their place. Root reads every folder whatever its mode, so the folder that cannot be read is shown
// through an injected reader that refuses it (EACCES); the rest is a real tree of files and links.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/batch/inputs.js";
import type { InputItem } from "../../src/batch/item.js";
import { fileSystem, type FolderReader } from "../../src/batch/walk.js";

let root = "";

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "newsparse-inputs-"));
  const file = (path: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), "Officials met in Paris on Monday.\n");
  };
  file("c/a.txt");
  file("c/locked/hidden.txt");
  file("c/sub/d.txt");
  file("elsewhere/real.txt");
  symlinkSync("../elsewhere/real.txt", join(root, "c/b-link.txt"));
  symlinkSync("../elsewhere", join(root, "c/linked"));
  symlinkSync("..", join(root, "c/sub/up"));
  symlinkSync("nowhere.txt", join(root, "c/broken.txt"));
  symlinkSync("notes", join(root, "c/broken-folder"));
});

const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" });
const refusing: FolderReader = { ...fileSystem, readdir: (path) => (path.endsWith("locked") ? Promise.reject(denied(path)) : fileSystem.readdir(path)) };

async function* noStdin(): AsyncGenerator<Uint8Array> {}

async function items(input: string): Promise<string[]> {
  const found: string[] = [];
  const show = (item: InputItem) => `${item.id.slice(root.length + 1)} ${item.kind === "failed" ? item.code : item.kind}`;
  for await (const item of readInputs([join(root, input)], noStdin(), { maxBytes: 1e6, reader: refusing })) found.push(show(item));
  return found;
}

describe("batch inputs: folders and patterns", () => {
  it.each([
    ["c", "a folder"],
    ["c/**/*.txt", "a pattern"],
  ])("%s (%s): links followed, a loop and a folder that cannot be read reported in order", async (input) => {
    expect(await items(input)).toEqual([
      "c/a.txt article",
      "c/b-link.txt article",
      "c/broken.txt not_found",
      "c/linked/real.txt article",
      "c/locked unreadable",
      "c/sub/d.txt article",
      "c/sub/up unreadable",
    ]);
  });

  it.each([
    ["c/*.txt", ["c/a.txt article", "c/b-link.txt article", "c/broken.txt not_found"]],
    ["c/*/*.txt", ["c/linked/real.txt article", "c/locked unreadable", "c/sub/d.txt article"]],
  ])("%s reads only as deep as the pattern goes", async (input, expected) => {
    expect(await items(input)).toEqual(expected);
  });
});

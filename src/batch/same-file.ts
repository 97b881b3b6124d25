// `batch in.ndjson --out in.ndjson` would empty its own input before reading it (and with --resume
// take the input for output already written): refuse an output that is the same file as an input,
// through any link, before anything is opened for writing. Files are compared by device and inode.
import { fstatSync, type Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { usageError } from "../errors.js";
import { globFiles, isGlob } from "./glob.js";
import { ARTICLE } from "./inputs.js";
import { walk } from "./walk.js";

type Identity = Pick<Stats, "dev" | "ino" | "nlink">;

const same = (a: Identity | null, b: Identity) => a !== null && a.dev === b.dev && a.ino === b.ino;

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** Throws a usage error naming both when `out` (given as `flag`: `--out`, `--stats`) is one of the files that `inputs` name, hold or match. */
export async function refuseOutputAmongInputs(flag: string, out: string, inputs: string[]): Promise<void> {
  const target = await statOrNull(out);
  // an output that does not exist yet is no input
  if (target === null || !target.isFile()) return;
  const refuse = (input: string) => usageError(`${flag} ${out} is the same file as the input ${input}: it would be overwritten before it is read; write elsewhere`);
  const realOut = await realpath(out);
  for (const input of inputs) {
    if (input === "-") {
      if (same(stdinFile(), target)) throw refuse("stdin");
      continue;
    }
    const stats = await statOrNull(input);
    if (stats?.isDirectory()) {
      const found = await findInFolder(input, target, realOut);
      if (found !== null) throw refuse(found);
    } else if (stats !== null) {
      if (same(stats, target)) throw refuse(input);
    } else if (isGlob(input)) {
      for await (const found of globFiles(input)) if (found.kind === "file" && same(await statOrNull(found.path), target)) throw refuse(found.path);
    }
  }
}

// `batch - --out x.ndjson < x.ndjson`
function stdinFile(): Identity | null {
  try {
    return fstatSync(0);
  } catch {
    return null;
  }
}

// Of a folder, batch reads the articles (`.txt`, `.txt.gz`), through the same walk as its input
// (links followed): `batch archive/ --out archive/o.ndjson` is fine. A file with one link is reached only
// by its own path or a symbolic link: comparing real paths spares a stat per file of a large archive.
async function findInFolder(dir: string, target: Identity, realOut: string): Promise<string | null> {
  for await (const found of walk(dir, { child: join, wanted: (path) => ARTICLE.test(path), depth: Infinity })) {
    if (found.kind !== "file") continue;
    if (target.nlink > 1 ? same(await statOrNull(found.path), target) : (await realpath(found.path).catch(() => null)) === realOut) return found.path;
  }
  return null;
}

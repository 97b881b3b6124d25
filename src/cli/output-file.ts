// Files the CLI writes besides stdout (`--out`, `--stats`, pages of `render --out-dir`). Each is
// checked before any work, so that an unwritable path fails in a moment, not after the whole run;
// a write that fails all the same (a full disk) is one line and exit 74, naming the file.
import { constants } from "node:fs";
import { access, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ioError } from "../errors.js";

/** Throws the exit-74 error of `name` (`--stats run.json`) unless `path` can be created or overwritten. */
export async function checkWritable(path: string, name: string): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw ioError(name, Object.assign(new Error("a folder"), { code: "EISDIR" }));
  const folder = dirname(path);
  try {
    if (existing === null && !(await stat(folder)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    await access(existing === null ? folder : path, constants.W_OK);
  } catch (error) {
    throw ioError(name, error);
  }
}

/**
 * Writes `text` to `path`. `noFollow`: refuse a symbolic link that sits at the name (exit 74,
 * `it is a symbolic link`) rather than write wherever it points: a page of `render --out-dir`
 * lands in the folder the user named, never elsewhere.
 */
export async function writeOutputFile(path: string, text: string, name: string, noFollow = false): Promise<void> {
  const flag = noFollow ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW : "w";
  try {
    await writeFile(path, text, { flag });
  } catch (error) {
    throw ioError(name, error);
  }
}

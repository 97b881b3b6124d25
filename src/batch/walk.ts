// A folder tree read in the order every machine gives (names sorted by code unit, depth first), for
// folder inputs and patterns alike. Links are followed, to files and to folders; a link back to a
// folder above it (a loop) and a folder or link that cannot be read are reported in their place.
import type { Dirent, Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";

/** A file to read, or an item that could not be read, with the error that says why. */
export type Found = { kind: "file"; path: string } | { kind: "failed"; path: string; error: unknown };

/** The two calls a walk makes; tests give their own to show a folder that cannot be read. */
export interface FolderReader {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
}

export const fileSystem: FolderReader = { readdir: (path) => readdir(path, { withFileTypes: true }), stat: (path) => stat(path) };

export interface WalkOptions {
  /** The path of a name in a folder (as the caller writes paths). */
  child(dir: string, name: string): string;
  /** Whether a file is read. */
  wanted(path: string): boolean;
  /** How many levels of folders are read; 1 reads the folder's own files only. */
  depth: number;
  reader?: FolderReader;
}

export async function* walk(dir: string, options: WalkOptions): AsyncGenerator<Found> {
  const reader = options.reader ?? fileSystem;
  let root: Stats;
  try {
    root = await reader.stat(dir === "" ? "." : dir);
  } catch (error) {
    if (!vanished(error)) yield { kind: "failed", path: dir, error };
    return;
  }
  yield* walkBelow(dir, options, reader, [identity(root)], options.depth);
}

async function* walkBelow(dir: string, options: WalkOptions, reader: FolderReader, above: string[], depthLeft: number): AsyncGenerator<Found> {
  if (depthLeft <= 0) return;
  let entries: Dirent[];
  try {
    entries = await reader.readdir(dir === "" ? "." : dir);
  } catch (error) {
    // a pattern's folder that is not there, or is a file, holds nothing to read
    if (!vanished(error)) yield { kind: "failed", path: dir, error };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = options.child(dir, entry.name);
    if (entry.isFile()) {
      if (options.wanted(path)) yield { kind: "file", path };
    } else if (entry.isDirectory()) {
      yield* walkFolder(path, options, reader, above, depthLeft);
    } else if (entry.isSymbolicLink()) {
      yield* followLink(path, options, reader, above, depthLeft);
    }
  }
}

async function* followLink(path: string, options: WalkOptions, reader: FolderReader, above: string[], depthLeft: number): AsyncGenerator<Found> {
  let target: Stats;
  try {
    target = await reader.stat(path);
  } catch (error) {
    // a broken link is reported only where it names a file that would be read
    if (options.wanted(path)) yield { kind: "failed", path, error };
    return;
  }
  if (target.isDirectory()) yield* walkFolder(path, options, reader, above, depthLeft, target);
  else if (target.isFile() && options.wanted(path)) yield { kind: "file", path };
}

async function* walkFolder(path: string, options: WalkOptions, reader: FolderReader, above: string[], depthLeft: number, known?: Stats): AsyncGenerator<Found> {
  if (depthLeft <= 1) return;
  let folder: Stats;
  try {
    folder = known ?? (await reader.stat(path));
  } catch (error) {
    yield { kind: "failed", path, error };
    return;
  }
  const id = identity(folder);
  if (above.includes(id)) {
    yield { kind: "failed", path, error: new LoopError() };
    return;
  }
  yield* walkBelow(path, options, reader, [...above, id], depthLeft - 1);
}

/** A link to a folder that holds it: `archive/back -> ..`. */
export class LoopError extends Error {
  readonly code = "ELOOP";
  constructor() {
    super("a link back to a folder above it");
  }
}

const identity = (stats: Stats) => `${stats.dev}:${stats.ino}`;

function vanished(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

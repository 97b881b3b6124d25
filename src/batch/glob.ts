// `archive/**/*.txt` -> the files it names, in the order a folder is read (sorted by code unit,
// depth first). Node 20 has no fs.glob, and its path.matchesGlob prints an ExperimentalWarning,
// so this is a small matcher of our own: `*` and `?` within one name, `**` for any number of
// folders, `[abc]` / `[!abc]`, `{a,b}`. Symbolic links to folders are not followed (no loops).
import { readdir } from "node:fs/promises";

const SPECIAL = /[*?[{]/;

/** A path that names files by pattern; it is read as a pattern only when no such path exists. */
export const isGlob = (path: string): boolean => SPECIAL.test(path);

/** The pattern as a regular expression over whole `/`-separated paths. */
export function globRegExp(pattern: string): RegExp {
  let source = "";
  let braces = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] ?? "";
    if (c === "*" && pattern[i + 1] === "*") {
      // `**/` is zero or more folders; a final `**` is anything below
      const slash = pattern[i + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[" && pattern.indexOf("]", i + 2) !== -1) {
      const close = pattern.indexOf("]", i + 2);
      const body = pattern.slice(i + 1, close);
      const negated = body.startsWith("!") || body.startsWith("^");
      source += `[${negated ? "^" : ""}${escapeClass(negated ? body.slice(1) : body)}]`;
      i = close;
    } else if (c === "{") {
      braces += 1;
      source += "(?:";
    } else if (c === "}" && braces > 0) {
      braces -= 1;
      source += ")";
    } else if (c === "," && braces > 0) source += "|";
    else source += c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  }
  // an unclosed `{` matches itself, as in a shell
  if (braces > 0) return new RegExp(`^${pattern.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}$`, "s");
  return new RegExp(`^${source}$`, "s");
}

// inside [...], only `\` and `]` need escaping (a `-` keeps its range meaning)
function escapeClass(body: string): string {
  return body.replace(/[\\\]]/g, "\\$&");
}

/** The files the pattern names; nothing when none does. */
export async function* globFiles(pattern: string): AsyncGenerator<string> {
  const segments = pattern.split("/");
  const firstSpecial = segments.findIndex((segment) => isGlob(segment));
  // the folder before the first pattern segment: `archive/2019/*.txt` starts in archive/2019
  // paths are built by appending names to it as written, so that they match the pattern as written
  const base = segments.slice(0, firstSpecial).join("/") || (pattern.startsWith("/") ? "/" : "");
  const unbounded = segments.some((segment) => segment.includes("**"));
  yield* walk(base, globRegExp(pattern), unbounded ? Infinity : segments.length - firstSpecial);
}

async function* walk(dir: string, matcher: RegExp, depthLeft: number): AsyncGenerator<string> {
  if (depthLeft <= 0) return;
  let entries;
  try {
    entries = await readdir(dir === "" ? "." : dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir === "" ? entry.name : dir.endsWith("/") ? `${dir}${entry.name}` : `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(path, matcher, depthLeft - 1);
    else if (entry.isFile() && matcher.test(path)) yield path;
  }
}

// `archive/**/*.txt` -> the files it names, in the order a folder is read (sorted by code unit,
// depth first). Node 20 has no fs.glob, and its path.matchesGlob prints an ExperimentalWarning,
// so this is a small matcher of our own: `*` and `?` within one name, `**` for any number of
// folders, `[abc]` / `[!abc]`, `{a,b}`. The folders are read by walk.ts, links followed.
import { walk, type FolderReader, type Found } from "./walk.js";

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

/** The files the pattern names, and the folders on the way that could not be read; nothing when none does. */
export function globFiles(pattern: string, reader?: FolderReader): AsyncGenerator<Found> {
  const segments = pattern.split("/");
  const firstSpecial = segments.findIndex((segment) => isGlob(segment));
  // the folder before the first pattern segment: `archive/2019/*.txt` starts in archive/2019
  // paths are built by appending names to it as written, so that they match the pattern as written
  const base = segments.slice(0, firstSpecial).join("/") || (pattern.startsWith("/") ? "/" : "");
  const unbounded = segments.some((segment) => segment.includes("**"));
  const matcher = globRegExp(pattern);
  return walk(base, {
    child: (dir, name) => (dir === "" ? name : dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`),
    wanted: (path) => matcher.test(path),
    depth: unbounded ? Infinity : segments.length - firstSpecial,
    reader,
  });
}

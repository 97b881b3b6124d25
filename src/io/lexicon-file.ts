// A user lexicon's file (`--lexicon FILE`): read once, checked against the schema in lexicon/user.ts.
import { readFileSync } from "node:fs";
import { inputError } from "../errors.js";
import { compileLexicon, UserLexiconSchema, type UserLexicon } from "../lexicon/user.js";

const cache = new Map<string, UserLexicon>();

/** One read per file and thread: batch maps thousands of records with the same lexicon. */
export function cachedLexicon(path: string): UserLexicon {
  let lexicon = cache.get(path);
  if (!lexicon) cache.set(path, (lexicon = loadLexicon(path)));
  return lexicon;
}

/** Reads and checks a lexicon file; a mistake in it is the caller's, with a message that says where. */
export function loadLexicon(path: string): UserLexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not valid JSON";
    throw inputError("invalid_record", `--lexicon ${path}: ${reason}; see the README's "User lexicons" for the format`);
  }
  const parsed = UserLexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw inputError("invalid_record", `--lexicon ${path}: ${issue.path.join(".") || "top level"}: ${issue.message}`);
  }
  return compileLexicon(parsed.data);
}

// A user lexicon's file (`--lexicon FILE`): read once, checked against the schema in lexicon/user.ts.
import { readFileSync } from "node:fs";
import { inputError } from "../errors.js";
import { compileLexicon, LexiconTooLarge, UserLexiconSchema, type UserLexicon } from "../lexicon/user.js";

const cache = new Map<string, UserLexicon>();

/** One read per file and thread: batch maps thousands of records with the same lexicon. */
export function cachedLexicon(path: string): UserLexicon {
  let lexicon = cache.get(path);
  if (!lexicon) cache.set(path, (lexicon = loadLexicon(path)));
  return lexicon;
}

/** Reads and checks a lexicon file; a mistake in it is the caller's, with a message that says where. */
export function loadLexicon(path: string): UserLexicon {
  const raw = readJson(path);
  const parsed = UserLexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw inputError("invalid_record", `--lexicon ${path}: ${issue.path.join(".") || "top level"}: ${issue.message}`);
  }
  try {
    return compileLexicon(parsed.data);
  } catch (error) {
    if (!(error instanceof LexiconTooLarge)) throw error;
    throw inputError("invalid_record", `--lexicon ${path}: ${error.message}`);
  }
}

function readJson(path: string): unknown {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder; give the lexicon's JSON file" : `cannot be read (${code ?? String(error)})`;
    throw inputError(code === "ENOENT" ? "not_found" : "unreadable", `--lexicon ${path}: ${reason}`);
  }
  try {
    return JSON.parse(content);
  } catch {
    throw inputError("invalid_record", `--lexicon ${path}: not valid JSON; see the README's "User lexicons" for the format`);
  }
}

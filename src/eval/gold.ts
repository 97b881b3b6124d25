// Reading native gold: one JSON document, NDJSON of documents, or a folder of either.
// `path` is resolved against the gold file's folder; every span's `text`, when given, must match the article.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { inputError, systemReason } from "../errors.js";
import { GoldDocumentSchema, type GoldDocument } from "../schema.js";

export interface LoadedGold {
  gold: GoldDocument;
  text: string;
}

/** The file's text; a file that cannot be read is the caller's to mend (exit 3, naming it). */
export function readInputText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw inputError("not_found", `${file}: no such file (${what}); check the path`);
    throw inputError("unreadable", `${file}: cannot be read (${what}: ${systemReason(error)})`);
  }
}

/** `gold.ndjson:3: not JSON (Unexpected token ...)` */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError("invalid_json", `${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseDocs(file: string): unknown[] {
  const raw = readInputText(file, "gold");
  if (/\.(nd)?jsonl?$/.test(file) && !file.endsWith(".json")) {
    return raw.split("\n").flatMap((l, k) => (l.trim() === "" ? [] : [parseJson(l, `${file}:${k + 1}`)]));
  }
  const parsed = parseJson(raw, file);
  return Array.isArray(parsed) ? parsed : [parsed];
}

function goldFiles(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) throw inputError("not_found", `${path}: no such gold file or folder`);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(json|ndjson|jsonl)$/.test(f))
    .sort()
    .map((f) => join(path, f));
}

export function loadGold(path: string): LoadedGold[] {
  return goldFiles(path).flatMap((file) =>
    parseDocs(file).map((raw, k) => {
      const parsed = GoldDocumentSchema.safeParse(raw);
      if (!parsed.success) throw inputError("invalid_record", `${file} (document ${k + 1}): not valid gold: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
      const gold = parsed.data;
      const text = gold.text ?? readInputText(resolve(dirname(file), gold.path!), `the "path" of ${file}, document ${k + 1}`);
      checkSpans(gold, text, file);
      return { gold, text };
    }),
  );
}

/** Every span of a gold document: mentions, dates, quote pieces, figures, ignore spans. */
export function goldSpans(gold: GoldDocument): Array<{ start: number; end: number; text?: string }> {
  return [
    ...(gold.actors ?? []).flatMap((a) => a.mentions),
    ...(gold.places ?? []).flatMap((p) => p.mentions),
    ...(gold.dates ?? []),
    ...(gold.quotes ?? []).flatMap((q) => [...q.fragments, ...(q.speaker ? [q.speaker] : []), ...(q.cue ? [q.cue] : [])]),
    ...(gold.figures ?? []),
    ...(gold.ignore ?? []),
  ];
}

/** Every span with a `text` must slice to it: a gold file that drifted from its article is refused. */
function checkSpans(gold: GoldDocument, text: string, file: string): void {
  for (const s of goldSpans(gold)) {
    if (s.end < s.start || s.end > text.length || (s.text !== undefined && text.slice(s.start, s.end) !== s.text)) {
      throw inputError("invalid_record", `${file} (${gold.id}): span ${s.start}-${s.end} does not slice to ${JSON.stringify(s.text)}`);
    }
  }
}

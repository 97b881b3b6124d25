// The mapper: one input item -> one output record. A failing record becomes an error record
// and never throws, so one bad article cannot stop the batch.
import * as z from "zod";
import { NewsparseError } from "../errors.js";
import { cachedLexicon } from "../io/lexicon-file.js";
import { parseArticle } from "../pipeline/run.js";
import { checkText, decodeArticle } from "../io/decode.js";
import type { ErrorRecord, Result } from "../schema.js";
import type { InputItem } from "./item.js";

export interface MapOptions {
  /** The article date for records and files that carry none (`--date`). */
  date?: string;
  /** Path of a user lexicon (`--lexicon`); a worker reads it once. */
  lexicon?: string;
}

/** An error record whose code is one of ours (src/errors.ts). */
export type BatchErrorRecord = ErrorRecord & { error: { code: NewsparseError["code"] } };

export function toOutputRecord(item: InputItem, options: MapOptions = {}): Result | BatchErrorRecord {
  if (item.kind === "failed") return errorRecord(item.id, item.code, item.message);
  try {
    const lexicon = options.lexicon ? cachedLexicon(options.lexicon) : null;
    if (item.kind === "article") {
      return parseArticle(decodeArticle(item.bytes, item.id), { id: item.id, date: options.date ?? null, lexicon });
    }
    const { text, date, title, url } = item.record;
    return parseArticle(checkText(text, item.id), { id: item.id, date: date ?? options.date ?? null, title: title ?? null, url: url ?? null, lexicon });
  } catch (error) {
    if (error instanceof NewsparseError) return errorRecord(item.id, error.code, error.message);
    // a bug of ours, not the article's: record it and go on with the rest
    return errorRecord(item.id, "internal", `${item.id}: internal error: ${describe(error)} (please report it)`);
  }
}

export function isErrorRecord(record: Result | BatchErrorRecord): record is BatchErrorRecord {
  return "error" in record;
}

/** An output record as its NDJSON line (made where the record was, so a worker sends a string), and its error if any. */
export interface Mapped {
  id: string;
  line: string;
  error: BatchErrorRecord["error"] | null;
}

export function toMapped(record: Result | BatchErrorRecord): Mapped {
  return { id: record.id, line: JSON.stringify(record) + "\n", error: isErrorRecord(record) ? record.error : null };
}

/** An error found outside the mapper: a timeout, a crashed worker. */
export function errorMapped(id: string, code: NewsparseError["code"], message: string): Mapped {
  return toMapped(errorRecord(id, code, message));
}

// a ZodError's message is a JSON dump of every issue: name the first one instead
function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return `the result failed validation at ${issue?.path.join(".") || "the top"}: ${issue?.message ?? ""}`;
  }
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

function errorRecord(id: string, code: NewsparseError["code"], message: string): BatchErrorRecord {
  return { id, error: { code, message } };
}

// One NDJSON line -> one input item. JSON.parse then Zod: the parsed value is only ever
// validated, never merged into another object, so keys like `__proto__` change nothing.
import * as z from "zod";
import type { InputItem } from "../batch/item.js";
import type { ErrorCode } from "../errors.js";
import { plural } from "../plural.js";
import { InputRecordSchema } from "../schema.js";
import { lineRuns } from "./lines.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

// the id is read on its own: a record without a usable one is still parsed, as `<source>:<line>`
const IdSchema = z.object({ id: z.union([z.string().regex(/\S/), z.number()]) });
const RecordSchema = InputRecordSchema.omit({ id: true });

export interface Where {
  /** A file path, or `stdin`. */
  source: string;
  /** 1-based line number. */
  line: number;
}

/** Null for a blank line, which is not a record. */
export function parseRecordLine(bytes: Uint8Array, where: Where): InputItem | null {
  const fallbackId = `${where.source}:${where.line}`;
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    return failed(fallbackId, "invalid_utf8", "is not valid UTF-8; convert the file first (for example with iconv -t UTF-8)");
  }
  // a BOM may start the first line of a file saved by a Windows editor
  if (where.line === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === "") return null;

  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failed(fallbackId, "invalid_json", `is not valid JSON (${(error as Error).message})`);
  }
  const named = IdSchema.safeParse(value);
  const id = named.success ? String(named.data.id) : fallbackId;
  const parsed = RecordSchema.safeParse(value);
  if (parsed.success) return { kind: "record", id, record: parsed.data };

  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") || "record";
  if (field === "date") return failed(id, "invalid_date", "`date` must be a day: YYYY-MM-DD, ISO 8601 with a time (2022-06-20T08:00:00Z), RFC 2822 (Mon, 20 Jun 2022 08:00:00 +0000) or Unix time");
  return failed(id, "invalid_record", `\`${field}\`: ${issue?.message ?? "invalid"} (a record is {"id", "text", "date"?, "title"?, "url"?})`);
}

/**
 * Every record of an NDJSON stream, one line at a time; a line over `maxBytes` is refused unread.
 * Past `maxTotal` bytes (a gzip's unpacked size), an `oversize` item ends the stream.
 */
export async function* readRecords(input: AsyncIterable<Uint8Array>, source: string, maxBytes = Infinity, maxTotal = Infinity): AsyncGenerator<InputItem> {
  let line = 0;
  for await (const bytes of lineRuns(input, maxBytes, maxTotal)) {
    if ("blank" in bytes) {
      line += bytes.blank;
      continue;
    }
    line += 1;
    if ("overTotal" in bytes) {
      yield failed(source, "oversize", `unpacks to more than ${plural(maxTotal, "byte")}; read up to line ${line - 1} (raise the limit with --max-unpacked-bytes)`);
      return;
    }
    // its id is somewhere in the bytes that were dropped
    const item = "tooLong" in bytes ? oversize(`${source}:${line}`, bytes.tooLong, maxBytes) : parseRecordLine(bytes, { source, line });
    if (item) yield item;
  }
}

/** The error item of an article or record larger than --max-bytes; `bytes` null when not read to the end (gzip). */
export function oversize(id: string, bytes: number | null, maxBytes: number): InputItem {
  return failed(id, "oversize", oversizeMessage(bytes, maxBytes));
}

/** `is 2,048 bytes, over the limit of 1,024 bytes (raise it with --max-bytes)` */
export function oversizeMessage(bytes: number | null, maxBytes: number): string {
  const size = bytes === null ? "is" : `is ${plural(bytes, "byte")},`;
  return `${size} over the limit of ${plural(maxBytes, "byte")} (raise it with --max-bytes)`;
}

function failed(id: string, code: ErrorCode, message: string): InputItem {
  return { kind: "failed", id, code, message: `${id}: ${message}` };
}

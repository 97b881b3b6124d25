// What flows through `batch`: input items -> a mapper -> output records, in input order.
// Items are plain data (bytes, strings, numbers), so a later --jobs can post them to worker threads.
import type { ErrorCode } from "../errors.js";
import type { InputRecord } from "../schema.js";

export type InputItem =
  /** A `.txt` article, not yet decoded: decoding is the mapper's work. */
  | { kind: "article"; id: string; bytes: Uint8Array }
  /** One NDJSON record, validated against InputRecordSchema; its id is the item's. */
  | { kind: "record"; id: string; record: Omit<InputRecord, "id"> }
  /** Something that failed while reading: it becomes an error record as it is. */
  | { kind: "failed"; id: string; code: ErrorCode; message: string };

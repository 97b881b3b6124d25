// The writer: output records -> NDJSON lines, in the order they arrive, waiting for the
// stream to drain when it is full so that memory does not grow with the archive.
import { once } from "node:events";
import type { OutputRecord } from "../schema.js";

export async function writeRecord(out: NodeJS.WritableStream, record: OutputRecord): Promise<void> {
  // once() also rejects if the stream fails while we wait (a full disk behind --out)
  if (!out.write(JSON.stringify(record) + "\n")) await once(out, "drain");
}

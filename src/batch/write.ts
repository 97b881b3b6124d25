// The writer: NDJSON lines -> the output, in the order they arrive, waiting for the
// stream to drain when it is full so that memory does not grow with the archive.
import { once } from "node:events";

export async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  // once() also rejects if the stream fails while we wait (a full disk behind --out)
  if (!out.write(line)) await once(out, "drain");
}

// `batch --resume --out FILE`: FILE holds the output of the first K input records, in order, one
// line each (a kill may have torn the last). Cut the torn line, check that those K records are the
// first K inputs (by id), skip them, and append the rest: no duplicate, no gap.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { usageError } from "../errors.js";
import { byteLines } from "../io/lines.js";
import type { InputItem } from "./item.js";

const LF = 0x0a;
const CHUNK = 64 * 1024;

/** Cuts FILE back to its last complete line; returns its length then (0 when there is no FILE). */
export async function cutTornLine(path: string): Promise<number> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return 0;
  }
  const file = await open(path, "r+");
  try {
    const chunk = Buffer.alloc(CHUNK);
    // read backwards from the end to the last line feed
    let end = size;
    while (end > 0) {
      const from = Math.max(0, end - CHUNK);
      const { bytesRead } = await file.read(chunk, 0, end - from, from);
      const lf = chunk.subarray(0, bytesRead).lastIndexOf(LF);
      if (lf !== -1) {
        end = from + lf + 1;
        break;
      }
      end = from;
    }
    if (end < size) await file.truncate(end);
    return end;
  } finally {
    await file.close();
  }
}

/** The ids of the first `length` bytes of lines of FILE, as written by batch. */
async function* doneIds(path: string, length: number): AsyncGenerator<string> {
  if (length === 0) return;
  let line = 0;
  for await (const bytes of byteLines(createReadStream(path, { end: length - 1 }))) {
    line += 1;
    const id = "tooLong" in bytes ? undefined : idOf(bytes);
    if (id === undefined) throw usageError(`--resume: line ${line} of ${path} is not a record written by batch; give a file that batch wrote, or start afresh without --resume`);
    yield id;
  }
}

function idOf(bytes: Buffer): string | undefined {
  try {
    const record: unknown = JSON.parse(bytes.toString("utf8"));
    const id = typeof record === "object" && record !== null && "id" in record ? record.id : undefined;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The items after the first `length` bytes of FILE, once those bytes are checked against the items they skip. */
export async function* skipDone(items: AsyncIterable<InputItem>, path: string, length: number, onSkip: () => void): AsyncGenerator<InputItem> {
  const done = doneIds(path, length);
  let position = 0;
  try {
    let doneId = await done.next();
    for await (const item of items) {
      position += 1;
      if (doneId.done) {
        yield item;
        continue;
      }
      if (doneId.value !== item.id) {
        throw usageError(
          `--resume: line ${position} of ${path} is record ${JSON.stringify(doneId.value)} but input record ${position} is ${JSON.stringify(item.id)}; resume with the same inputs, or start afresh without --resume`,
        );
      }
      onSkip();
      doneId = await done.next();
    }
    if (!doneId.done) throw usageError(`--resume: ${path} holds more records than the inputs (${position}); resume with the same inputs, or start afresh without --resume`);
  } finally {
    await done.return(undefined);
  }
}

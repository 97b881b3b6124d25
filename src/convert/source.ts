// The files convert reads, and its complaints about them: every problem names the file and, where
// there is one, the line (`train/tsv/S01.tsv:14: endOffset 900 is past the end of the text`), exit 3.
import { readFileSync } from "node:fs";
import { inputError, type ErrorCode, type NewsparseError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const NEWLINE = 0x0a;

/** A mistake in a file convert reads, at a line (1-based) when one is known. */
export function sourceError(file: string, line: number | null, problem: string, code: ErrorCode = "invalid_record"): NewsparseError {
  return inputError(code, `${file}${line === null ? "" : `:${line}`}: ${problem}`);
}

/** The line (1-based) that holds a text offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

/** The file as UTF-8 text, BOM stripped; NUL bytes and invalid UTF-8 are refused at their line. */
export function readSource(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw sourceError(file, null, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, "unreadable");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw sourceError(file, lineAt(bytes, nul), "a NUL byte; is it a binary file?", "binary");
  try {
    // the decoder drops a byte-order mark
    return utf8.decode(bytes);
  } catch {
    throw sourceError(file, firstInvalidLine(bytes), "not valid UTF-8; convert it first (for example with iconv -t UTF-8)", "invalid_utf8");
  }
}

function lineAt(bytes: Buffer, index: number): number {
  let line = 1;
  for (let i = bytes.indexOf(NEWLINE); i !== -1 && i < index; i = bytes.indexOf(NEWLINE, i + 1)) line += 1;
  return line;
}

// no UTF-8 sequence holds a newline byte, so each line decodes on its own
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return line;
}

// Bytes -> lines of bytes, as they stream in. Not node:readline: it decodes with U+FFFD
// replacement, so a line of invalid UTF-8 would be parsed silently changed instead of refused.

const LF = 0x0a;
const CR = 0x0d;

/** A line longer than the limit: its bytes were dropped as they came, only its length is kept. */
export interface TooLong {
  tooLong: number;
}

/** A run of empty lines, counted at once: a gzip can unpack to a gigabyte of `\n`. */
export interface Blank {
  blank: number;
}

/** The stream unpacked to more than its limit: nothing after the last whole line before it is read. */
export interface OverTotal {
  overTotal: number;
}

/**
 * Yields each line without its `\n` or `\r\n`; memory holds one line, never the whole input,
 * and never more than `maxBytes` of a line: a longer one comes out as `{ tooLong }`.
 */
export async function* byteLines(input: AsyncIterable<Uint8Array>, maxBytes = Infinity): AsyncGenerator<Buffer | TooLong> {
  for await (const line of lineRuns(input, maxBytes)) {
    if ("blank" in line) for (let k = 0; k < line.blank; k++) yield Buffer.alloc(0);
    else if (!("overTotal" in line)) yield line;
  }
}

/**
 * `byteLines`, with each run of empty lines as one `{ blank }`; past `maxTotal` bytes of input,
 * `{ overTotal }` comes last, after the last whole line before it.
 */
export async function* lineRuns(input: AsyncIterable<Uint8Array>, maxBytes = Infinity, maxTotal = Infinity): AsyncGenerator<Buffer | TooLong | Blank | OverTotal> {
  // the pieces of a line that spans chunks, joined once when its end arrives
  let pieces: Buffer[] = [];
  let length = 0;
  let total = 0;
  const take = (piece: Buffer) => {
    length += piece.length;
    if (length <= maxBytes) pieces.push(piece);
    else pieces = [];
  };
  const end = (): Buffer | TooLong => {
    const line = length <= maxBytes ? withoutCr(Buffer.concat(pieces)) : { tooLong: length };
    pieces = [];
    length = 0;
    return line;
  };
  for await (const chunk of input) {
    const over = total + chunk.byteLength > maxTotal;
    const allowed = over ? maxTotal - total : chunk.byteLength;
    total += allowed;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, allowed);
    let from = 0;
    for (let lf = bytes.indexOf(LF); lf !== -1; lf = bytes.indexOf(LF, from)) {
      if (lf === from && length === 0) {
        let next = lf + 1;
        while (bytes[next] === LF) next++;
        yield { blank: next - lf };
        from = next;
        continue;
      }
      take(bytes.subarray(from, lf));
      yield end();
      from = lf + 1;
    }
    if (over) {
      yield { overTotal: maxTotal };
      return;
    }
    if (from < bytes.length) take(Buffer.from(bytes.subarray(from)));
  }
  if (length > 0) yield end();
}

function withoutCr(line: Buffer): Buffer {
  return line.at(-1) === CR ? line.subarray(0, -1) : line;
}

// Bytes -> lines of bytes, as they stream in. Not node:readline: it decodes with U+FFFD
// replacement, so a line of invalid UTF-8 would be parsed silently changed instead of refused.

const LF = 0x0a;
const CR = 0x0d;

/** A line longer than the limit: its bytes were dropped as they came, only its length is kept. */
export interface TooLong {
  tooLong: number;
}

/**
 * Yields each line without its `\n` or `\r\n`; memory holds one line, never the whole input,
 * and never more than `maxBytes` of a line: a longer one comes out as `{ tooLong }`.
 */
export async function* byteLines(input: AsyncIterable<Uint8Array>, maxBytes = Infinity): AsyncGenerator<Buffer | TooLong> {
  // the pieces of a line that spans chunks, joined once when its end arrives
  let pieces: Buffer[] = [];
  let length = 0;
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
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let lf = bytes.indexOf(LF); lf !== -1; lf = bytes.indexOf(LF, from)) {
      take(bytes.subarray(from, lf));
      yield end();
      from = lf + 1;
    }
    if (from < bytes.length) take(Buffer.from(bytes.subarray(from)));
  }
  if (length > 0) yield end();
}

function withoutCr(line: Buffer): Buffer {
  return line.at(-1) === CR ? line.subarray(0, -1) : line;
}

// Bytes -> lines of bytes, as they stream in. Not node:readline: it decodes with U+FFFD
// replacement, so a line of invalid UTF-8 would be parsed silently changed instead of refused.

const LF = 0x0a;
const CR = 0x0d;

/** Yields each line without its `\n` or `\r\n`; memory holds one line, never the whole input. */
export async function* byteLines(input: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  // the pieces of a line that spans chunks, joined once when its end arrives
  let pieces: Buffer[] = [];
  for await (const chunk of input) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let lf = bytes.indexOf(LF); lf !== -1; lf = bytes.indexOf(LF, from)) {
      pieces.push(bytes.subarray(from, lf));
      yield withoutCr(Buffer.concat(pieces));
      pieces = [];
      from = lf + 1;
    }
    if (from < bytes.length) pieces.push(Buffer.from(bytes.subarray(from)));
  }
  if (pieces.length > 0) yield withoutCr(Buffer.concat(pieces));
}

function withoutCr(line: Buffer): Buffer {
  return line.at(-1) === CR ? line.subarray(0, -1) : line;
}

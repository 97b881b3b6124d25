// A build-time index read without parsing it: lines `key<TAB>value`, sorted by the keys' UTF-8 bytes,
// searched by bisection on the bytes as read, with the line starts stored beside it at build time.
// Opening one costs two reads, where JSON.parse of the same table cost 60-90 ms of a short run's
// start-up, decoding the file to a string 10-25 ms and scanning it for line ends 5-15: only the line
// found is decoded.
export class SortedLines {
  private readonly bytes: Buffer;
  private readonly starts: Uint32Array;

  /** `starts`, when given, are the line starts that `lineStarts` wrote at build time: no scan at all. */
  constructor(content: Buffer | string, starts?: Uint32Array) {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    this.bytes = bytes;
    this.starts = starts ?? SortedLines.scan(bytes);
  }

  /** Each line's first byte, and one past the last line's end (as if it had its line end). */
  private static scan(bytes: Buffer): Uint32Array {
    let lines = 0;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
    const open = bytes.length > 0 && bytes[bytes.length - 1] !== 10;
    if (open) lines++;
    const starts = new Uint32Array(lines + 1);
    let line = 0;
    for (let at = 0; at < bytes.length; line++) {
      starts[line] = at;
      const end = bytes.indexOf(10, at);
      at = end === -1 ? bytes.length : end + 1;
    }
    starts[lines] = bytes.length + (open ? 1 : 0);
    return starts;
  }

  /** The line starts of an index's text, as bytes to store beside it (little-endian 32-bit words). */
  static lineStarts(text: string): Buffer {
    const starts = SortedLines.scan(Buffer.from(text, "utf8"));
    return Buffer.from(starts.buffer, starts.byteOffset, starts.byteLength);
  }

  /** Line starts stored by `lineStarts`. */
  static readStarts(stored: Buffer): Uint32Array {
    // copied: a Buffer read from disk may start anywhere in its pool, and a Uint32Array must be aligned
    return new Uint32Array(new Uint8Array(stored).buffer);
  }

  /** The value of `key`, or null when no line has it. */
  find(key: string): string | null {
    const { bytes, starts } = this;
    const wanted = Buffer.from(key, "utf8");
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const tab = bytes.indexOf(9, start);
      // where the line's key sorts against the one wanted
      const order = bytes.compare(wanted, 0, wanted.length, start, tab);
      if (order === 0) return bytes.toString("utf8", tab + 1, starts[mid + 1]! - 1);
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return null;
  }

  /** The text of an index: one line per entry, sorted by key; keys and values hold no tab or line end. */
  static write(entries: Iterable<[string, string]>): string {
    const sorted = [...entries].map(([key, value]) => ({ key, value, bytes: Buffer.from(key, "utf8") })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    for (let k = 0; k < sorted.length; k++) {
      const { key, value } = sorted[k]!;
      if (/[\t\n]/.test(key) || /\n/.test(value)) throw new Error(`index entry ${JSON.stringify(key)} holds a tab or a line end`);
      if (k > 0 && sorted[k - 1]!.key === key) throw new Error(`index key ${JSON.stringify(key)} twice`);
    }
    return sorted.map(({ key, value }) => `${key}\t${value}\n`).join("");
  }
}

// UTF-16 told from its bytes: by its byte-order mark, or, without one, by the zero bytes that pad
// every Latin letter (`A` is 41 00 in UTF-16LE), which a binary file does not put on one side only.
export type Utf16 = "utf-16le" | "utf-16be";

/** How many bytes are looked at for the zero-byte pattern. */
const SAMPLE_BYTES = 4096;

/** The encoding a UTF-16 byte-order mark names (FF FE little-endian, FE FF big-endian), or null. */
export function utf16With(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 with no mark: zero bytes on one side of most byte pairs and almost never on the other. */
export function utf16Without(bytes: Uint8Array): Utf16 | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  const most = (zeros: number) => zeros >= pairs * 0.4;
  const few = (zeros: number) => zeros <= pairs * 0.05;
  if (most(oddZeros) && few(evenZeros)) return "utf-16le";
  if (most(evenZeros) && few(oddZeros)) return "utf-16be";
  return null;
}

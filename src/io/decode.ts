// Bytes -> text: UTF-8, or UTF-16 when a byte-order mark says so; BOM stripped, binary refused.
import { inputError } from "../errors.js";
import { utf16Without, utf16With } from "./utf16.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Control characters other than tab, LF, FF and CR; a few in a page are tolerated. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/** Decodes an article's bytes; throws a bad-input error naming `what` (a path or record id). */
export function decodeArticle(bytes: Uint8Array, what: string): string {
  const bom = utf16With(bytes);
  if (bom) return checkText(decodeUtf16(bytes, bom, what), what);
  const unmarked = utf16Without(bytes);
  if (unmarked) throw inputError("invalid_utf8", `${what}: looks like ${unmarked.toUpperCase()} without a byte-order mark; convert it to UTF-8 (for example with iconv -f ${unmarked.toUpperCase()} -t UTF-8)`);
  if (bytes.includes(0)) throw inputError("binary", `${what}: looks like a binary file (NUL bytes); give a UTF-8 text article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw inputError("invalid_utf8", `${what}: is not valid UTF-8; convert it first (for example with iconv -t UTF-8)`);
  }
  return checkText(text, what);
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", what: string): string {
  try {
    // the decoder drops the byte-order mark
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw inputError("invalid_utf8", `${what}: starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; convert it to UTF-8 (for example with iconv -t UTF-8)`);
  }
}

/** Checks text that is already a string (an NDJSON record's `text`). */
export function checkText(input: string, what: string): string {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes("\u0000") || (text.match(CONTROL)?.length ?? 0) > Math.max(8, text.length / 100)) {
    throw inputError("binary", `${what}: looks like binary data (control characters); give a UTF-8 text article`);
  }
  if (text.trim() === "") throw inputError("empty", `${what}: the article is empty`);
  return text;
}

// Bytes -> text: UTF-8 only, BOM stripped, binary refused.
import { inputError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Control characters other than tab, LF, FF and CR; a few in a page are tolerated. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/** Decodes an article's bytes; throws a bad-input error naming `what` (a path or record id). */
export function decodeArticle(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) throw inputError("binary", `${what}: looks like a binary file (NUL bytes); give a UTF-8 text article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw inputError("invalid_utf8", `${what}: is not valid UTF-8; convert it first (for example with iconv -t UTF-8)`);
  }
  return checkText(text, what);
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

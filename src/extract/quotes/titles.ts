// Quoted words that read as a title or a headline, not as words someone said:
//   on NBC's “Meet the Press”, “The Big Short” was nominated   -> every word capitalised
//   “DIVISIVE, STUPID AND WRONG” (a subheading)                  -> all capitals
/** Short words a title leaves in lower case: `Meet the Press`, `Sons of Trump`. */
const TITLE_SMALL_WORDS = new Set(["the", "of", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "or"]);
/** A title has few words; a longer capitalised run is a shouted sentence. */
const MAX_TITLE_WORDS = 7;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Two words or more, each capitalised (or a short word of a title), or all in capitals. */
export function readsAsTitle(text: string): boolean {
  const found = text.match(WORD) ?? [];
  if (found.length < 2) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters === letters.toUpperCase()) return true;
  if (found.length > MAX_TITLE_WORDS) return false;
  const capital = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
  return capital(found[0]!) && capital(found[found.length - 1]!) && found.every((word) => capital(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()));
}

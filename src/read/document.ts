// Raw text + what the caller knows -> a Doc ready for extraction.
import { analyse } from "../analyse/analyse.js";
import { inputError } from "../errors.js";
import type { UserLexicon } from "../lexicon/user.js";
import type { Doc } from "../pipeline/types.js";
import { readDateline } from "./dateline.js";
import { isRealDay, readHeader } from "./header.js";
import { mask, normalise } from "./normalise.js";

export interface DocOptions {
  id?: string;
  /** YYYY-MM-DD; overrides a date header. */
  date?: string | null;
  title?: string | null;
  url?: string | null;
  /** An analyst's lexicon (`--lexicon FILE`, see src/lexicon/user.ts). */
  lexicon?: UserLexicon | null;
}

export function readDocument(raw: string, options: DocOptions = {}): Doc {
  const id = options.id ?? "-";
  if (options.date != null && !isRealDay(options.date)) {
    throw inputError("invalid_date", `${id}: date '${options.date}' is not a real YYYY-MM-DD day`);
  }
  let text = normalise(raw);
  const header = readHeader(text);
  if (header) text = mask(text, header.start, header.end);
  const date = options.date ?? header?.date ?? null;
  const reference = date ? new Date(`${date}T12:00:00Z`) : null;
  return {
    id,
    raw,
    text,
    date,
    reference,
    title: options.title ?? null,
    url: options.url ?? null,
    lexicon: options.lexicon ?? null,
    dateline: readDateline(raw, text, reference),
    analysis: analyse(text),
  };
}

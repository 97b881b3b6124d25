// Raw text + what the caller knows -> a document: normalised, its header and dateline read.
import { analyse } from "../analyse/analyse.js";
import { inputError } from "../errors.js";
import type { UserLexicon } from "../lexicon/user.js";
import type { Doc, ReadDoc } from "../pipeline/types.js";
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

export function readText(raw: string, options: DocOptions = {}): ReadDoc {
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
  };
}

/** Read, then analysed: the whole document in one call, for the library and for tests of one extractor. */
export function readDocument(raw: string, options: DocOptions = {}): Doc {
  return analysed(readText(raw, options));
}

export const analysed = (read: ReadDoc): Doc => ({ ...read, analysis: analyse(read.text) });

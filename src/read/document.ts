// Raw text + what the caller knows -> a Doc ready for extraction.
import { analyse } from "../analyse/analyse.js";
import { inputError } from "../errors.js";
import type { Doc } from "../pipeline/types.js";
import { isRealDay, readHeader } from "./header.js";
import { mask, normalise } from "./normalise.js";

export interface DocOptions {
  id?: string;
  /** YYYY-MM-DD; overrides a date header. */
  date?: string | null;
  title?: string | null;
  url?: string | null;
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
  return {
    id,
    raw,
    text,
    date,
    reference: date ? new Date(`${date}T12:00:00Z`) : null,
    title: options.title ?? null,
    url: options.url ?? null,
    dateline: null,
    analysis: analyse(text),
  };
}

// Options that several commands share, and the checks of their values (a bad value is a usage error, exit 2).
import { Option } from "commander";
import { usageError } from "../errors.js";
import { FORMATS } from "../format/index.js";
import { DEFAULT_MAX_BYTES } from "../io/input.js";
import { isRealDay } from "../read/header.js";

export const dateOption = () =>
  new Option("--date <YYYY-MM-DD>", "the article's date (overrides a date header)").argParser((value) => {
    if (!isRealDay(value)) throw usageError(`--date '${value}' is not a real day; write it as YYYY-MM-DD`);
    return value;
  });

export const lexiconOption = () => new Option("--lexicon <file>", "a JSON watch-list of actors and places (names, aliases, types) that outranks the built-in readings");

export const formatOption = () => new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(FORMATS);

/** The size limit of every command that reads articles, counted on each article's bytes (an NDJSON record's line). */
export const maxBytesOption = () =>
  new Option("--max-bytes <n>", `refuse articles and NDJSON lines larger than this (default ${DEFAULT_MAX_BYTES})`).argParser(wholeNumber("--max-bytes"));

/** The value parser of a count flag: `--jobs 2`, not `--jobs 0` or `--jobs two`; `least` 0 lets 0 through (`--timeout-ms 0`). */
export const wholeNumber =
  (flag: string, least = 1) =>
  (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < least) throw usageError(`${flag} '${value}': give a whole number ${least === 0 ? "(0 or more)" : "above 0"}`);
    return n;
  };

/** The value parser of `eval --max-drop`. */
export const nonNegativeNumber = (flag: string) => (value: string) => {
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0) throw usageError(`${flag} '${value}': give a number such as 0.01`);
  return x;
};

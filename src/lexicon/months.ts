// The twelve months as papers write them: `January`, `Jan.`, `Sept.`. Every month list and
// month pattern of the reader, the tokenizer and the extractors is made from these.

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `Jan` ... `Dec`, in order; `May` is its own. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Every abbreviation with `Sept` after `Sep`: `Jan`, ..., `Sep`, `Sept`, `Oct`, ... */
const WRITTEN_ABBREVIATIONS = MONTH_ABBREVIATIONS.flatMap((short) => (short === "Sep" ? [short, "Sept"] : [short]));

/** The abbreviations that shorten a name, `Sept` too; not `May`, a whole name (`may.` ends a sentence). */
export const SHORTENED_MONTHS = WRITTEN_ABBREVIATIONS.filter((short) => !MONTH_NAMES.includes(short));

/** `Jan|Feb|...|Sep|Sept|Oct|Nov|Dec`: before `[a-z]*\.?` it matches `Oct.`, `Sept` and `September`. */
export const MONTH_START_PATTERN = WRITTEN_ABBREVIATIONS.join("|");

/** `january|jan|...|september|sept|sep|...`: each month whole or abbreviated, the longest spelling first. */
export const MONTH_WORD_PATTERN = MONTH_NAMES.flatMap((name, k) =>
  [name, ...WRITTEN_ABBREVIATIONS.filter((short) => short.startsWith(MONTH_ABBREVIATIONS[k]!)).reverse()]
    .filter((spelling, i, all) => all.indexOf(spelling) === i)
    .map((spelling) => spelling.toLowerCase()),
).join("|");

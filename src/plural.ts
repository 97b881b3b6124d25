// Every count the CLI prints agrees with its noun: "1 error", "2 errors", "1,234 records".

/** `plural(1, "error")` -> "1 error"; `plural(3, "entry", "entries")` -> "3 entries". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}

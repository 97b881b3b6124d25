// chrono's ENEndOfPeriodRefiner (`the end of [March]`, `the last day of [next month]`) matches a
// `$`-anchored pattern on all the text before each date: one scan of the article per date. This
// runs the same refiner on a window that starts where that pattern could start, so the work per date
// is bounded and every result is the one chrono gives.
import type { ParsingContext, Refiner } from "chrono-node";

/** The letters of the longest prefix chrono looks for: `last day of the`. */
const PREFIX_LETTERS = 12;
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isSpace = (char: string) => /\s/.test(char);

/**
 * Where a prefix ending at `index` could begin: back over spaces and at most `PREFIX_LETTERS`
 * letters, and one character more, so that the pattern's `\b` sees the real character before it.
 */
export function prefixWindowStart(text: string, index: number): number {
  let letters = 0;
  let at = index;
  while (at > 0) {
    const char = text[at - 1]!;
    if (isLetter(char.charCodeAt(0))) {
      if (++letters > PREFIX_LETTERS) break;
    } else if (!isSpace(char)) break;
    at -= 1;
  }
  return Math.max(0, at - 1);
}

/** `refiner`, given for each result only the text from its window on. */
export function windowedEndOfPeriod(refiner: Refiner): Refiner {
  return {
    refine: (context, results) => {
      for (const result of results) {
        const from = prefixWindowStart(context.text, result.index);
        const windowed = Object.create(context, { text: { value: context.text.substring(from) } }) as ParsingContext;
        result.index -= from;
        refiner.refine(windowed, [result]);
        result.index += from;
      }
      return results;
    },
  };
}

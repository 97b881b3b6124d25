// Every span a Result reports, each with a label that says where it sits, for offset checks.
import type { Result, Span } from "../../src/schema.js";

export function spansOf(result: Result): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  for (const actor of result.actors) for (const m of actor.mentions) spans.push([`actor ${actor.id}`, m]);
  for (const place of result.places) for (const m of place.mentions) spans.push([`place ${place.id}`, m]);
  for (const date of result.dates) spans.push(["date", date]);
  for (const quote of result.quotes) {
    spans.push(["quote", quote]);
    for (const fragment of quote.fragments) spans.push(["quote fragment", fragment]);
    if (quote.speaker?.mention) spans.push(["quote speaker", quote.speaker.mention]);
    if (quote.cue) spans.push(["quote cue", quote.cue]);
  }
  for (const figure of result.figures) {
    spans.push(["figure", figure]);
    if (figure.counted) spans.push(["figure counted", figure.counted]);
  }
  for (const credit of result.meta.credits) spans.push(["credit", credit]);
  return spans;
}

/** The spans whose offsets do not slice to their text: empty when all is well. */
export function badSpans(result: Result, text: string): string[] {
  return spansOf(result)
    .filter(([, s]) => text.slice(s.start, s.end) !== s.text)
    .map(([label, s]) => `${label} [${s.start}, ${s.end}) ${JSON.stringify(s.text)} slices to ${JSON.stringify(text.slice(s.start, s.end))}`);
}

// The newcomer's pipeline the targets are measured against: compromise's full build with
// compromise-dates, then its own people, places, organisations, quotations and numbers.
import nlp from "compromise";
import datesPlugin from "compromise-dates";

nlp.plugin(datesPlugin);

export function compromiseGlue(text: string): number {
  const doc = nlp(text);
  const found = [
    doc.people().json(),
    doc.places().json(),
    doc.organizations().json(),
    doc.quotations().json(),
    doc.numbers().json(),
    (doc as unknown as { dates: () => { json: () => unknown[] } }).dates().json(),
  ];
  return found.reduce((n, list) => n + (list as unknown[]).length, 0);
}

// The newcomer's pipeline the targets are measured against: compromise's full build with
// compromise-dates, then its own people, places, organisations, quotations and numbers.
// Run in a process of its own: compromise's builds share one world, so importing the full build
// next to newsparse would switch compromise/one's tokenizer to the full tagger.
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

// `tsx scripts/bench/baseline.ts`: the same corpus and warm-up as the bench, one JSON line out
if (process.argv[1] === import.meta.filename) {
  const { benchCorpus } = await import("./corpus.js");
  const { join } = await import("node:path");
  const root = join(import.meta.dirname, "..", "..");
  const { articles } = benchCorpus(root, process.env.NEWSPARSE_SHARED ?? join(root, "..", "shared"), Number(process.env.BENCH_ARTICLES ?? 1000));
  for (const a of articles.slice(0, 50)) compromiseGlue(a.text);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const a of articles) compromiseGlue(a.text);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const kb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1024;
  console.log(JSON.stringify({ articles: articles.length, seconds, kb, cpuSeconds: (user + system) / 1e6 }));
}

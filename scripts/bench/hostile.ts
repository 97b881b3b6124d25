// Inputs that could make the work superlinear: time per MB at two sizes must stay alike (no more than
// 30% more per MB at twice the size). `BENCH_ONLY=hostile npx tsx scripts/bench.ts` runs this table alone.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
// the built library, as shipped (see bench.ts)
import { parseArticle } from "newsparse";

const MB = 1024 * 1024;

/** `unit` repeated to about `mb` megabytes. */
const repeated = (unit: string) => (mb: number) => unit.repeat(Math.max(1, Math.round((mb * MB) / Buffer.byteLength(unit))));

/** [name, text of about `mb` megabytes, the two sizes] */
const ARTICLES: Array<[string, (mb: number) => string, [number, number]]> = [
  ["quotation marks (70,000 per 0.5 MB)", repeated('He said " and "'), [0.5, 1]],
  ["opening quotation marks never closed", repeated('He said "this and that. '), [0.5, 1]],
  ["a paragraph with no full stop", repeated("the army moved north and the militia held the bridge while "), [2.5, 5]],
  ["speech cues in one endless sentence", repeated("He said the army said that "), [0.5, 1]],
  ["speech cues and commas, no full stop", repeated("the source said, the army told, "), [0.5, 1]],
  ["capitalised words in a row (110,000 per 0.5 MB)", repeated("Abu Bakr Al Hassan Deir Zor "), [0.5, 1]],
  ["digits", repeated("1234567890"), [0.5, 1]],
  ["digits and dashes", repeated("1-"), [0.5, 1]],
  ["number words in a row", repeated("one two three "), [0.5, 1]],
  ["currency, percent and degree signs alone", repeated("$ $ $ £ € % ° "), [0.5, 1]],
  ["dates, one sentence each", repeated("He said it happened on March 3 and ended on Monday. "), [1, 2]],
  ["quotes with a named speaker", repeated('"We will win," said John Smith. '), [1, 2]],
  ["quotation marks alone", repeated('"'), [1, 2]],
];

/** The unpacked sizes of the gzip of blank lines, in MB (BENCH_GZIP_MB="256,512"). */
const GZIP_MB = (process.env.BENCH_GZIP_MB ?? "512,1024").split(",").map(Number) as [number, number];

export function hostileTable(cli: string): void {
  console.log("hostile inputs (time per MB at two sizes):");
  for (const [name, make, sizes] of ARTICLES) {
    const perMb = sizes.map((mb) => {
      const text = make(mb);
      const started = performance.now();
      parseArticle(text, { id: name });
      return (performance.now() - started) / (Buffer.byteLength(text) / MB);
    });
    report(name, perMb, sizes);
  }
  // blank lines gzipped about 1,000 to 1: the CLI reads them all and writes one record
  const tmp = mkdtempSync(join(tmpdir(), "newsparse-hostile-"));
  const perMb = GZIP_MB.map((mb) => {
    const file = join(tmp, `blank-${mb}.ndjson.gz`);
    const record = JSON.stringify({ id: "last", text: "He said it happened on March 3." });
    writeFileSync(file, gzipSync(Buffer.concat([Buffer.alloc(mb * MB - record.length - 1, "\n"), Buffer.from(record + "\n")]), { level: 9 }));
    const started = performance.now();
    const r = spawnSync(process.execPath, [cli, "batch", file, "--quiet", "--jobs", "1", "--out", "/dev/null"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`batch of blank lines failed: ${r.stderr}`);
    return (performance.now() - started) / mb;
  });
  report("gzip of blank lines (per unpacked MB)", perMb, GZIP_MB);
}

function report(name: string, perMb: number[], [small, large]: [number, number]): void {
  const growth = perMb[1]! / perMb[0]! - 1;
  const flag = growth > 0.3 ? "  GROWS" : "";
  console.log(`  ${name}: ${perMb[0]!.toFixed(0)} ms per MB at ${small} MB, ${perMb[1]!.toFixed(0)} ms per MB at ${large} MB (${growth >= 0 ? "+" : ""}${(100 * growth).toFixed(0)}%)${flag}`);
}

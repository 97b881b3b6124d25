// The soak case: 100,000 records (BENCH_SOAK_RECORDS) with 1% bad lines, 0.1% oversize, one record that
// ends its worker, and one SIGKILL of the run followed by --resume: every input record must come out as
// exactly one output record, in input order, nothing doubled.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RECORDS = Number(process.env.BENCH_SOAK_RECORDS ?? 100000);
const MAX_BYTES = 400_000;
const SENTENCES = [
  'The council of Lyon voted on Tuesday to close the bridge. "We have no choice," said Mayor Anne Martin.',
  "A storm struck the coast of Portugal on 3 March 2019, cutting power to 20,000 homes in Porto.",
  "Delegates from Kenya and Uganda met in Nairobi for three days.",
];

/** The input lines and the id each one must be written under. */
function input(): { lines: string[]; ids: string[] } {
  const lines: string[] = [];
  const ids: string[] = [];
  for (let n = 1; n <= RECORDS; n++) {
    if (n % 100 === 50) {
      lines.push(`{"id": "broken-${n}", "text": `);
      ids.push(`in.ndjson:${n}`);
    } else if (n % 1000 === 999) {
      lines.push(JSON.stringify({ id: `big-${n}`, text: "word ".repeat(MAX_BYTES / 5 + 1) }));
      ids.push(`in.ndjson:${n}`);
    } else if (n === Math.floor((2 * RECORDS) / 3)) {
      // 350 KB of number words: far more than the worker's heap of --worker-memory-mb 48 holds
      lines.push(JSON.stringify({ id: `crash-${n}`, text: "one two three ".repeat(25000) }));
      ids.push(`crash-${n}`);
    } else {
      lines.push(JSON.stringify({ id: `r${n}`, text: SENTENCES[n % 3] }));
      ids.push(`r${n}`);
    }
  }
  return { lines, ids };
}

export async function soak(cli: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-soak-"));
  const { lines, ids } = input();
  writeFileSync(join(dir, "in.ndjson"), lines.join("\n") + "\n");
  const args = [cli, "batch", "in.ndjson", "--out", "out.ndjson", "--jobs", "2", "--max-bytes", String(MAX_BYTES), "--worker-memory-mb", "48", "--quiet"];
  const started = performance.now();
  // the first run is killed once a third of the output is written
  const first = spawn(process.execPath, args, { cwd: dir, stdio: "ignore" });
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      let size = 0;
      try {
        size = statSync(join(dir, "out.ndjson")).size;
      } catch {
        // not created yet
      }
      if (size > 0 && lineCount(join(dir, "out.ndjson")) > RECORDS / 3) {
        first.kill("SIGKILL");
        clearInterval(poll);
      }
    }, 200);
    first.on("exit", () => {
      clearInterval(poll);
      resolve();
    });
  });
  const killedAt = lineCount(join(dir, "out.ndjson"));
  const second = spawnSync(process.execPath, [...args, "--resume"], { cwd: dir, encoding: "utf8" });
  if (second.status !== 0) throw new Error(`soak: the resumed run failed: ${second.stderr}`);
  const seconds = (performance.now() - started) / 1000;

  const written = readFileSync(join(dir, "out.ndjson"), "utf8").split("\n").filter((line) => line !== "");
  const records = written.map((line) => JSON.parse(line) as { id: string; error?: { code: string } });
  const inOrder = records.length === ids.length && records.every((r, k) => r.id === ids[k]);
  const doubled = records.length - new Set(records.map((r) => r.id)).size;
  const codes = new Map<string, number>();
  for (const r of records) if (r.error) codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
  console.log(`soak: ${RECORDS} records, killed after ${killedAt} lines and resumed, ${seconds.toFixed(0)} s`);
  console.log(`  ${records.length} output records for ${ids.length} input records, ${doubled} doubled, in input order: ${inOrder ? "yes" : "NO"}`);
  console.log(`  errors: ${[...codes].map(([code, n]) => `${code} ${n}`).join(", ")}`);
}

function lineCount(path: string): number {
  const bytes = readFileSync(path);
  let n = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) n++;
  return n;
}

// The real binary, end to end: exit codes, stdin, offsets through BOM/CRLF/NBSP, formats, colour, schema, pipes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { csvField } from "../../src/format/csv.js";
import { ResultSchema, type Result } from "../../src/schema.js";
import { ROOT, runCli, runShell } from "../helpers/cli.js";
import { badSpans, spansOf } from "../helpers/spans.js";

const ARTICLE =
  'The city council of Lyon voted on Tuesday to close the old bridge. "We have no choice," said Mayor Anne Martin. About 40 people attended, and 12 percent of the budget will go to repairs.';
const SECOND =
  "Delegates from Kenya and Uganda met in Nairobi for three days.\nThe Kenyan foreign minister, Grace Otieno, told reporters on 3 March 2019 that the talks had been useful.";

// a file name with a comma, a quote and a newline: the CSV `id` field must be quoted
const AWKWARD = 'council, "lyon"\nreport.txt';

const dir = mkdtempSync(join(tmpdir(), "newsparse-cli-"));
const file = (name: string) => join(dir, name);
mkdirSync(file("folder"));
for (const [name, content] of Object.entries<string | Buffer>({
  "article.txt": ARTICLE,
  // a mistyped `batch`, but a file here: an article to parse
  bacth: ARTICLE,
  "second.txt": SECOND,
  [AWKWARD]: ARTICLE,
  "binary.txt": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
  "empty.txt": " \n\n",
  "latin1.txt": Buffer.from("Caf\xe9 owners in Lyon met on Monday.", "latin1"),
  "long.txt": `${ARTICLE}\n`.repeat(600),
})) {
  writeFileSync(file(name), content);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLD = join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json");
const ANSI = /\u001b\[/;
const STACK = /^\s+at /m;

const json = (stdout: string): Result => ResultSchema.parse(JSON.parse(stdout));

// one run of the real binary per exit code in the README; the argument table runs in process
// (tests/unit/cli.args.test.ts)
describe.concurrent("exit codes, end to end", () => {
  // a bug of ours, simulated: a module loaded before the CLI breaks JSON.stringify
  const bug = file("simulated-bug.mjs");
  writeFileSync(bug, 'JSON.stringify = () => { throw new Error("a simulated bug"); };\n');

  it.each<[string, number, string[], Record<string, string>, RegExp]>([
    ["a file", 0, [file("article.txt")], {}, /^$/],
    ["a failed accuracy gate", 1, ["eval", GOLD, "--min", "actors.f1=1.5"], {}, /^newsparse: accuracy gate failed: actors\.f1 \d\.\d{3} < 1\.500\n$/],
    ["an unknown option", 2, [file("article.txt"), "--colour"], {}, /^error: unknown option '--colour'\n/],
    ["a missing file", 3, [file("nowhere.txt")], {}, /^newsparse: [^\n]*nowhere\.txt: no such file[^\n]*\n$/],
    ["an internal error", 70, [file("article.txt")], { NODE_OPTIONS: `--import=${pathToFileURL(bug).href}` }, /^newsparse: internal error: a simulated bug \(run again with --debug for details, and report it\)\n$/],
  ])("%s -> %i", async (_label, code, args, env, stderr) => {
    const run = await runCli(args, { env });
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toMatch(stderr);
    expect(run.stderr).not.toMatch(STACK);
  });

  it("a file named like a mistyped command is parsed as before", async () => {
    const run = await runCli(["bacth", "--format", "json"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(json(run.stdout).id).toBe("bacth");
  });
});

describe.concurrent("one article", () => {
  // `newsparse FILE` as `newsparse parse FILE`, and stdin read with no file, '-' or 'parse -': tests/unit/cli.args.test.ts
  it("gives the file path as the id", async () => {
    expect(json((await runCli([file("second.txt")])).stdout).id).toBe(file("second.txt"));
  });

  it("strips a BOM and counts offsets from the text after it", async () => {
    const [withBom, without] = await Promise.all([runCli([], { input: `\ufeff${ARTICLE}` }), runCli([], { input: ARTICLE })]);
    expect(withBom.code, withBom.stderr).toBe(0);
    expect(withBom.stdout).toBe(without.stdout);
    expect(badSpans(json(withBom.stdout), ARTICLE)).toEqual([]);
  });

  it.each([
    ["CRLF line ends", SECOND.replaceAll("\n", "\r\n")],
    ["CR line ends", SECOND.replaceAll("\n", "\r")],
    ["NBSP between words", SECOND.replaceAll(" met ", "\u00a0met\u00a0").replaceAll("Grace ", "Grace\u00a0")],
    ["curly quotes and apostrophes", ARTICLE.replace('"We', "\u201cWe").replace('choice,"', "choice,\u201d").replace("budget", "city\u2019s budget")],
    ["a date header", ` date 2019-03-04 ${SECOND}`],
    ["all of them", `\ufeff date 2019-03-04 ${SECOND.replaceAll("\n", "\r\n").replaceAll(" met ", "\u00a0met\u00a0")}`],
  ])("keeps offsets valid with %s", async (_label, text) => {
    const run = await runCli(["--date", "2019-03-05"], { input: text });
    expect(run.code, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(badSpans(result, text.replace(/^\ufeff/, ""))).toEqual([]);
    expect(spansOf(result).length).toBeGreaterThan(0);
  });
});

/** RFC 4180: fields split on commas, quoted fields may hold commas, `""` and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n|$)/y;
  let row: string[] = [];
  while (field.lastIndex < text.length) {
    const m = field.exec(text);
    if (!m) throw new Error(`not RFC 4180 CSV at ${field.lastIndex}: ${JSON.stringify(text.slice(field.lastIndex, field.lastIndex + 20))}`);
    const raw = m[1] ?? "";
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe.concurrent("formats", () => {
  it("json is one pretty-printed Result", async () => {
    const run = await runCli([file("article.txt"), "--format", "json"]);
    expect(run.stdout).toMatch(/^\{\n  "id": /);
    expect(json(run.stdout).id).toBe(file("article.txt"));
  });

  it("ndjson is one line", async () => {
    const run = await runCli([file("article.txt"), "--format", "ndjson"]);
    expect(run.stdout.split("\n")).toHaveLength(2);
    expect(json(run.stdout).id).toBe(file("article.txt"));
  });

  it("csv has the header, one row per mention and RFC 4180 quoting", async () => {
    const [csv, asJson] = await Promise.all([runCli([file(AWKWARD), "--format", "csv"]), runCli([file(AWKWARD), "--format", "json"])]);
    const result = json(asJson.stdout);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toEqual(["id", "kind", "entity", "name", "text", "start", "end", "type", "value", "unit", "speaker"]);
    const mentions = result.actors.flatMap((a) => a.mentions).length + result.places.flatMap((p) => p.mentions).length;
    expect(rows).toHaveLength(mentions + result.dates.length + result.quotes.length + result.figures.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveLength(11);
      expect(row[0]).toBe(file(AWKWARD));
      expect(ARTICLE.slice(Number(row[5]), Number(row[6]))).toBe(row[4]);
    }
    expect(csv.stdout).toContain(`"${file(AWKWARD).replaceAll('"', '""')}",`);
  });

  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
    [42, "42"],
    [null, ""],
  ])("csv field %j -> %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["not a terminal", false, {}],
    ["NO_COLOR=1", false, { NO_COLOR: "1" }],
    ["FORCE_COLOR=1", true, { FORCE_COLOR: "1" }],
    ["NO_COLOR=1 and FORCE_COLOR=1", false, { NO_COLOR: "1", FORCE_COLOR: "1" }],
  ])("table with %s: ANSI escapes %s", async (_label, coloured, env) => {
    const run = await runCli([file("article.txt"), "--format", "table"], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Actors \(\d+\)/);
    expect(ANSI.test(run.stdout)).toBe(coloured);
  });

  it("prints json, not a table, when stdout is not a terminal", async () => {
    expect(json((await runCli([file("article.txt")])).stdout).id).toBe(file("article.txt"));
  });
});

describe.concurrent("schema", () => {
  it("prints the JSON Schema of a result or an error record", async () => {
    const run = await runCli(["schema"]);
    const schema = JSON.parse(run.stdout) as { anyOf?: unknown[]; oneOf?: unknown[] };
    const branches = (schema.anyOf ?? schema.oneOf ?? []) as Array<{ type?: string; properties?: Record<string, unknown> }>;
    expect(run.code, run.stderr).toBe(0);
    expect(branches.map((b) => [b.type, Object.keys(b.properties ?? {}).sort()])).toEqual([
      ["object", ["actors", "dates", "figures", "id", "meta", "places", "quotes"]],
      ["object", ["error", "id"]],
    ]);
  });

  it("prints the gold schema with --gold", async () => {
    const run = await runCli(["schema", "--gold"]);
    const schema = JSON.parse(run.stdout) as { type?: string; properties?: Record<string, unknown> };
    expect(run.code, run.stderr).toBe(0);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(["actors", "date", "dates", "figures", "id", "ignore", "path", "places", "quotes", "text"]);
  });
});

describe.concurrent("pipes", () => {
  it.each([
    ["parse, csv", `"$NEWSPARSE" "${file("long.txt")}" --format csv`],
    ["parse, json", `"$NEWSPARSE" "${file("long.txt")}"`],
    ["batch", `for i in $(seq 400); do echo '{"id": "r'$i'", "text": "The council of Lyon met on Tuesday."}'; done | "$NEWSPARSE" batch - --quiet`],
  ])("`%s | head -1` ends quietly", async (_label, command) => {
    const run = await runShell(`${command} | head -1; echo "exit \${PIPESTATUS[-2]}"`);
    expect(run.stderr).toBe("");
    const [first, exit] = run.stdout.split("\n");
    expect(first).not.toBe("");
    expect(exit).toBe("exit 0");
  });
});

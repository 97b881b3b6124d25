// batch: many inputs in, one NDJSON line out per record, in input order, through the real CLI.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lineOut } from "../../src/batch/write.js";
import { byteLines } from "../../src/io/lines.js";
import { OutputRecordSchema, ResultSchema, type OutputRecord } from "../../src/schema.js";
import { BIN, runCli, runShell } from "../helpers/cli.js";
import { ndjson, scene as makeScene } from "../helpers/scene.js";
import { badSpans, spansOf } from "../helpers/spans.js";

const ARTICLES = {
  council:
    'The city council of Lyon voted on Tuesday to close the old bridge. "We have no choice," said Mayor Anne Martin. About 40 people attended, and 12 percent of the budget will go to repairs.',
  storm:
    "A storm struck the coast of Portugal on 3 March 2019, cutting power to 20,000 homes in Porto. Officials said the damage would cost at least $2 million.",
  talks:
    "Delegates from Kenya and Uganda met in Nairobi for three days. The Kenyan foreign minister, Grace Otieno, told reporters that the talks had been useful.",
  river: "Floodwater from the Danube reached Vienna on Friday morning, and two people were reported missing.",
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsparse-batch-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scene = (name: string, files: Record<string, string | Uint8Array>) => makeScene(dir, name, files);

function lines(stdout: string): OutputRecord[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => OutputRecordSchema.parse(JSON.parse(line)));
}

const outcome = (record: OutputRecord) => ("error" in record ? record.error.code : "ok");

describe.concurrent("batch: order and ids", () => {
  it.each([
    ["folder then NDJSON", ["arts", "more.ndjson"], ["arts/a.txt", "arts/b.txt", "arts/sub/c.txt", "r1", "r2"]],
    ["NDJSON then folder", ["more.ndjson", "arts"], ["r1", "r2", "arts/a.txt", "arts/b.txt", "arts/sub/c.txt"]],
    ["a single file and a .jsonl", ["arts/b.txt", "same.jsonl"], ["arts/b.txt", "j1"]],
  ])("%s", async (_label, args, expectedIds) => {
    const root = scene("order", {
      "arts/b.txt": ARTICLES.council,
      "arts/a.txt": ARTICLES.storm,
      "arts/sub/c.txt": ARTICLES.river,
      "arts/notes.md": "not an article: only .txt files are read from a folder",
      "more.ndjson": ndjson({ id: "r1", text: ARTICLES.talks }, { id: "r2", text: ARTICLES.river, date: "2019-03-04" }),
      "same.jsonl": ndjson({ id: "j1", text: ARTICLES.council }),
    });
    const run = await runCli(["batch", ...args], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    expect(lines(run.stdout).map((r) => r.id)).toEqual(expectedIds);
    expect(lines(run.stdout).map(outcome)).toEqual(expectedIds.map(() => "ok"));
  });

  it("numbers a record without a usable id as <source>:<line>, counting blank lines", async () => {
    const root = scene("fallback-ids", {
      "in.ndjson": ndjson({ text: ARTICLES.river }, "", { id: "", text: ARTICLES.storm }, { id: 7, text: ARTICLES.talks }, { id: true, text: ARTICLES.council }),
    });
    const run = await runCli(["batch", "in.ndjson"], { cwd: root });
    expect(lines(run.stdout).map((r) => [r.id, outcome(r)])).toEqual([
      ["in.ndjson:1", "ok"],
      ["in.ndjson:3", "ok"],
      ["7", "ok"],
      ["in.ndjson:5", "ok"],
    ]);
  });
});

describe.concurrent("batch: a bad record becomes an error record and the rest go on", () => {
  // NDJSON lines: [label, line, id of its record, code]; each sits between two good records
  const badLines: Array<[string, string | Buffer, string, string]> = [
    ["invalid JSON", '{"id": "x", "text": ', "in.ndjson:LINE", "invalid_json"],
    ["missing text", '{"id": "missing-text"}', "missing-text", "invalid_record"],
    ["non-string text", '{"id": "number-text", "text": 42}', "number-text", "invalid_record"],
    ["a record that is not an object", "[1, 2]", "in.ndjson:LINE", "invalid_record"],
    ["empty text", '{"id": "blank", "text": " \\n\\t "}', "blank", "empty"],
    ["NUL in a record's text", '{"id": "nul", "text": "one\\u0000two"}', "nul", "binary"],
    ["a date that is not a day", `{"id": "feb-30", "text": ${JSON.stringify(ARTICLES.river)}, "date": "2019-02-30"}`, "feb-30", "invalid_date"],
    ["a date not written YYYY-MM-DD", `{"id": "spelt-date", "text": ${JSON.stringify(ARTICLES.river)}, "date": "4 March 2019"}`, "spelt-date", "invalid_date"],
    ["invalid UTF-8 in a line", Buffer.from('{"id": "latin1", "text": "caf\xe9"}', "latin1"), "in.ndjson:LINE", "invalid_utf8"],
  ];
  // files: [label, name, content (null: not there), code]
  const badFiles: Array<[string, string, string | Buffer | null, string]> = [
    ["binary .txt (NUL bytes)", "zip.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), "binary"],
    ["invalid UTF-8 .txt", "latin1.txt", Buffer.from("Caf\xe9 in Lyon.", "latin1"), "invalid_utf8"],
    ["empty .txt", "blank.txt", "\n \n", "empty"],
    ["a missing path", "nowhere.txt", null, "not_found"],
  ];

  // every bad line between good ones, numbered as the file numbers them
  const ndjsonLines: Array<string | Buffer> = [JSON.stringify({ id: "good-0", text: ARTICLES.council })];
  const expected: Array<[string, string]> = [["good.txt", "ok"]];
  const rows: Array<[string, string, string]> = [];
  for (const [label, name, , code] of badFiles) {
    expected.push([name, code], ["good.txt", "ok"]);
    rows.push([label, name, code]);
  }
  expected.push(["good-0", "ok"]);
  badLines.forEach(([label, line, id, code], i) => {
    ndjsonLines.push(line, JSON.stringify({ id: `good-${i + 1}`, text: ARTICLES.storm }));
    const numbered = id.replace("LINE", String(ndjsonLines.length - 1));
    expected.push([numbered, code], [`good-${i + 1}`, "ok"]);
    rows.push([label, numbered, code]);
  });

  // one run for every row, started by the first test that needs it
  let run: Promise<{ code: number | null; stderr: string; records: OutputRecord[] }> | undefined;
  const batch = () => (run ??= start());
  async function start() {
    const files: Record<string, string | Uint8Array> = { "good.txt": ARTICLES.talks };
    for (const [, name, content] of badFiles) if (content !== null) files[name] = content;
    files["in.ndjson"] = Buffer.concat(ndjsonLines.map((line) => Buffer.concat([Buffer.from(line), Buffer.from("\n")])));
    const root = scene("bad", files);
    const args = ["good.txt", ...badFiles.flatMap(([, name]) => [name, "good.txt"]), "in.ndjson"];
    const result = await runCli(["batch", ...args], { cwd: root });
    return { ...result, records: lines(result.stdout) };
  }

  it("writes one line per input record, in order, and exits 0", async () => {
    const { code, records, stderr } = await batch();
    expect(code).toBe(0);
    expect(records.map((r) => [r.id, outcome(r)])).toEqual(expected);
    const errors = expected.filter(([, c]) => c !== "ok").length;
    expect(stderr).toMatch(new RegExp(`^newsparse: ${expected.length} records, ${errors} errors, \\d+\\.\\d\\d s\\n$`));
  });

  it.each(rows)("%s: %s -> %s", async (_label, id, code) => {
    const { records } = await batch();
    expect(records.filter((r) => r.id === id).map(outcome)).toEqual([code]);
  });
});

describe.concurrent("batch: exit codes and flags", () => {
  const mixed = ndjson({ id: "one", text: ARTICLES.council }, { id: "two" }, { id: "three", text: ARTICLES.storm });

  it.each([
    ["no flag", [], 0, ["ok", "invalid_record", "ok"]],
    ["--strict", ["--strict"], 3, ["ok", "invalid_record", "ok"]],
    ["--fail-fast", ["--fail-fast"], 3, ["ok", "invalid_record"]],
  ])("%s", async (_label, flags, code, outcomes) => {
    const root = scene("flags", { "in.ndjson": mixed });
    const run = await runCli(["batch", "in.ndjson", ...flags], { cwd: root });
    expect(run.code, run.stderr).toBe(code);
    expect(lines(run.stdout).map(outcome)).toEqual(outcomes);
  });

  it.each([
    ["--strict with no failure", ["--strict"], 0],
    ["--fail-fast with no failure", ["--fail-fast"], 0],
  ])("%s exits 0", async (_label, flags, code) => {
    const root = scene("clean", { "in.ndjson": ndjson({ id: "one", text: ARTICLES.council }) });
    const run = await runCli(["batch", "in.ndjson", ...flags], { cwd: root });
    expect(run.code, run.stderr).toBe(code);
  });

  it.each([
    ["summary", [], /^newsparse: 3 records, 1 error, \d+\.\d\d s\n$/],
    ["--quiet", ["--quiet"], /^$/],
  ])("stderr with %s", async (_label, flags, stderr) => {
    const root = scene("summary", { "in.ndjson": mixed });
    expect((await runCli(["batch", "in.ndjson", ...flags], { cwd: root })).stderr).toMatch(stderr);
  });

  it("--out writes the same lines to a file and nothing to stdout", async () => {
    const root = scene("out", { "in.ndjson": mixed });
    const toStdout = await runCli(["batch", "in.ndjson", "--quiet"], { cwd: root });
    const toFile = await runCli(["batch", "in.ndjson", "--quiet", "--out", "result.ndjson"], { cwd: root });
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(join(root, "result.ndjson"), "utf8")).toBe(toStdout.stdout);
  });

  it("--date dates the records that carry none; a record's own date wins", async () => {
    const root = scene("dates", { "in.ndjson": ndjson({ id: "own", text: ARTICLES.river, date: "2019-03-04" }, { id: "none", text: ARTICLES.river }) });
    const run = await runCli(["batch", "in.ndjson", "--date", "2020-01-15"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const records = lines(run.stdout);
    expect(records.map((r) => ("meta" in r ? r.meta.date : null))).toEqual(["2019-03-04", "2020-01-15"]);
  });

  it("passes a record's title and url through to meta", async () => {
    const root = scene("meta", { "in.ndjson": ndjson({ id: "m", text: ARTICLES.talks, title: "Talks in Nairobi", url: "https://example.org/talks", extra: [1, 2] }) });
    const run = await runCli(["batch", "in.ndjson"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const [record] = lines(run.stdout);
    expect(record && "meta" in record ? [record.meta.title, record.meta.url] : null).toEqual(["Talks in Nairobi", "https://example.org/talks"]);
  });

  const storm = JSON.stringify(ARTICLES.storm);
  it.each([
    ["__proto__", `{"__proto__": {"x": 1}, "id": "p", "text": ${storm}}`],
    ["__proto__ that names a field", `{"__proto__": {"title": "polluted", "date": "1999-01-01"}, "id": "p", "text": ${storm}}`],
    ["constructor.prototype", `{"constructor": {"prototype": {"title": "polluted"}}, "id": "p", "text": ${storm}}`],
  ])("a record with %s is processed normally", async (_label, line) => {
    const root = scene("proto", { "in.ndjson": line + "\n" });
    const run = await runCli(["batch", "in.ndjson"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const [result] = lines(run.stdout);
    const { id, meta } = ResultSchema.parse(result);
    expect([id, meta.title, meta.date]).toEqual(["p", null, null]);
  });
});

describe.concurrent("batch: stdin", () => {
  const records = ndjson({ id: "s1", text: ARTICLES.talks }, { id: "s2", text: ARTICLES.council });

  it.each([
    ["piped with cat", () => runShell('cat in.ndjson | "$NEWSPARSE" batch -', { cwd: scene("stdin", { "in.ndjson": records }) })],
    ["given as input", () => runCli(["batch", "-"], { input: records })],
  ])("`batch -` reads NDJSON %s", async (_label, run) => {
    const fromFile = await runCli(["batch", "in.ndjson"], { cwd: scene("stdin", { "in.ndjson": records }) });
    const fromStdin = await run();
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(lines(fromStdin.stdout).map((r) => r.id)).toEqual(["s1", "s2"]);
  });

  it("names stdin records without an id stdin:<line>", async () => {
    const run = await runCli(["batch", "-"], { input: ndjson({ text: ARTICLES.river }, "not json") });
    expect(lines(run.stdout).map((r) => [r.id, outcome(r)])).toEqual([
      ["stdin:1", "ok"],
      ["stdin:2", "invalid_json"],
    ]);
  });

  it("writes each result before the next record arrives (streaming)", async () => {
    const child = spawn(process.execPath, [BIN, "batch", "-", "--quiet"]);
    const firstLine = new Promise<string>((resolve) => {
      let seen = "";
      child.stdout.on("data", (chunk: Buffer) => {
        seen += chunk.toString("utf8");
        if (seen.includes("\n")) resolve(seen.slice(0, seen.indexOf("\n")));
      });
    });
    child.stdin.write(ndjson({ id: "first", text: ARTICLES.council }));
    // stdin is still open here: the first line can only come out if batch streams
    expect(JSON.parse(await firstLine).id).toBe("first");
    child.stdin.end(ndjson({ id: "second", text: ARTICLES.storm }));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
  });
});

describe.concurrent("batch: every line validates and every span slices its text", () => {
  const texts: Record<string, string> = {
    "arts/council.txt": ARTICLES.council,
    "arts/storm.txt": `\ufeff${ARTICLES.storm}`,
    "arts/crlf.txt": ARTICLES.talks.replaceAll(". ", ".\r\n"),
    "arts/nbsp.txt": ARTICLES.river.replaceAll(" on ", "\u00a0on\u00a0"),
  };
  const recordTexts: Record<string, string> = {
    rec1: ARTICLES.talks,
    rec2: `Vienna, 5 March 2019: ${ARTICLES.river} "It came so fast," said one resident.`,
    rec3: ARTICLES.council.replaceAll('"', "\u201c"),
  };

  it("holds for files and records", async () => {
    const root = scene("spans", {
      ...texts,
      "in.ndjson": ndjson(...Object.entries(recordTexts).map(([id, text]) => ({ id, text, date: "2019-03-05" }))),
    });
    const run = await runCli(["batch", "arts", "in.ndjson", "--date", "2019-03-05"], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const records = lines(run.stdout);
    let checked = 0;
    expect(records).toHaveLength(Object.keys(texts).length + Object.keys(recordTexts).length);
    for (const record of records) {
      const result = ResultSchema.parse(record);
      const input = texts[result.id] ?? recordTexts[result.id] ?? "";
      // offsets count from after a BOM
      const text = input.startsWith("\ufeff") ? input.slice(1) : input;
      expect(badSpans(result, text), result.id).toEqual([]);
      checked += spansOf(result).length;
    }
    // the extractors find something in these articles, so the check above is not empty
    expect(checked).toBeGreaterThan(0);
  });
});

describe("batch: the streaming parts, in process", () => {
  async function linesOf(chunks: string[], maxBytes?: number): Promise<Array<string | number>> {
    const out: Array<string | number> = [];
    for await (const line of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes)) out.push("tooLong" in line ? line.tooLong : line.toString("utf8"));
    return out;
  }

  it.each([
    [["a\nb\n"], ["a", "b"]],
    [["a\nb"], ["a", "b"]],
    [["a\r\nb\r\n"], ["a", "b"]],
    [["a\n\n\nb\n"], ["a", "", "", "b"]],
    [["{\"id\": ", '"x"}\n{"id"', ': "y"}\n'], ['{"id": "x"}', '{"id": "y"}']],
    [["a\r", "\nb"], ["a", "b"]],
    [["caf", "\u00e9\n"], ["caf\u00e9"]],
    [[""], []],
    [["\n"], [""]],
  ])("byteLines(%j) -> %j", async (chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  // a number stands for a line over the limit, dropped as it came: only its length is told
  it.each([
    [["abc\nabcd\nab\n"], 3, ["abc", 4, "ab"]],
    [["ab", "cd", "ef\ng\n"], 4, [6, "g"]],
    [["abcd\r\n"], 4, [5]],
    [["abcdef"], 4, [6]],
    [["\n\n"], 0, ["", ""]],
  ])("byteLines(%j, %i) -> %j", async (chunks, maxBytes, expected) => {
    expect(await linesOf(chunks, maxBytes)).toEqual(expected);
  });

  it.each([[1], [5], [50]])("lineOut waits for the stream to drain (%i records)", async (count) => {
    const written: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString("utf8"));
        setTimeout(done, 1);
      },
    });
    const out = lineOut("slow", slow);
    for (let i = 0; i < count; i += 1) {
      await out.write(JSON.stringify({ id: `r${i}`, error: { code: "empty", message: "the article is empty" } }) + "\n");
      // the buffer never holds more than the line just written
      expect(slow.writableNeedDrain).toBe(false);
    }
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(written.map((line) => JSON.parse(line).id)).toEqual(Array.from({ length: count }, (_, i) => `r${i}`));
  });
});

// The CLI's argument and exit-code tables, in process through main(argv, io): usage errors (2),
// bad input (3), a failed gate (1), an internal error (70), help and --version (0), a bare
// `newsparse` on a terminal, mistyped commands, counted messages. tests/e2e runs each exit code
// once through the real binary.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ResultSchema } from "../../src/schema.js";
import { runMain } from "../helpers/io.js";
import { badSpans, spansOf } from "../helpers/spans.js";

const ROOT = join(import.meta.dirname, "..", "..");
const GOLD = join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json");
const MISRATA = join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt");
const CONVERT = join(ROOT, "tests", "data", "convert");
const WATCHLIST = join(ROOT, "tests", "data", "lexicon", "watchlist.json");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const ARTICLE =
  'The city council of Lyon voted on Tuesday to close the old bridge. "We have no choice," said Mayor Anne Martin. About 40 people attended, and 12 percent of the budget will go to repairs.';

const dir = mkdtempSync(join(tmpdir(), "newsparse-args-"));
const file = (name: string) => join(dir, name);
mkdirSync(file("folder"));
for (const [name, content] of Object.entries<string | Buffer>({
  "article.txt": ARTICLE,
  "binary.txt": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
  "empty.txt": " \n\n",
  "latin1.txt": Buffer.from("Caf\xe9 owners in Lyon met on Monday.", "latin1"),
  "in.ndjson": `${JSON.stringify({ id: "one", text: ARTICLE })}\n`,
  "mixed.ndjson": `${JSON.stringify({ id: "one", text: ARTICLE })}\n${JSON.stringify({ id: "two" })}\n`,
  "bad-record.ndjson": `${JSON.stringify({ id: "only" })}\n`,
})) {
  writeFileSync(file(name), content);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STACK = /^\s+at /m;

describe.concurrent("parse: exit codes", () => {
  it.each<[string, number, string[], RegExp]>([
    ["missing file", 3, [file("nowhere.txt")], /no such file/],
    ["binary file", 3, [file("binary.txt")], /binary/],
    ["empty file", 3, [file("empty.txt")], /empty/],
    ["invalid UTF-8", 3, [file("latin1.txt")], /UTF-8/],
    ["a folder given to parse", 3, [file("folder")], /batch/],
    ["NDJSON given to parse", 2, [file("in.ndjson")], /in\.ndjson holds 1 NDJSON record, not an article: use 'newsparse batch .*in\.ndjson'/],
    ["empty stdin", 3, [], /empty/],
    ["bad --date", 2, [file("article.txt"), "--date", "2019-02-30"], /not a real day/],
    ["--date not YYYY-MM-DD", 2, [file("article.txt"), "--date", "March 4"], /YYYY-MM-DD/],
    ["unknown --format", 2, [file("article.txt"), "--format", "xml"], /xml/],
    ["unknown option", 2, [file("article.txt"), "--colour"], /unknown option/],
    ["batch with no inputs", 2, ["batch"], /missing required argument/],
    ["a lexicon that is not one", 3, [file("article.txt"), "--lexicon", join(ROOT, "package.json")], /--lexicon .*package\.json: /],
    ["a missing lexicon", 3, [file("article.txt"), "--lexicon", "no/such.json"], /no such file/],
  ])("%s -> %i", async (_label, code, args, message) => {
    const run = await runMain(args);
    expect(run.code, run.stderr).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).toBe("");
    // a bad input is one line that says what to do; usage errors add a hint line from commander
    if (code === 3) expect(run.stderr).toMatch(/^newsparse: [^\n]+\n$/);
  });

  it.each([
    ["a file", [file("article.txt")]],
    ["--help", ["--help"]],
    ["parse --help", ["parse", "--help"]],
    ["batch --help", ["batch", "--help"]],
    ["a lexicon", [file("article.txt"), "--lexicon", WATCHLIST]],
  ])("%s -> 0", async (_label, args) => {
    const run = await runMain(args);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).not.toBe("");
  });

  it("--debug adds the stack trace to an error", async () => {
    const run = await runMain([file("nowhere.txt"), "--debug"]);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(STACK);
  });

  it("an error of ours is an internal error: exit 70, one line, no stack", async () => {
    const run = await runMain([file("article.txt")], { stdoutFails: new Error("the disk is on fire") });
    expect(run.code).toBe(70);
    expect(run.stderr).toBe("newsparse: internal error: the disk is on fire (run again with --debug for details, and report it)\n");
  });
});

describe.concurrent("parse is the default command", () => {
  it.each([
    ["json", []],
    ["ndjson", ["--format", "ndjson"]],
    ["csv", ["--format", "csv"]],
  ])("`newsparse FILE` is `newsparse parse FILE` (%s)", async (_label, flags) => {
    const [implicit, explicit] = await Promise.all([runMain([file("article.txt"), ...flags]), runMain(["parse", file("article.txt"), ...flags])]);
    expect(implicit.code, implicit.stderr).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
  });

  it.each([
    ["no file", []],
    ["-", ["-"]],
    ["parse -", ["parse", "-"]],
  ])("reads stdin with %s", async (_label, args) => {
    const run = await runMain(args, { input: ARTICLE });
    expect(run.code, run.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(run.stdout));
    expect(result.id).toBe("stdin");
    expect(badSpans(result, ARTICLE)).toEqual([]);
    expect(spansOf(result).length).toBeGreaterThan(0);
  });
});

describe.concurrent("--version", () => {
  it.each([["--version"], ["-V"]])("%s prints the package version and exits 0", async (flag) => {
    expect(await runMain([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe.concurrent("a bare `newsparse`", () => {
  const HINT = "newsparse: no article given: name a file, or pipe one in (cat article.txt | newsparse); '-' reads the terminal\n";

  it.each([
    ["nothing", []],
    ["options but no file", ["--format", "json", "--date", "2019-03-04"]],
  ])("on a terminal, with %s: the hint and the help on stderr, exit 2", async (_label, args) => {
    const run = await runMain(args, { tty: { stdin: true } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(HINT)).toBe(true);
    expect(run.stderr).toMatch(/\nUsage: newsparse \[options\] \[command\]\n[\s\S]*\n  batch \[options\] <inputs\.\.\.>/);
  });

  it.each([
    ["stdin piped, no file", [], false],
    ["'-' on a terminal: read as asked", ["-"], true],
  ])("%s: parses stdin", async (_label, args, terminal) => {
    const run = await runMain([...args, "--format", "json"], { tty: { stdin: terminal }, input: ARTICLE });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "stdin" });
  });
});

describe.concurrent("a mistyped command", () => {
  it.each([
    [["bacth", "dir/"], "batch"],
    [["--debug", "bacth", "dir/"], "batch"],
    [["evl", "gold.json"], "eval"],
    [["rendr", "a.txt"], "render"],
    [["convret", "--from", "conll", "x"], "convert"],
    [["shcema"], "schema"],
    [["prase", "a.txt"], "parse"],
    [["hepl"], "help"],
  ])("%j: did you mean '%s'? (exit 2)", async (args, meant) => {
    const run = await runMain(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe(`newsparse: unknown command '${args.find((a) => !a.startsWith("-"))}' (did you mean '${meant}'?)`);
  });

  it.each([["batches.txt"], ["xyzzy"], ["dir/"]])("%s, too far from any command: a file to parse (exit 3)", async (word) => {
    const run = await runMain([word]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/no such file/);
  });
});

describe.concurrent("batch: usage errors", () => {
  it.each([
    ["--date that is not a day", [file("in.ndjson"), "--date", "2019-02-30"], /not a real day/],
    ["no inputs at all", [], /missing required argument/],
    ["--jobs 0", [file("in.ndjson"), "--jobs", "0"], /give a whole number above 0/],
    ["--jobs two", [file("in.ndjson"), "--jobs", "two"], /give a whole number above 0/],
    ["--max-bytes -1", [file("in.ndjson"), "--max-bytes", "-1"], /give a whole number above 0/],
    ["--timeout-ms 1.5", [file("in.ndjson"), "--timeout-ms", "1.5"], /give a whole number \(0 or more\)/],
    ["--resume without --out", [file("in.ndjson"), "--resume"], /--resume continues an --out FILE/],
    ["--resume with a gzip --out", [file("in.ndjson"), "--resume", "--out", file("out.ndjson.gz")], /cannot continue a gzip file/],
  ])("%s -> 2", async (_label, args, message) => {
    const run = await runMain(["batch", ...args]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK);
  });
});

describe.concurrent("eval, convert, render: exit codes", () => {
  it.each([
    [["eval", GOLD, "--min", "actors.f1"], 2, /write NAME=VALUE/],
    [["eval", GOLD, "--min", "nosuch.metric=0.5"], 2, /no such metric/],
    [["eval", GOLD, "--max-drop", "lots"], 2, /give a number/],
    [["eval", GOLD, "--min", "actors.f1=1.5"], 1, /^newsparse: accuracy gate failed: actors\.f1 \d\.\d{3} < 1\.500\n$/],
    [["convert", "--from", "conll", "no/such/file.txt"], 3, /no such file/],
    [["convert", "--from", "brat-attribution", join(CONVERT, "conll")], 2, /holds text\/ and attributions\//],
    [["convert", "--from", "xml", "x"], 2, /invalid/],
    [["render", MISRATA, "--out", "x.html", "--out-dir", "x"], 2, /not both/],
    [["render", MISRATA, file("nowhere.txt")], 3, /no such file/],
    [["render", MISRATA, "--date", "2019-02-30"], 2, /not a real day/],
    // every command that reads articles takes the same size limit, counted on the article's text
    [["eval", GOLD, "--max-bytes", "100"], 3, /^newsparse: gold document misrata-2019-03-14: is 1,\d{3} bytes, over the limit of 100 bytes \(raise it with --max-bytes\)\n$/],
    [["convert", "--from", "timeml", join(CONVERT, "timeml"), "--max-bytes", "50"], 3, /^newsparse: document sample: is \d+ bytes, over the limit of 50 bytes/],
    [["render", MISRATA, "--max-bytes", "100"], 3, /over the limit of 100 bytes/],
  ])("%j exits %i", async (args, code, message) => {
    const run = await runMain(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });
});

describe.concurrent("counts agree with their nouns", () => {
  it.each([
    [["convert", "--from", "timeml", join(CONVERT, "timeml")], "newsparse: 1 document converted\n"],
    [["convert", "--from", "conll", join(CONVERT, "conll", "sample.txt")], "newsparse: 2 documents converted\n"],
  ])("%j: %j", async (args, stderr) => {
    const run = await runMain(args);
    expect([run.code, run.stderr]).toEqual([0, stderr]);
  });

  it.each([
    ["in.ndjson", [], 0, /^newsparse: 1 record, 0 errors, \d+\.\d\d s\n$/],
    ["mixed.ndjson", [], 0, /^newsparse: 2 records, 1 error, \d+\.\d\d s\n$/],
    ["bad-record.ndjson", ["--strict"], 3, /\nnewsparse: 1 of 1 record failed \(--strict\); the first: /],
    ["mixed.ndjson", ["--strict"], 3, /\nnewsparse: 1 of 2 records failed \(--strict\); the first: /],
  ])("batch %s %j", async (input, flags, code, stderr) => {
    const run = await runMain(["batch", file(input), "--jobs", "1", ...flags]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(stderr);
  });
});

describe.concurrent("batch: the progress bar only where it cannot land between results", () => {
  const BAR = /\r\u001b\[K\[#{20}\] 100% {2}1 record {2}/;
  it.each([
    ["stderr not a terminal", { stderr: false, stdout: false }, false, [], false],
    ["stdout and stderr the same terminal", { stderr: true, stdout: true }, true, [], false],
    ["the same terminal, results to --out", { stderr: true, stdout: true }, true, ["--out", file("bar.ndjson")], true],
    ["stderr a terminal, stdout a pipe", { stderr: true, stdout: false }, false, [], true],
    ["stderr a terminal, --quiet", { stderr: true, stdout: false }, false, ["--quiet"], false],
  ])("%s: bar %s", async (_label, tty, sharedTerminal, flags, bar) => {
    const run = await runMain(["batch", file("article.txt"), "--jobs", "1", ...flags], { tty, sharedTerminal });
    expect(run.code, run.stderr).toBe(0);
    expect(BAR.test(run.stderr)).toBe(bar);
  });
});

describe.concurrent("the table fits the terminal", () => {
  it.each([
    [undefined, "  a3   Government of National Ac… org     4x government; aka GNA"],
    [160, "  a3   Government of National Accord            org     4x government; aka GNA"],
  ])("%s columns", async (columns, row) => {
    const run = await runMain([MISRATA, "--format", "table"], { columns });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")).toContain(row);
  });
});

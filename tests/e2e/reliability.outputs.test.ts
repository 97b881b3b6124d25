// What newsparse writes, through the real binary, when the world is hostile: full disks (/dev/full
// fails every write with ENOSPC), an output that is one of the inputs, page names that collide or
// are links, outputs and inputs that cannot be written or read. Each ends in one line and its exit
// code: 74 an output not written, 3 an input unreadable or malformed, 2 a mistake in the arguments.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, linkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, runShell } from "../helpers/cli.js";
import { ndjson } from "../helpers/scene.js";

const FULL = "/dev/full";
const hasFull = existsSync(FULL);
const dir = mkdtempSync(join(tmpdir(), "newsparse-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

const FIXTURE_GOLD = join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json");
const ARTICLE = "The mayor of Lyon said on Tuesday that the bridge would close.";

// empty texts become error records at once, and their random ids do not compress: the gzip
// stream hands bytes to its file during the run, where the old writer hung waiting for 'drain'
const manyRecords = ndjson(...Array.from({ length: 3000 }, (_, k) => ({ id: `${k}-${(k * 2654435761).toString(36)}-${Math.sin(k).toString(36)}`, text: "" })));

function setUp(): void {
  writeFileSync(at("many.ndjson"), manyRecords);
  writeFileSync(at("in.ndjson"), ndjson({ id: "one", text: ARTICLE }));
  symlinkSync(at("in.ndjson"), at("link.ndjson"));
  linkSync(at("in.ndjson"), at("hard.ndjson"));
  if (hasFull) symlinkSync(FULL, at("full.ndjson.gz"));
  for (const [path, text] of Object.entries({ "c/a/x.txt": ARTICLE, "c/b/x.txt": "Floodwater reached Vienna on Friday.", "c/x-2.txt": "Rain fell in Paris." })) {
    mkdirSync(at(join(path, "..")), { recursive: true });
    writeFileSync(at(path), text);
  }
  writeFileSync(at("bad-gold.json"), '{"id": "a", "date": "2020-01-01", "text": "x"');
  writeFileSync(at("no-article.json"), JSON.stringify({ id: "a", date: "2020-01-01", path: "missing.txt" }));
  writeFileSync(at("garbage.ndjson"), "garbage\n");
  mkdirSync(at("linked-pages"));
  symlinkSync(at("victim.html"), at("linked-pages/x.html"));
}
setUp();

const lineCount = (text: string) => text.split("\n").filter((l) => l !== "").length;

// /dev/full is Linux's; elsewhere these rows are skipped
(hasFull ? describe.concurrent : describe.skip)("reliability: a full disk ends the run with one line and exit 74", () => {
  it.each([
    ["batch gzip --jobs 1", `"$NEWSPARSE" batch many.ndjson --jobs 1 --out full.ndjson.gz`, "--out full.ndjson.gz"],
    ["batch gzip --jobs 2", `"$NEWSPARSE" batch many.ndjson --jobs 2 --out full.ndjson.gz`, "--out full.ndjson.gz"],
    ["batch plain --jobs 1", `"$NEWSPARSE" batch in.ndjson --jobs 1 --out ${FULL}`, `--out ${FULL}`],
    ["batch plain --jobs 2", `"$NEWSPARSE" batch in.ndjson --jobs 2 --out ${FULL}`, `--out ${FULL}`],
    ["batch to stdout", `"$NEWSPARSE" batch many.ndjson --jobs 1 > ${FULL}`, "stdout"],
    ["schema", `"$NEWSPARSE" schema > ${FULL}`, "stdout"],
    ["parse", `"$NEWSPARSE" c/a/x.txt > ${FULL}`, "stdout"],
    ["render", `"$NEWSPARSE" render c/a/x.txt --out ${FULL}`, `--out ${FULL}`],
    ["help", `"$NEWSPARSE" --help > ${FULL}`, "stdout"],
  ])("%s", async (_name, script, output) => {
    const run = await runShell(script, { cwd: dir });
    expect([run.code, run.stderr]).toEqual([74, `newsparse: ${output}: cannot write (no space left on device)\n`]);
  });

  it("a closed pipe stays quiet: batch | head -1", async () => {
    const run = await runShell(`"$NEWSPARSE" batch many.ndjson --jobs 1 -q | head -1`, { cwd: dir });
    expect([run.code, run.stderr, lineCount(run.stdout)]).toEqual([0, "", 1]);
  });
});

describe.concurrent("reliability: an output that is one of the inputs is refused before it is opened (exit 2)", () => {
  it.each([
    [["in.ndjson", "--out", "in.ndjson"], "in.ndjson"],
    [["in.ndjson", "--out", "link.ndjson"], "in.ndjson"],
    [["link.ndjson", "--out", "in.ndjson"], "link.ndjson"],
    [["in.ndjson", "--out", "hard.ndjson"], "in.ndjson"],
    [["in.ndjson", "--out", "in.ndjson", "--resume"], "in.ndjson"],
    [["c", "--out", "c/a/x.txt"], "c/a/x.txt"],
    [["c/*/*.txt", "--out", "c/b/x.txt"], "c/b/x.txt"],
    [["in.ndjson", "--stats", "link.ndjson"], "in.ndjson"],
  ])("batch %j", async (args, input) => {
    const before = readFileSync(at("in.ndjson"), "utf8");
    const run = await runCli(["batch", ...args], { cwd: dir });
    const flag = args.find((arg) => arg.startsWith("--") && arg !== "--resume")!;
    const out = args[args.indexOf(flag) + 1];
    expect([run.code, run.stderr]).toEqual([2, `newsparse: ${flag} ${out} is the same file as the input ${input}: it would be overwritten before it is read; write elsewhere\n`]);
    expect(readFileSync(at("in.ndjson"), "utf8")).toBe(before);
  });

  it("stdin that is the output: batch - --out in.ndjson < in.ndjson", async () => {
    const run = await runShell(`"$NEWSPARSE" batch - --out in.ndjson < in.ndjson`, { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, "newsparse: --out in.ndjson is the same file as the input stdin: it would be overwritten before it is read; write elsewhere\n"]);
  });

  it("an output beside the articles of a folder is no input: batch c --out c/out.ndjson", async () => {
    const run = await runCli(["batch", "c", "--out", "c/out.ndjson", "-q"], { cwd: dir });
    expect([run.code, lineCount(readFileSync(at("c/out.ndjson"), "utf8"))]).toEqual([0, 3]);
    rmSync(at("c/out.ndjson"));
  });
});

describe.concurrent("reliability: render --out-dir writes one page per article, never through a link", () => {
  it("three articles, two of the same name, and one named like the second page: three pages", async () => {
    const run = await runCli(["render", "c/a/x.txt", "c/b/x.txt", "c/x-2.txt", "--out-dir", "pages"], { cwd: dir });
    expect([run.code, run.stderr, readdirSync(at("pages")).sort()]).toEqual([0, "newsparse: wrote 3 pages to pages\n", ["x-2-2.html", "x-2.html", "x.html"]]);
    const pages = ["x.html", "x-2.html", "x-2-2.html"].map((name) => readFileSync(at(join("pages", name)), "utf8"));
    expect(pages.map((page) => ["Lyon", "Vienna", "Paris"].find((place) => page.includes(`>${place}<`)))).toEqual(["Lyon", "Vienna", "Paris"]);
  });

  it("a symbolic link at a page's name is refused (exit 74), and nothing is written where it points", async () => {
    const run = await runCli(["render", "c/a/x.txt", "--out-dir", "linked-pages"], { cwd: dir });
    expect([run.code, run.stderr, existsSync(at("victim.html")), lstatSync(at("linked-pages/x.html")).isSymbolicLink()]).toEqual([74, "newsparse: linked-pages/x.html: cannot write (it is a symbolic link)\n", false, true]);
  });
});

describe.concurrent("reliability: user errors are one line naming the file, never an internal error", () => {
  it.each([
    // outputs that cannot be created (74), found before any article is parsed
    [["render", "c/a/x.txt", "--out", "missing/page.html"], 74, "newsparse: --out missing/page.html: cannot write (no such folder)\n"],
    [["render", "c/a/x.txt", "--out", "c"], 74, "newsparse: --out c: cannot write (it is a folder)\n"],
    [["render", "c/a/x.txt", "--out-dir", "in.ndjson"], 74, "newsparse: --out-dir in.ndjson: cannot write (it exists and is not a folder)\n"],
    [["convert", "--from", "conll", join(ROOT, "tests", "data", "convert", "conll"), "--out", "missing/gold.ndjson"], 74, "newsparse: --out missing/gold.ndjson: cannot write (no such folder)\n"],
    [["batch", "in.ndjson", "--stats", "missing/stats.json"], 74, "newsparse: --stats missing/stats.json: cannot write (no such folder)\n"],
    [["batch", "in.ndjson", "--stats", "c"], 74, "newsparse: --stats c: cannot write (it is a folder)\n"],
    // inputs that are missing or malformed (3)
    [["eval", "bad-gold.json"], 3, "newsparse: bad-gold.json: not JSON (Expected ',' or '}' after property value in JSON at position 45)\n"],
    [["eval", "no-article.json"], 3, `newsparse: ${at("missing.txt")}: no such file (the "path" of no-article.json, document 1); check the path\n`],
    [["eval", FIXTURE_GOLD, "--pred", "missing.ndjson"], 3, "newsparse: missing.ndjson: no such file (predictions); check the path\n"],
    [["eval", FIXTURE_GOLD, "--pred", "garbage.ndjson"], 3, `newsparse: garbage.ndjson:1: not JSON (Unexpected token 'g', "garbage" is not valid JSON)\n`],
    [["eval", FIXTURE_GOLD, "--pred", "in.ndjson"], 3, "newsparse: in.ndjson:1: not a newsparse result or error record\n"],
  ])("%j: exit %i", async (args, code, stderr) => {
    const run = await runCli(args, { cwd: dir });
    expect([run.code, run.stderr, run.stdout]).toEqual([code, stderr, ""]);
  });
});

describe.concurrent("reliability: eval --pred whose ids match no gold says so, and fails a gate", () => {
  // as a batch over the articles' folder writes them: paths as ids, not the gold's ids
  const empty = { meta: { date: null, title: null, url: null, dateline: null, credits: [] }, actors: [], places: [], dates: [], quotes: [], figures: [] };
  const predictions = async () => {
    const file = at(`pred-${Math.random().toString(36).slice(2)}.ndjson`);
    writeFileSync(file, ndjson({ id: "articles/misrata-2019-03-14.txt", ...empty }, { id: "missing.txt", error: { code: "not_found", message: "missing.txt: no such file or folder; check the path" } }));
    return file;
  };
  const notes = (file: string) =>
    `newsparse: ${file}: 2 prediction ids match no gold document (the first: "articles/misrata-2019-03-14.txt"); ids must be the gold documents' ids\n` +
    `newsparse: ${file}: 1 gold document has no prediction and is scored as empty\n` +
    `newsparse: ${file}: 1 line is an error record (the first: "missing.txt")\n`;

  it.each([
    [[], 0, ""],
    [["--min", "places.f1=0"], 1, "newsparse: accuracy gate failed: predictions.matched 0.000 < 1.000\n"],
  ])("eval GOLD --pred PRED %j: exit %i", async (args, code, gate) => {
    const file = await predictions();
    const run = await runCli(["eval", FIXTURE_GOLD, "--pred", file, ...args], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([code, notes(file) + gate]);
  });
});

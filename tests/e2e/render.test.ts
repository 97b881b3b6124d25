// render: every mention of the result is on the page with its kind and span, the page shows the
// article text exactly, and nothing in an article can become markup.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nest } from "../../src/marks/nest.js";
import { timexStretch } from "../../src/render/timeline.js";
import { ResultSchema, type Result } from "../../src/schema.js";
import { ROOT, runCli } from "../helpers/cli.js";

const ARTICLES = join(ROOT, "fixtures", "articles");
const NAMES = readdirSync(ARTICLES).filter((f) => f.endsWith(".txt"));
const dir = mkdtempSync(join(tmpdir(), "newsparse-render-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = [
  'Mayor Anne Martin of Lyon said on Tuesday: "<script>alert(1)</script> is not welcome."',
  'The <img src=x onerror=alert(2)> group and "onerror=alert(3) x=" met in Paris on 3 March 2019.',
  "A </div></main><style>body{display:none}</style> link: <a href=\"https://example.com/\">here</a> &amp; more.",
].join("\n\n");

interface Tag {
  name: string;
  attributes: string[];
}

/** Every tag of a page. Article text reaches the page escaped, so each `<` left opens a real tag. */
function tags(html: string): Tag[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/\s([^\s=>]+)/g)].map((a) => a[1]!.toLowerCase()),
  }));
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The article text of a one-article page: its marks and their popovers taken out. */
function pageText(html: string): string {
  const inner = /<div class="text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
  return unescape(inner.replace(/<span class="tip"[^>]*>(?:<span class="row">.*?<\/span>)*<\/span>/g, "").replace(/<[^>]+>/g, ""));
}

/** `kind start end` of every counted mark (a quote split by a crossing mark counts once). */
function pageMarks(html: string): string[] {
  return [...html.matchAll(/data-kind="(\w+)" data-start="(\d+)" data-end="(\d+)"/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}`).sort();
}

function resultMarks(r: Result): string[] {
  return [
    ...r.actors.flatMap((a) => a.mentions.map((m) => `actor ${m.start} ${m.end}`)),
    ...r.places.flatMap((p) => p.mentions.map((m) => `place ${m.start} ${m.end}`)),
    ...r.dates.map((d) => `date ${d.start} ${d.end}`),
    ...r.quotes.flatMap((q) => q.fragments.map((f) => `quote ${f.start} ${f.end}`)),
    ...r.figures.map((f) => `figure ${f.start} ${f.end}`),
  ].sort();
}

const RESULT_KINDS = new Set(["actor", "place", "date", "quote", "figure"]);

describe.concurrent("render: each fixture, one page per article", () => {
  const rendered = runCli(["render", ...NAMES.map((n) => join(ARTICLES, n)), "--out-dir", join(dir, "pages")]);

  it("writes a page per article", async () => {
    const run = await rendered;
    expect([run.code, run.stderr]).toEqual([0, `newsparse: wrote ${NAMES.length} pages to ${join(dir, "pages")}\n`]);
    expect(readdirSync(join(dir, "pages")).sort()).toEqual(NAMES.map((n) => n.replace(/\.txt$/, ".html")).sort());
  });

  it.each(NAMES)("%s: every mention, with its kind and span; the text exactly", async (name) => {
    expect((await rendered).code).toBe(0);
    const parsed = await runCli([join(ARTICLES, name), "--format", "json"]);
    const result = ResultSchema.parse(JSON.parse(parsed.stdout));
    const html = readFileSync(join(dir, "pages", name.replace(/\.txt$/, ".html")), "utf8");
    expect(pageMarks(html).filter((m) => RESULT_KINDS.has(m.split(" ")[0]!))).toEqual(resultMarks(result));
    expect(pageText(html)).toBe(readFileSync(join(ARTICLES, name), "utf8"));
    // panels link to actor entries that exist
    for (const a of result.actors) expect(html).toContain(`<li id="${a.id}"`);
  });
});

describe.concurrent("render: one page for several articles", () => {
  it("has a table of contents and ids kept apart", async () => {
    const files = ["misrata-2019-03-14.txt", "ituri-2017-08-10.txt"].map((n) => join(ARTICLES, n));
    const run = await runCli(["render", ...files]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/<nav class="toc" aria-label="Contents">/);
    expect(run.stdout).toContain('href="#d1-article"');
    expect(run.stdout).toContain('href="#d2-article"');
    const ids = [...run.stdout.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.concurrent("render: a hostile article stays text", () => {
  const file = join(dir, 'hostile "<b>".txt');
  writeFileSync(file, HOSTILE);
  const rendered = runCli(["render", file, "--date", "2019-03-05"]);

  it("has no script, no event handler, no style and no link from the article", async () => {
    const run = await rendered;
    expect(run.code, run.stderr).toBe(0);
    const all = tags(run.stdout);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((t) => t.name === "script" || t.name === "img" || t.name === "iframe")).toEqual([]);
    expect(all.flatMap((t) => t.attributes.filter((a) => a.startsWith("on")))).toEqual([]);
    expect(all.filter((t) => t.name === "style")).toHaveLength(2); // the page's own <style> and </style>
    expect([...run.stdout.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]).filter((url) => !url!.startsWith("#"))).toEqual([]);
  });

  it("shows the article, escaped, as its text", async () => {
    const run = await rendered;
    expect(pageText(run.stdout)).toBe(HOSTILE);
    expect(run.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(run.stdout).toContain("<title>newsparse: " + file.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") + "</title>");
  });

  it("forbids the network in its Content-Security-Policy", async () => {
    const run = await rendered;
    expect(run.stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
  });
});

describe.concurrent("eval --errors --format html", () => {
  const gold = join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json");
  it("marks each false negative, false positive and mismatch in its document", async () => {
    const [html, json] = await Promise.all([runCli(["eval", gold, "--format", "html"]), runCli(["eval", gold, "--errors", "--format", "json"])]);
    expect([html.code, json.code]).toEqual([0, 0]);
    const report = JSON.parse(json.stdout) as { errors: Array<{ errors: Array<{ error: string; start: number; end: number }> }> };
    const kind = (error: string) => (error === "false negative" ? "missed" : error === "false positive" ? "spurious" : "mismatch");
    const expected = report.errors.flatMap((d) => d.errors.map((e) => `${kind(e.error)} ${e.start} ${e.end}`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(pageMarks(html.stdout)).toEqual(expected);
    expect(html.stdout).toContain("Content-Security-Policy");
  });
});

describe("nest: marks to properly nested pieces", () => {
  const show = (length: number, marks: Array<{ start: number; end: number; name: string }>) =>
    nest(length, marks)
      .map((p) => (p.type === "text" ? "x".repeat(p.end - p.start) : p.type === "open" ? `${p.first ? "" : "+"}${p.mark.name}(` : `)${p.last ? "" : "+"}`))
      .join("");
  it.each([
    ["nested", 10, [{ start: 0, end: 10, name: "q" }, { start: 2, end: 4, name: "d" }], "q(xxd(xx)xxxxxx)"],
    ["crossing", 10, [{ start: 0, end: 6, name: "f" }, { start: 4, end: 10, name: "q" }], "f(xxxxq(xx)+)+q(xxxx)"],
    ["same span", 4, [{ start: 0, end: 4, name: "a" }, { start: 0, end: 4, name: "s" }], "a(s(xxxx))"],
    ["outside the text or empty: dropped", 4, [{ start: 2, end: 9, name: "a" }, { start: 1, end: 1, name: "b" }], "xxxx"],
    ["nothing", 3, [], "xxx"],
  ])("%s", (_label, length, marks, expected) => {
    expect(show(length, marks)).toBe(expected);
  });
});

describe("timexStretch: the days a TIMEX3 value covers", () => {
  const days = (value: string | null) => {
    const s = timexStretch(value);
    return s && [new Date(s.from).toISOString().slice(0, 10), new Date(s.to).toISOString().slice(0, 10)];
  };
  it.each<[string | null, string[] | null]>([
    ["2019-03-12", ["2019-03-12", "2019-03-13"]],
    ["2017-10-08TNI", ["2017-10-08", "2017-10-09"]],
    ["2019-03", ["2019-03-01", "2019-04-01"]],
    ["2018", ["2018-01-01", "2019-01-01"]],
    ["2019-W01", ["2018-12-31", "2019-01-07"]],
    ["2017-Q4", ["2017-10-01", "2018-01-01"]],
    ["2019-H2", ["2019-07-01", "2020-01-01"]],
    ["P3M", null],
    ["PRESENT_REF", null],
    ["XXXX-10", null],
    [null, null],
  ])("%s", (value, expected) => {
    expect(days(value)).toEqual(expected);
  });
});

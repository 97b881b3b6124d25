// highlight: the article text with marks inserted, in colour or in plain brackets.
import { Chalk } from "chalk";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatHighlight } from "../../src/format/highlight.js";
import { parseArticle } from "../../src/index.js";
import type { Result } from "../../src/schema.js";
import { ROOT, runCli } from "../helpers/cli.js";

const plain = new Chalk({ level: 0 });
const ARTICLES = join(ROOT, "fixtures", "articles");
const MISRATA = join(ARTICLES, "misrata-2019-03-14.txt");

/** The body of a highlight: everything after the two header lines and the blank line. */
const body = (out: string) => out.split("\n").slice(3).join("\n");

/** Spans by the words they cover (the first occurrence at or after `from`). */
function at(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`'${words}' is not in '${text}'`);
  return { start, end: start + words.length, text: words };
}

function result(parts: Partial<Result>): Result {
  return { id: "t", meta: { date: "2017-10-08", title: null, url: null, dateline: null, credits: [] }, actors: [], places: [], dates: [], quotes: [], figures: [], ...parts };
}

const actor = (id: string, name: string, spans: Array<ReturnType<typeof at>>) => ({ id, name, type: "organization" as const, subtype: null, aliases: [], roles: [], mentions: spans.map((s) => ({ ...s, source: "test" })) });
const place = (name: string, span: ReturnType<typeof at>) => ({ id: "p1", name, type: "city" as const, country: null, coordinates: null, aliases: [], mentions: [{ ...span, source: "test" }] });
const date = (span: ReturnType<typeof at>, value: string) => ({ ...span, source: "test", type: "DATE" as const, value, mod: null });
const figure = (span: ReturnType<typeof at>, value: number, unit: string | null) => ({ ...span, source: "test", kind: "money" as const, value, unit, approximate: false, qualifier: null, min: null, max: null, counted: null, event: null });
function quote(text: string, fragments: string[], speaker: string | null, name = speaker ?? "") {
  let from = 0;
  const spans = fragments.map((f) => {
    const s = at(text, f, from);
    from = s.end;
    return s;
  });
  const whole = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
  return {
    ...whole,
    text: text.slice(whole.start, whole.end),
    source: "test",
    kind: "direct" as const,
    fragments: spans,
    speaker: speaker === null ? null : { name, actorId: null, mention: at(text, speaker, from) },
    cue: null,
  };
}

const S1 = "SDF fighters took Raqqa on Oct. 5.";
const S2 = '"We win on Friday," said Jihan Sheikh Ahmad.';
const S3 = 'The UN asked for $45 million to help them.';
const S4 = '"We are ready," Zawi said. "We are safe."';
const S5 = "Control \u001b[31m text in Raqqa.";

describe("highlight: the plain notation", () => {
  it.each<[string, string, Result, string]>([
    ["an actor named otherwise, a place, a date", S1, result({ actors: [actor("a1", "Syrian Democratic Forces", [at(S1, "SDF")])], places: [place("Raqqa", at(S1, "Raqqa"))], dates: [date(at(S1, "Oct. 5"), "2017-10-05")] }), "[SDF]{actor: Syrian Democratic Forces} fighters took [Raqqa]{place} on [Oct. 5]{date: 2017-10-05}."],
    ["a date inside a quote, and its speaker, also an actor", S2, result({ actors: [actor("a1", "Jihan Sheikh Ahmad", [at(S2, "Jihan Sheikh Ahmad")])], dates: [date(at(S2, "Friday"), "2017-10-13")], quotes: [quote(S2, ["We win on Friday"], "Jihan Sheikh Ahmad")] }), '"[We win on [Friday]{date: 2017-10-13}]{quote: — Jihan Sheikh Ahmad}," said [Jihan Sheikh Ahmad]{actor; speaker}.'],
    ["a quote crossing a figure closes and reopens", S3, result({ figures: [figure(at(S3, "$45 million"), 45e6, "USD")], quotes: [quote(S3, ["million to help them"], null)] }), "The UN asked for [$45 [million]{quote …}]{figure: 45,000,000 USD}[ to help them]{quote: — ?}."],
    ["a quote in two fragments: the speaker after the last", S4, result({ quotes: [quote(S4, ["We are ready", "We are safe."], null, "Hamid Zawi")] }), '"[We are ready]{quote}," Zawi said. "[We are safe.]{quote: — ?}"'],
    ["a figure that reads as its value has no note", "About 40 USD.", result({ figures: [figure({ start: 6, end: 12, text: "40 USD" }, 40, "USD")] }), "About [40 USD]{figure}."],
    ["control characters show as their symbols", S5, result({ places: [place("Raqqa", at(S5, "Raqqa"))] }), "Control \u241b[31m text in [Raqqa]{place}."],
    ["nothing found: the text as it is", "Nothing here.", result({}), "Nothing here."],
  ])("%s", (_label, text, parsed, expected) => {
    expect(body(formatHighlight(parsed, text, plain))).toBe(expected + "\n");
  });

  it.each([
    ["Residents of Misrata, Libya, met on March 12.", "[Misrata]{place}, [Libya]{place}"],
    ["Libyan Prime Minister Hamid Zawi said on Wednesday that power would return.", "[Wednesday]{date: 2019-03-13}"],
    ["Aid agencies say more than 12,000 people have left.", "[12,000]{figure: more than 12,000 people}"],
  ])("on a parsed sentence: %s", (sentence, expected) => {
    const out = formatHighlight(parseArticle(sentence, { id: "s", date: "2019-03-14" }), sentence, plain);
    expect(out).toContain(expected);
  });
});

describe("highlight: the text is the article's, marks inserted", () => {
  // no fixture article has brackets of its own, so taking the marks out must give the text back
  const unmark = (s: string) => s.replace(/\]\{[^}]*\}/g, "").replace(/\[/g, "");
  it.each(readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")))("%s", (name) => {
    const text = readFileSync(join(ARTICLES, name), "utf8");
    const date = /^ date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? null;
    const parsed = parseArticle(text, { id: name, date });
    expect(unmark(body(formatHighlight(parsed, text, plain)))).toBe(text.endsWith("\n") ? text : text + "\n");
  });
});

describe.concurrent("highlight through the CLI", () => {
  const ANSI = /\u001b\[/;
  it.each([
    ["not a terminal", {}, false],
    ["NO_COLOR=1", { NO_COLOR: "1" }, false],
    ["FORCE_COLOR=1", { FORCE_COLOR: "1" }, true],
    ["NO_COLOR=1 and FORCE_COLOR=1", { NO_COLOR: "1", FORCE_COLOR: "1" }, false],
  ])("%s: ANSI escapes %s", async (_label, env, coloured) => {
    const run = await runCli([MISRATA, "--format", "highlight"], { env });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(ANSI.test(run.stdout)).toBe(coloured);
    // the same marks either way: a bracket note in plain, a dim note in colour
    expect(run.stdout).toContain(coloured ? "\u001b[2m [2019-03-12]" : "[March 12]{date: 2019-03-12}");
  });

  it("reads stdin too, with its offsets", async () => {
    const text = readFileSync(MISRATA, "utf8");
    const run = await runCli(["-", "--format", "highlight"], { input: text });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("stdin  date 2019-03-14");
    expect(run.stdout).toContain("[Libyan National Army]{actor}");
  });
});

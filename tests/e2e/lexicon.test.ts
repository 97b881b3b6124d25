// lexicon: an analyst's watch-list adds and overrides actors and places (`--lexicon FILE`)
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { loadLexicon } from "../../src/io/lexicon-file.js";
import { compileLexicon, UserLexiconSchema } from "../../src/lexicon/user.js";
import { ROOT, runCli } from "../helpers/cli.js";

const WATCHLIST = join(ROOT, "tests", "data", "lexicon", "watchlist.json");
const lexicon = compileLexicon(UserLexiconSchema.parse(JSON.parse(readFileSync(WATCHLIST, "utf8"))));
const parse = (text: string) => parseArticle(text, { date: "2021-05-04", lexicon });

describe("lexicon", () => {
  it.each([
    // [text, kind, name, type, mention texts]
    ["Fighters of Katibat al-Nour shelled the road; KAN denied it.", "actor", "Katibat al-Nour", "organization", ["Katibat al-Nour", "KAN"]],
    ["Jordan Blake spoke first. Jordan said the count was fair.", "actor", "Jordan Blake", "person", ["Jordan Blake", "Jordan"]],
    ["Families fled Tel Hamra, and Tal Hamra emptied by night.", "place", "Tel Hamra", "city", ["Tel Hamra", "Tal Hamra"]],
  ] as const)("%s", (text, kind, name, type, mentions) => {
    const result = parse(text);
    const found = (kind === "actor" ? result.actors : result.places).find((e) => e.name === name);
    expect(found, `no ${kind} ${name}`).toBeDefined();
    expect(found!.type).toBe(type);
    expect(found!.mentions.map((m) => m.text)).toEqual(mentions);
    expect(found!.mentions.every((m) => m.source === "extract/lexicon:user")).toBe(true);
  });

  it("its types win: `Jordan` is the person of the watch-list, not the country", () => {
    const result = parse("Jordan said the border would stay open.");
    expect(result.places).toEqual([]);
    expect(result.actors.map((a) => [a.name, a.type])).toEqual([["Jordan Blake", "person"]]);
  });

  it("carries subtype, country and coordinates", () => {
    const result = parse("KAN fighters entered Tel Hamra.");
    expect(result.actors[0]!.subtype).toBe("armed group");
    expect(result.places[0]).toMatchObject({ country: "SY", coordinates: { lat: 36.1, lon: 40.2 } });
  });

  it("whole words only: no match inside a longer word", () => {
    expect(parse("The KANSAS team won.").actors.map((a) => a.name)).not.toContain("Katibat al-Nour");
  });

  it("ignore: a name the analyst never wants reported, as actor or place", () => {
    const names = (r: ReturnType<typeof parse>) => [...r.actors, ...r.places].flatMap((e) => e.mentions.map((m) => m.text));
    const text = "The ship Liberty docked in Haifa after Liberty Bank paid.";
    expect(names(parseArticle(text, { date: "2021-05-04" }))).toContain("Liberty");
    expect(names(parse(text))).not.toContain("Liberty");
    expect(names(parse(text))).toContain("Haifa");
  });

  it.each([
    [{ actors: [{ name: "X", type: "robot" }] }, /actors\.0\.type/],
    [{ places: [{ name: "Y", type: "city", country: "Syria" }] }, /places\.0\.country/],
    [{ actors: [], extra: true }, /top level: .*extra/],
  ])("a malformed lexicon is refused with the field named: %j", (bad, message) => {
    const file = join(mkdtempSync(join(tmpdir(), "newsparse-lexicon-")), "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    expect(() => loadLexicon(file)).toThrow(message);
  });

  // a bad or missing --lexicon file (exit 3): tests/unit/cli.args.test.ts
  it("the CLI honours --lexicon in parse and eval", async () => {
    const article = join(ROOT, "fixtures", "articles", "misrata-2019-03-14.txt");
    const run = await runCli([article, "--format", "json", "--lexicon", WATCHLIST]);
    expect(run.code, run.stderr).toBe(0);
    const evalRun = await runCli(["eval", join(ROOT, "fixtures", "gold", "misrata-2019-03-14.json"), "--lexicon", WATCHLIST]);
    expect(evalRun.code, evalRun.stderr).toBe(0);
  });

  it.each([["1"], ["2"]])("batch --jobs %s honours --lexicon in every worker", async (jobs) => {
    const records = ["Fighters of Katibat al-Nour shelled the road.", "KAN denied it from Tal Hamra."].map((text, k) => JSON.stringify({ id: `r${k}`, text })).join("\n");
    const run = await runCli(["batch", "-", "--jobs", jobs, "--quiet", "--lexicon", WATCHLIST], { input: records + "\n" });
    expect(run.code, run.stderr).toBe(0);
    const results = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { actors: Array<{ name: string }>; places: Array<{ name: string }> });
    expect(results.map((r) => r.actors.map((a) => a.name))).toEqual([["Katibat al-Nour"], ["Katibat al-Nour"]]);
    expect(results[1]!.places.map((p) => p.name)).toEqual(["Tel Hamra"]);
  });
});

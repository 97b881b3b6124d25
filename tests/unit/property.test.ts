// Generated and mutated articles through parseArticle: whatever the text, no throw, a result the
// schema accepts, and every span slicing to its own text. fast-check shrinks a failure to a
// minimal input and prints it with the seed that replays it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";
import { ResultSchema } from "../../src/schema.js";
import { badSpans } from "../helpers/spans.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "articles");
// the fixture articles without their date header line, plus a few short ones
const BASES = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(FIXTURES, name), "utf8").replace(/^ date \S+ *\n/, "")),
  'The city council of Lyon voted on Tuesday to close the old bridge. "We have no choice," said Mayor Anne Martin.',
  "A storm struck the coast of Portugal on 3 March 2019, cutting power to 20,000 homes in Porto.",
];

/** A window of up to 700 characters of one base article: long enough for sentences, short enough to run thousands. */
const excerpt = fc.tuple(fc.constantFrom(...BASES), fc.nat(), fc.integer({ min: 1, max: 700 })).map(([text, from, length]) => {
  const start = from % text.length;
  return text.slice(start, start + length);
});

const quotes = fc.constantFrom('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", '""', "\u201c\u201c\u201c", '" "');
const hugeNumbers = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 60n }).map((n) => n.toString()),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => n.toLocaleString("en")),
  fc.constantFrom("1e308", "9".repeat(400), "0.000000000000000000001", "-0", "1,2,3,4,5,6", "12.5.6.7", "$1,000,000,000,000,000 billion", "3/4/5"),
);
const parentheses = fc.oneof(
  fc.nat(40).map((n) => `${"(".repeat(n)}x${")".repeat(n)}`),
  fc.nat(40).map((n) => "(".repeat(n)),
  fc.nat(40).map((n) => ")".repeat(n)),
  fc.constantFrom("([)]", "(\u201c)\u201d", "[(", "))(("),
);
const controls = fc.constantFrom("\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "\r", "\r\n", "\u2028", "\u2029", "\ufeff", "\u00a0", "\u200b", "\t");
const surrogates = fc.constantFrom("\ud800", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00");
const unicode = fc.oneof(fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 12 }));

/** Inserts each piece at its position (taken modulo the length): mutations that can split words, pairs and quotes. */
function mutated(pieces: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(excerpt, fc.array(fc.tuple(fc.nat(), pieces), { minLength: 1, maxLength: 12 })).map(([text, inserts]) =>
    inserts.reduce((out, [at, piece]) => {
      const i = at % (out.length + 1);
      return out.slice(0, i) + piece + out.slice(i);
    }, text),
  );
}

function problemsOf(text: string): string[] {
  const result = parseArticle(text, { id: "property", date: "2019-03-05" });
  const parsed = ResultSchema.safeParse(result);
  if (!parsed.success) return [`invalid result: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`];
  return badSpans(parsed.data, text);
}

describe("property: any text parses to a valid result whose spans slice to their text", { timeout: 600_000 }, () => {
  it.each([
    ["random Unicode text (astral, emoji, combining marks)", unicode.chain((seed) => fc.string({ unit: "grapheme", maxLength: 300 }).map((s) => seed + s)), 300],
    ["excerpts of real articles", excerpt, 300],
    ["with random Unicode inserted", mutated(unicode), 400],
    ["with stray and unbalanced quotation marks", mutated(quotes), 400],
    ["with huge and malformed numbers", mutated(hugeNumbers), 300],
    ["with nested and unbalanced parentheses", mutated(parentheses), 300],
    ["with control characters, line and paragraph separators", mutated(controls), 300],
    ["with lone surrogates", mutated(surrogates), 200],
    ["with all of these at once", mutated(fc.oneof(unicode, quotes, hugeNumbers, parentheses, controls, surrogates)), 400],
  ])("%s", (_label, texts: fc.Arbitrary<string>, numRuns: number) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(problemsOf(text)).toEqual([]);
      }),
      { numRuns },
    );
  });
});

// CoNLL-2003 columns (`TOKEN POS CHUNK NER`, IOB tags, `-DOCSTART-` between documents) -> native gold.
// Text is rebuilt from tokens: no space before `, . ; : ) 's n't %`, none after `( $`; a sentence a line.
import { basename } from "node:path";
import type { GoldDocument } from "../schema.js";
import { spansFromIob } from "../tagger/scheme.js";

const NO_SPACE_BEFORE = /^(?:[,.;:)%]|'s|n't|'re|'ve|'ll|'d|'m|')$/i;
const NO_SPACE_AFTER = /^[($]$/;
const DATELINE = /^\d{4}-\d{2}-\d{2}$/;

/** Columns of every row, sentence by sentence, document by document (`-DOCSTART-` opens one). */
export function readConllColumns(content: string): string[][][][] {
  const docs: string[][][][] = [];
  let sentence: string[][] = [];
  const endSentence = () => {
    if (sentence.length > 0) docs[docs.length - 1]?.push(sentence);
    sentence = [];
  };
  for (const line of content.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      endSentence();
      docs.push([]);
    } else if (line.trim() === "") endSentence();
    else {
      if (docs.length === 0) docs.push([]);
      sentence.push(cols);
    }
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

export function convertConll(content: string, file: string): GoldDocument[] {
  const stem = basename(file).replace(/\.[^.]+$/, "");
  return readConllColumns(content).map((sentences, k) => toGold(sentences, `${stem}-${String(k + 1).padStart(4, "0")}`));
}

function toGold(sentences: string[][][], id: string): GoldDocument {
  let text = "";
  let date: string | null = null;
  const spans: Array<{ start: number; end: number; label: string }> = [];
  for (const rows of sentences) {
    if (text !== "") text += "\n";
    const starts: number[] = [];
    const ends: number[] = [];
    rows.forEach((cols, i) => {
      const word = cols[0]!;
      const prev = rows[i - 1]?.[0];
      if (prev !== undefined && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev)) text += " ";
      starts.push(text.length);
      text += word;
      ends.push(text.length);
      if (date === null && DATELINE.test(word)) date = word;
    });
    for (const s of spansFromIob(rows.map((cols) => cols[cols.length - 1]!))) spans.push({ start: starts[s.first]!, end: ends[s.last - 1]!, label: s.type });
  }
  const mention = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const group = (label: string) => {
    const byName = new Map<string, Array<{ start: number; end: number; text: string }>>();
    for (const s of spans.filter((x) => x.label === label)) {
      const m = mention(s);
      byName.set(m.text, [...(byName.get(m.text) ?? []), m]);
    }
    return [...byName.entries()];
  };
  return {
    id,
    text,
    date,
    actors: [
      ...group("PER").map(([name, mentions]) => ({ name, type: "person" as const, mentions })),
      ...group("ORG").map(([name, mentions]) => ({ name, type: "organization" as const, mentions })),
    ],
    places: group("LOC").map(([name, mentions]) => ({ name, mentions })),
    ignore: spans.filter((s) => s.label === "MISC").map((s) => ({ ...mention(s), label: "MISC" })),
  };
}

// CoNLL-2003 columns (`TOKEN POS CHUNK NER`, IOB tags, `-DOCSTART-` between documents) -> native gold.
// Text is rebuilt from tokens: no space before `, . ; : ) 's n't %`, none after `( $`; a sentence a line.
import { basename } from "node:path";
import type { GoldDocument } from "../schema.js";

const NO_SPACE_BEFORE = /^(?:[,.;:)%]|'s|n't|'re|'ve|'ll|'d|'m|')$/i;
const NO_SPACE_AFTER = /^[($]$/;
const DATELINE = /^\d{4}-\d{2}-\d{2}$/;

interface Tok {
  text: string;
  tag: string;
}

export function convertConll(content: string, file: string): GoldDocument[] {
  const docs: Tok[][][] = [];
  let sentence: Tok[] = [];
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
      sentence.push({ text: cols[0]!, tag: cols[cols.length - 1]! });
    }
  }
  endSentence();
  const stem = basename(file).replace(/\.[^.]+$/, "");
  return docs.filter((d) => d.length > 0).map((sentences, k) => toGold(sentences, `${stem}-${String(k + 1).padStart(4, "0")}`));
}

function toGold(sentences: Tok[][], id: string): GoldDocument {
  let text = "";
  let date: string | null = null;
  const spans: Array<{ start: number; end: number; label: string }> = [];
  for (const sentence of sentences) {
    if (text !== "") text += "\n";
    let open: { start: number; end: number; label: string } | null = null;
    sentence.forEach((tok, i) => {
      const prev = sentence[i - 1];
      if (prev && !NO_SPACE_BEFORE.test(tok.text) && !NO_SPACE_AFTER.test(prev.text)) text += " ";
      const start = text.length;
      text += tok.text;
      if (date === null && DATELINE.test(tok.text)) date = tok.text;
      const [bio, label] = tok.tag.split("-") as [string, string | undefined];
      // IOB1 starts a span with I- too; IOB2 with B-
      if (bio === "O" || !label || bio === "B" || open?.label !== label) {
        if (open) spans.push(open);
        open = bio === "O" || !label ? null : { start, end: text.length, label };
      } else open.end = text.length;
    });
    if (open) spans.push(open);
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

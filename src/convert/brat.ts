// PolNeAR-style brat standoff -> native gold quotes. A folder holds text/<doc>.txt and
// attributions/<doc>_<annotator>.ann; T lines are Source, Cue, Content (discontinuous as `315 448;463 553`)
// and Attribution triggers; E lines tie them: `Attribution:T4 Content:T3 Cue:T2 Source:T1`,
// or `Attribution-no-source:...` without a Source. Offsets past the text, references to annotations that
// are not there and lines that are neither are refused at their line.
import { plural } from "../plural.js";
import type { GoldDocument } from "../schema.js";
import { textBefore } from "../window.js";
import { sourceError } from "./source.js";

// `“` or `" ` right before the first fragment: the quote opens there
const OPENING_MARK_WIDTH = 2;

interface TextBound {
  label: string;
  fragments: Array<{ start: number; end: number }>;
}

const QUOTE_MARK = /["“”«»]/;

/** The annotation file's T and E lines; `file` names it in errors, `textLength` bounds the offsets. */
export function parseAnn(ann: string, file: string, textLength: number): { spans: Map<string, TextBound>; events: Array<Record<string, string>> } {
  const spans = new Map<string, TextBound>();
  const events: Array<{ line: number; args: Record<string, string> }> = [];
  const ids = new Set<string>();
  ann.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    // a line without a tab continues the text column of a T line that holds a line break
    const [id, body] = text.split("\t");
    if (!id || !body) return;
    ids.add(id);
    if (id.startsWith("T")) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) throw sourceError(file, line, `${id}: expected a label and offsets (\`Source 12 20\` or \`Content 315 448;463 553\`), found ${JSON.stringify(body)}`);
      const fragments = m[2]!.split(";").map((f) => {
        const [start, end] = f.split(" ").map(Number) as [number, number];
        if (start > end || end > textLength) throw sourceError(file, line, `${id}: offsets ${start} ${end} are not within the text (${plural(textLength, "character")})`);
        return { start, end };
      });
      spans.set(id, { label: m[1]!, fragments });
    } else if (id.startsWith("E")) {
      const args = body.trim().split(/\s+/).map((arg) => {
        const colon = arg.indexOf(":");
        if (colon === -1) throw sourceError(file, line, `${id}: expected ROLE:ID arguments, found ${JSON.stringify(arg)}`);
        return [arg.slice(0, colon), arg.slice(colon + 1)] as [string, string];
      });
      events.push({ line, args: Object.fromEntries(args) });
    }
  });
  // an event may name an annotation written below it: references are checked once all are read
  for (const { line, args } of events) {
    for (const [role, ref] of Object.entries(args)) if (!ids.has(ref)) throw sourceError(file, line, `${role}:${ref} names no annotation in the file`);
  }
  return { spans, events: events.map((e) => e.args) };
}

/**
 * direct: the content is in quotation marks (its own, or marks right around it); partial: it holds a
 * quoted part; indirect: no marks.
 */
export function quoteKind(text: string, fragments: Array<{ start: number; end: number }>): "direct" | "partial" | "indirect" {
  const first = fragments[0]!;
  const opens = QUOTE_MARK.test(text.slice(first.start, first.end).trim()[0] ?? "") || /["“«]\s*$/.test(textBefore(text, first.start, OPENING_MARK_WIDTH));
  if (opens) return "direct";
  return fragments.some((f) => QUOTE_MARK.test(text.slice(f.start, f.end))) ? "partial" : "indirect";
}

export function convertBratDocument(id: string, text: string, ann: { content: string; file: string }, date: string | null): GoldDocument {
  const { spans, events } = parseAnn(ann.content, ann.file, text.length);
  const slice = (f: { start: number; end: number }) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end) });
  const quotes: NonNullable<GoldDocument["quotes"]> = [];
  for (const e of events) {
    const content = e.Content ? spans.get(e.Content) : undefined;
    if (!content) continue;
    const fragments = content.fragments.map(slice);
    const source = e.Source ? spans.get(e.Source) : undefined;
    const cue = e.Cue ? spans.get(e.Cue) : undefined;
    const speaker = source ? { ...slice({ start: source.fragments[0]!.start, end: source.fragments[source.fragments.length - 1]!.end }), name: "" } : null;
    if (speaker) speaker.name = speaker.text;
    quotes.push({
      fragments,
      kind: quoteKind(text, fragments),
      speaker,
      cue: cue ? slice({ start: cue.fragments[0]!.start, end: cue.fragments[cue.fragments.length - 1]!.end }) : null,
    });
  }
  quotes.sort((a, b) => a.fragments[0]!.start - b.fragments[0]!.start);
  return { id, text, date, quotes };
}

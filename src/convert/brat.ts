// PolNeAR-style brat standoff -> native gold quotes. A folder holds text/<doc>.txt and
// attributions/<doc>_<annotator>.ann; T lines are Source, Cue, Content (discontinuous as `315 448;463 553`)
// and Attribution triggers; E lines tie them: `Attribution:T4 Content:T3 Cue:T2 Source:T1`,
// or `Attribution-no-source:...` without a Source.
import type { GoldDocument } from "../schema.js";
import { textBefore } from "../window.js";

// `“` or `" ` right before the first fragment: the quote opens there
const OPENING_MARK_WIDTH = 2;

interface TextBound {
  label: string;
  fragments: Array<{ start: number; end: number }>;
}

const QUOTE_MARK = /["“”«»]/;

export function parseAnn(ann: string): { spans: Map<string, TextBound>; events: Array<Record<string, string>> } {
  const spans = new Map<string, TextBound>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
      if (!m) continue;
      spans.set(id, {
        label: m[1]!,
        fragments: m[2]!.split(";").map((f) => {
          const [s, e] = f.split(" ").map(Number) as [number, number];
          return { start: s, end: e };
        }),
      });
    } else if (id.startsWith("E")) {
      events.push(Object.fromEntries(body.trim().split(/\s+/).map((arg) => arg.split(":") as [string, string])));
    }
  }
  return { spans, events };
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

export function convertBratDocument(id: string, text: string, ann: string, date: string | null): GoldDocument {
  const { spans, events } = parseAnn(ann);
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

// The article text as HTML, every mark an element over its exact span:
//   <mark class="m k-date" data-kind="date" data-start="120" data-end="129" tabindex="0" ...>
// A mark with details is focusable and holds its popover (`.tip`) as its first child, so CSS alone
// shows it on hover or focus; a decoration (a quote's speaker, its cue) is a plain span.
import { escapeHtml } from "./escape.js";
import type { Detail, Mark } from "../marks/marks.js";
import { nest } from "../marks/nest.js";

/** Element ids of one article's marks and panel entries; `prefix` keeps them apart on a page of several. */
export class Ids {
  private readonly used = new Set<string>();
  constructor(readonly prefix: string) {}

  /** `actor-141-170`: the id a panel links to for a mention. */
  mention(kind: string, start: number, end: number): string {
    return `${this.prefix}${kind}-${start}-${end}`;
  }

  /** A mention id not given out before on this page (two marks of one kind over one span get -2). */
  claim(kind: string, start: number, end: number): string {
    const base = this.mention(kind, start, end);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  entity(id: string): string {
    return `${this.prefix}${id}`;
  }
}

function detailHtml(d: Detail, ids: Ids): string {
  const value = d.target ? `<a href="#${escapeHtml(ids.entity(d.target))}">${escapeHtml(d.value)}</a>` : escapeHtml(d.value);
  return `<span class="row"><b>${escapeHtml(d.label)}</b> ${value}</span>`;
}

function openTag<K extends string>(mark: Mark<K>, first: boolean, ids: Ids): string {
  const kind = escapeHtml(mark.kind);
  // a reopened piece (after a crossing mark) is styled like its mark but counted once, at its first piece
  if (!first) return `<span class="m k-${kind} cont">`;
  const span = `data-kind="${kind}" data-start="${mark.start}" data-end="${mark.end}"`;
  if (mark.details.length === 0) return `<span class="d k-${kind}" ${span}>`;
  const id = ids.claim(mark.kind, mark.start, mark.end);
  const tip = `<span class="tip" role="tooltip" id="${id}-tip">${mark.details.map((d) => detailHtml(d, ids)).join("")}</span>`;
  const note = mark.note === null ? "" : ` data-note="${escapeHtml(mark.note)}"`;
  return `<mark class="m k-${kind}" ${span}${note} id="${id}" tabindex="0" aria-describedby="${id}-tip">${tip}`;
}

const closeTag = <K extends string>(mark: Mark<K>, first: boolean) => (first && mark.details.length > 0 ? "</mark>" : "</span>");

/** The text, escaped, with an element per mark; crossing marks close and reopen around each other. */
export function markedText<K extends string>(text: string, marks: Array<Mark<K>>, rank: (m: Mark<K>) => number, ids: Ids): string {
  let out = "";
  // which kind of element each open piece is, so that its close tag matches
  const opened: boolean[] = [];
  for (const piece of nest(text.length, marks, rank)) {
    if (piece.type === "text") out += escapeHtml(text.slice(piece.start, piece.end));
    else if (piece.type === "open") {
      opened.push(piece.first);
      out += openTag(piece.mark, piece.first, ids);
    } else out += closeTag(piece.mark, opened.pop() ?? false);
  }
  return out;
}

// `parse --format highlight`: the article text itself, with every mention marked where it stands.
//
// With colour (a terminal, or FORCE_COLOR=1 for `| less -R`) a mention is coloured by kind, a
// quote's speaker is underlined, and a dim note follows what needs one:
//   Oct. 5 [2017-10-05]    SDF [Syrian Democratic Forces]    "... soon." [— Jihan Sheikh Ahmad]
// Without colour (NO_COLOR, a pipe, a file) the same marks are written as brackets:
//   [text]{kind}           a mention: `[Raqqa]{place}`
//   [text]{kind: note}     with its canonical name or value: `[Oct. 5]{date: 2017-10-05}`
//   [text]{actor; speaker} one span marked twice: an actor who is a quote's speaker
//   ]{kind …}              a mark closed early because another one crosses it; it reopens with `[`
// Marks nest: `[we won on [Friday]{date: 2017-10-06}]{quote: — Ahmad}`. Between the marks the
// text is the article's, character for character (control characters shown as their symbols).
import type { ChalkInstance, ForegroundColorName } from "chalk";
import { nestingRank, resultMarks, type Mark, type MarkKind } from "../marks/marks.js";
import { nest, type Piece } from "../marks/nest.js";
import type { Result } from "../schema.js";

const COLOURS: Record<Exclude<MarkKind, "speaker" | "cue">, ForegroundColorName> = {
  actor: "cyan",
  place: "green",
  date: "yellow",
  quote: "magenta",
  figure: "blue",
};

type Shown = Mark<Exclude<MarkKind, "cue">>;

/** ESC and the other C0 controls would steer the terminal: show U+2400's pictures instead, one for one. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (ch) => String.fromCharCode(ch === "\u007F" ? 0x2421 : 0x2400 + ch.charCodeAt(0)));
}

const sameSpan = (a: Shown, b: Shown) => a.start === b.start && a.end === b.end;

function plain(text: string, pieces: Array<Piece<Shown>>): string {
  let out = "";
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (piece.type === "text") {
      out += visible(text.slice(piece.start, piece.end));
      continue;
    }
    // consecutive opens (or closes) over one span share one bracket: `[Zawi]{actor: Hamid Zawi; speaker}`
    const group = [piece.mark];
    let last = piece.type === "close" && piece.last;
    for (let after = pieces[k + 1]; after && after.type === piece.type && sameSpan(after.mark, piece.mark); after = pieces[k + 1]) {
      group.push(after.mark);
      last &&= after.type === "close" && after.last;
      k++;
    }
    if (piece.type === "open") {
      out += "[";
      continue;
    }
    const labels = group.sort((a, b) => nestingRank(a) - nestingRank(b)).map((m) => (last && m.note !== null ? `${m.kind}: ${m.note}` : m.kind));
    out += `]{${labels.join("; ")}${last ? "" : " …"}}`;
  }
  return out;
}

function coloured(text: string, pieces: Array<Piece<Shown>>, c: ChalkInstance): string {
  let out = "";
  const open: Shown[] = [];
  for (const piece of pieces) {
    if (piece.type === "open") open.push(piece.mark);
    else if (piece.type === "close") {
      open.splice(open.lastIndexOf(piece.mark), 1);
      if (piece.last && piece.mark.note !== null) out += c.dim(` [${piece.mark.note}]`);
    } else {
      const shown = visible(text.slice(piece.start, piece.end));
      const inner = open.findLast((m): m is Mark<keyof typeof COLOURS> => m.kind !== "speaker");
      const style = inner ? c[COLOURS[inner.kind]] : null;
      const underline = open.some((m) => m.kind === "speaker");
      out += style ? (underline ? style.underline(shown) : style(shown)) : underline ? c.underline(shown) : shown;
    }
  }
  return out;
}

function legend(c: ChalkInstance): string {
  if (c.level === 0) return "marks: [text]{kind} or [text]{kind: canonical name or value}; kinds: actor, place, date, quote (with its speaker: — name), figure, speaker";
  const kinds = Object.entries(COLOURS).map(([kind, colour]) => c[colour](kind));
  return `${c.dim("legend:")} ${kinds.join(" ")} ${c.underline("speaker")} ${c.dim("[canonical name or value] [— speaker of a quote]")}`;
}

export function formatHighlight(result: Result, text: string, c: ChalkInstance): string {
  const marks = resultMarks(result).filter((m): m is Shown => m.kind !== "cue");
  const pieces = nest(text.length, marks, nestingRank);
  const body = c.level === 0 ? plain(text, pieces) : coloured(text, pieces, c);
  const head = c.bold(result.id) + c.dim(`  date ${result.meta.date ?? "unknown"}`);
  return `${head}\n${legend(c)}\n\n${body}${body.endsWith("\n") ? "" : "\n"}`;
}

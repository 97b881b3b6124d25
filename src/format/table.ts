// A table for people at a terminal, as wide as the terminal (80 columns when it is not one).
// Each row has name columns (an actor's name, a date's text, a quote's speaker), a few fixed
// columns, and a free-text column last. From 80 columns up, the names grow first, up to NAME_MAX,
// and the last column takes the rest; below 80, the last column gives way first, then the names.
import type { ChalkInstance } from "chalk";
import type { Result } from "../schema.js";

const DEFAULT_COLUMNS = 80;
/** A name longer than this is clipped however wide the terminal: the rest of the row is worth more. */
const NAME_MAX = 40;
/** Below 80 columns, no column shrinks under this. */
const NARROWEST = 10;

interface Layout {
  names: number[];
  last: number;
}

/** The widths of a row's name columns and last column at `columns`, from their widths at 80. */
export function fitColumns(columns: number, namesAt80: readonly number[], lastAt80: number): Layout {
  let spare = columns - DEFAULT_COLUMNS;
  if (spare >= 0) {
    const names = namesAt80.map((width) => {
      const grown = Math.max(width, Math.min(NAME_MAX, width + spare));
      spare -= grown - width;
      return grown;
    });
    return { names, last: lastAt80 + spare };
  }
  const last = Math.max(NARROWEST, lastAt80 + spare);
  spare += lastAt80 - last;
  const names = [...namesAt80];
  for (let k = names.length - 1; k >= 0 && spare < 0; k--) {
    const shrunk = Math.max(NARROWEST, names[k]! + spare);
    spare += names[k]! - shrunk;
    names[k] = shrunk;
  }
  return { names, last };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat.padEnd(width) : flat.slice(0, Math.max(0, width - 1)) + "…";
}

function section(c: ChalkInstance, title: string, count: number, lines: string[]): string[] {
  const head = c.bold.underline(`${title} (${count})`);
  return count === 0 ? [head, c.dim("  none"), ""] : [head, ...lines, ""];
}

function actorRows(result: Result, c: ChalkInstance, columns: number): string[] {
  const { names: [name = 0], last } = fitColumns(columns, [26], 35);
  return result.actors.map((a) => {
    const extra = [a.subtype ?? "", ...a.roles, ...a.aliases.map((al) => `aka ${al}`)].filter(Boolean).join("; ");
    return `  ${c.cyan(a.id.padEnd(4))} ${c.bold(clip(a.name, name))} ${clip(a.type === "organization" ? "org" : a.type, 6)} ${String(a.mentions.length).padStart(2)}x ${c.dim(clip(extra, last))}`.trimEnd();
  });
}

function placeRows(result: Result, c: ChalkInstance, columns: number): string[] {
  const { names: [name = 0], last } = fitColumns(columns, [26], 31);
  return result.places.map((p) => {
    const where = [p.country, p.coordinates ? `${p.coordinates.lat.toFixed(2)},${p.coordinates.lon.toFixed(2)}` : null].filter(Boolean).join(" ");
    return `  ${c.green(p.id.padEnd(4))} ${c.bold(clip(p.name, name))} ${clip(p.type, 10)} ${String(p.mentions.length).padStart(2)}x ${c.dim(clip(where, last))}`.trimEnd();
  });
}

function dateRows(result: Result, c: ChalkInstance, columns: number): string[] {
  const { names: [text = 0], last } = fitColumns(columns, [28], 38);
  return result.dates.map((d) => `  ${c.yellow(clip(d.text, text))} ${clip(d.type, 9)} ${c.bold(clip(`${d.value ?? "?"}${d.mod ? ` (${d.mod})` : ""}`, last))}`.trimEnd());
}

function quoteRows(result: Result, c: ChalkInstance, columns: number): string[] {
  const { names: [speaker = 0], last } = fitColumns(columns, [24], 43);
  return result.quotes.map((q) => `  ${c.magenta(clip(q.kind, 8))} ${c.bold(clip(q.speaker?.name ?? "(no speaker)", speaker))} ${clip(q.text, last)}`.trimEnd());
}

function figureRows(result: Result, c: ChalkInstance, columns: number): string[] {
  const { names: [text = 0, value = 0], last } = fitColumns(columns, [24, 20], 21);
  return result.figures.map((f) => {
    const shown = `${f.qualifier ? f.qualifier + " " : ""}${f.value ?? (f.min !== null ? `>=${f.min}` : "?")}${f.unit ? " " + f.unit : ""}${f.approximate ? " ~" : ""}`;
    return `  ${c.blue(clip(f.text, text))} ${clip(f.kind, 8)} ${c.bold(clip(shown, value))} ${c.dim(clip(f.counted?.text ?? "", last))}`.trimEnd();
  });
}

export function formatTable(result: Result, c: ChalkInstance, columns = DEFAULT_COLUMNS): string {
  const { meta } = result;
  const out: string[] = [
    c.bold(result.id) + c.dim(`  date ${meta.date ?? "unknown"}`) + (meta.title ? `  ${meta.title}` : ""),
    ...meta.credits.map((cr) => c.dim(`  credit: ${[cr.agency, cr.photographer].filter(Boolean).join(" / ")}`)),
    "",
    ...section(c, "Actors", result.actors.length, actorRows(result, c, columns)),
    ...section(c, "Places", result.places.length, placeRows(result, c, columns)),
    ...section(c, "Dates", result.dates.length, dateRows(result, c, columns)),
    ...section(c, "Quotes", result.quotes.length, quoteRows(result, c, columns)),
    ...section(c, "Figures", result.figures.length, figureRows(result, c, columns)),
  ];
  return out.join("\n").trimEnd() + "\n";
}

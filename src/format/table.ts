// A table for people at a terminal, readable at 80 columns.
import type { ChalkInstance } from "chalk";
import type { Result } from "../schema.js";

const WIDTH = 80;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= width ? flat.padEnd(width) : flat.slice(0, Math.max(0, width - 1)) + "…";
}

function section(c: ChalkInstance, title: string, count: number, lines: string[]): string[] {
  const head = c.bold.underline(`${title} (${count})`);
  return count === 0 ? [head, c.dim("  none"), ""] : [head, ...lines, ""];
}

export function formatTable(result: Result, c: ChalkInstance): string {
  const { meta } = result;
  const out: string[] = [
    c.bold(result.id) + c.dim(`  date ${meta.date ?? "unknown"}`) + (meta.title ? `  ${meta.title}` : ""),
    ...meta.credits.map((cr) => c.dim(`  credit: ${[cr.agency, cr.photographer].filter(Boolean).join(" / ")}`)),
    "",
  ];
  out.push(
    ...section(
      c,
      "Actors",
      result.actors.length,
      result.actors.map((a) => {
        const extra = [a.subtype ?? "", ...a.roles, ...a.aliases.map((al) => `aka ${al}`)].filter(Boolean).join("; ");
        return `  ${c.cyan(a.id.padEnd(4))} ${c.bold(clip(a.name, 26))} ${clip(a.type === "organization" ? "org" : a.type, 6)} ${String(a.mentions.length).padStart(2)}x ${c.dim(clip(extra, WIDTH - 44))}`.trimEnd();
      }),
    ),
    ...section(
      c,
      "Places",
      result.places.length,
      result.places.map((p) => {
        const where = [p.country, p.coordinates ? `${p.coordinates.lat.toFixed(2)},${p.coordinates.lon.toFixed(2)}` : null].filter(Boolean).join(" ");
        return `  ${c.green(p.id.padEnd(4))} ${c.bold(clip(p.name, 26))} ${clip(p.type, 10)} ${String(p.mentions.length).padStart(2)}x ${c.dim(clip(where, WIDTH - 48))}`.trimEnd();
      }),
    ),
    ...section(
      c,
      "Dates",
      result.dates.length,
      result.dates.map((d) => `  ${c.yellow(clip(d.text, 28))} ${clip(d.type, 9)} ${c.bold(clip(`${d.value ?? "?"}${d.mod ? ` (${d.mod})` : ""}`, WIDTH - 42))}`.trimEnd()),
    ),
    ...section(
      c,
      "Quotes",
      result.quotes.length,
      result.quotes.map((q) => `  ${c.magenta(clip(q.kind, 8))} ${c.bold(clip(q.speaker?.name ?? "(no speaker)", 24))} ${clip(q.text, WIDTH - 37)}`.trimEnd()),
    ),
    ...section(
      c,
      "Figures",
      result.figures.length,
      result.figures.map((f) => {
        const value = `${f.qualifier ? f.qualifier + " " : ""}${f.value ?? (f.min !== null ? `>=${f.min}` : "?")}${f.unit ? " " + f.unit : ""}${f.approximate ? " ~" : ""}`;
        return `  ${c.blue(clip(f.text, 24))} ${clip(f.kind, 8)} ${c.bold(clip(value, 20))} ${c.dim(clip(f.counted?.text ?? "", WIDTH - 59))}`.trimEnd();
      }),
    ),
  );
  return out.join("\n").trimEnd() + "\n";
}

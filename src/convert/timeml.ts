// TimeML `.tml` -> native gold: the TIMEX3 spans of <TEXT> with type, value and mod; the DCT as the date.
import { basename } from "node:path";
import { DATE_MODS, DATE_TYPES, type DateMod, type DateType, type GoldDocument } from "../schema.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!));

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
}

export function convertTimeml(content: string, file: string): GoldDocument {
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(content);
  const dctValue = dct ? attributes(dct[1]!).value : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(content)?.[1] ?? "";
  let text = "";
  const dates: NonNullable<GoldDocument["dates"]> = [];
  const open: Array<{ start: number; attrs: Record<string, string> }> = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      text += decode(m[5]);
      continue;
    }
    if (m[2] !== "TIMEX3" || m[4] === "/") continue;
    if (m[1] === "") open.push({ start: text.length, attrs: attributes(m[3]!) });
    else {
      const t = open.pop();
      if (!t) continue;
      const type = (DATE_TYPES as readonly string[]).includes(t.attrs.type ?? "") ? (t.attrs.type as DateType) : "DATE";
      const mod = (DATE_MODS as readonly string[]).includes(t.attrs.mod ?? "") ? (t.attrs.mod as DateMod) : null;
      dates.push({ start: t.start, end: text.length, text: text.slice(t.start, text.length), type, value: t.attrs.value ?? null, mod });
    }
  }
  return { id: basename(file).replace(/\.tml$/, ""), text, date: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null, dates };
}

// TimeML `.tml` -> native gold: the TIMEX3 spans of <TEXT> with type, value and mod; the DCT as the date.
// A file that is cut short or is no TimeML (no closed <TEXT>, an unclosed TIMEX3, a `<` that opens no
// tag, an entity that names no character) is refused at its line.
import { basename } from "node:path";
import { DATE_MODS, DATE_TYPES, type DateMod, type DateType, type GoldDocument } from "../schema.js";
import { lineOf, sourceError } from "./source.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
/** A tag, a comment, or text between tags. */
const TOKEN = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|<!--[\s\S]*?-->|([^<]+)/g;
const TEXT_OPEN = "<TEXT>";

/** XML's characters: tab, LF, CR, and every code point from space up but surrogates, U+FFFE and U+FFFF. */
const isXmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

export function convertTimeml(content: string, file: string): GoldDocument {
  const at = (offset: number, problem: string) => sourceError(file, lineOf(content, offset), problem);
  /** Entities decoded; `offset` is where the string starts in the file, for the line of a bad one. */
  const decode = (s: string, offset: number) =>
    s.replace(ENTITY, (whole, e: string, index: number) => {
      if (e[0] !== "#") return ENTITIES[e.toLowerCase()]!;
      const cp = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      if (!isXmlChar(cp)) throw at(offset + index, `${whole} names no character`);
      return String.fromCodePoint(cp);
    });
  const attributes = (tag: string, offset: number) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!, offset)]));

  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(content);
  const dctValue = dct ? attributes(dct[1]!, dct.index).value : undefined;
  const textOpen = content.indexOf(TEXT_OPEN);
  if (textOpen === -1) throw sourceError(file, null, "no <TEXT> element; is it a TimeML file?");
  const bodyStart = textOpen + TEXT_OPEN.length;
  const bodyEnd = content.indexOf("</TEXT>", bodyStart);
  if (bodyEnd === -1) throw at(textOpen, "<TEXT> is never closed; is the file cut short?");
  const body = content.slice(bodyStart, bodyEnd);

  let text = "";
  let read = 0;
  const dates: NonNullable<GoldDocument["dates"]> = [];
  const open: Array<{ start: number; at: number; attrs: Record<string, string> }> = [];
  for (const m of body.matchAll(TOKEN)) {
    if (m.index !== read) throw at(bodyStart + read, "a `<` that opens no tag (in text it is written &lt;)");
    read = m.index + m[0].length;
    const offset = bodyStart + m.index;
    if (m[5] !== undefined) {
      text += decode(m[5], offset);
      continue;
    }
    if (m[2] !== "TIMEX3" || m[4] === "/") continue;
    if (m[1] === "") open.push({ start: text.length, at: offset, attrs: attributes(m[3]!, offset) });
    else {
      const t = open.pop();
      if (!t) throw at(offset, "</TIMEX3> closes no <TIMEX3>");
      const type = (DATE_TYPES as readonly string[]).includes(t.attrs.type ?? "") ? (t.attrs.type as DateType) : "DATE";
      const mod = (DATE_MODS as readonly string[]).includes(t.attrs.mod ?? "") ? (t.attrs.mod as DateMod) : null;
      dates.push({ start: t.start, end: text.length, text: text.slice(t.start, text.length), type, value: t.attrs.value ?? null, mod });
    }
  }
  if (read !== body.length) throw at(bodyStart + read, "a `<` that opens no tag (in text it is written &lt;)");
  const unclosed = open[0];
  if (unclosed) throw at(unclosed.at, "<TIMEX3> is never closed");
  return { id: basename(file).replace(/\.tml$/, ""), text, date: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null, dates };
}

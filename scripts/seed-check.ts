// What a careful annotator finds in the seed article, checked against
// what newsparse finds there. A development report: the extractors know nothing of this list.
import type { Result } from "../src/schema.js";

export interface Check {
  kind: string;
  what: string;
  ok: boolean;
}

const ACTORS: Array<[string, string[], string | null]> = [
  // [name, aliases that must be merged into it, a role it must carry]
  ["Islamic State", ["Daesh"], null],
  ["Syrian Democratic Forces", ["SDF"], null],
  ["Reuters", [], null],
  ["Ardal Raqqa", [], "field commander"],
  ["Bashar al-Assad", [], "Syrian President"],
  ["Hezbollah", [], null],
  ["YPG", [], null],
  ["Jihan Sheikh Ahmad", [], "spokeswoman"],
  ["Erik De Castro", [], "photographer"],
  ["Syrian army", ["Syria’s army"], null],
];
const PLACES = ["Raqqa", "Syria", "Mosul", "Iraq", "Baghdad", "Deir al-Zor", "al-Mayadin", "Euphrates", "Lebanon", "Russia", "Iran", "U.S.", "National Hospital"];
const DATES: Array<[string, string, string | null]> = [
  ["Oct. 5", "2017-10-05", null],
  ["Sunday night", "2017-10-08TNI", null],
  ["this year", "2017", null],
  ["two years ago", "2015", null],
  ["Sunday", "2017-10-08", null],
  ["three years", "P3Y", null],
  ["Now", "PRESENT_REF", null],
  ["this year", "2017", null],
  ["September", "2017-09", null],
  ["Sunday", "2017-10-08", null],
  ["the past week", "P1W", null],
  ["early this year", "2017", "START"],
  ["June", "2017-06", null],
];
const QUOTES: Array<[string, string, string]> = [
  // [kind, words the content starts with, words the speaker mention or name holds]
  ["direct", "Units of our armed forces", "military source"],
  ["partial", "in the coming few days", "Jihan Sheikh Ahmad"],
  ["indirect", "A final assault", "field commander"],
  ["indirect", "The assault on terrorists", "Ardal Raqqa"],
  ["indirect", "they had encircled", "military source"],
  ["indirect", "Islamic State had relocated", "U.S. officials"],
  ["indirect", "it would announce", "Jihan Sheikh Ahmad"],
  ["indirect", "Islamic State fighters have taken", "Commanders"],
];
const NOT_NAMES = ["Units", "Commanders", "Now", "However"];

export function checkSeed(result: Result): Check[] {
  const checks: Check[] = [];
  for (const [name, aliases, role] of ACTORS) {
    const actor = result.actors.find((a) => a.name === name || a.mentions.some((m) => m.text === name));
    const ok = !!actor && aliases.every((al) => actor.mentions.some((m) => m.text === al)) && (role === null || actor.roles.some((r) => r.includes(role)));
    checks.push({ kind: "actors", what: `${name}${aliases.length ? ` = ${aliases.join(", ")}` : ""}${role ? ` (${role})` : ""}`, ok });
  }
  for (const name of PLACES) checks.push({ kind: "places", what: name, ok: result.places.some((p) => p.mentions.some((m) => m.text === name)) });
  let from = 0;
  for (const [text, value, mod] of DATES) {
    const at = result.dates.findIndex((d, k) => k >= from && d.text === text && d.value === value && d.mod === mod);
    checks.push({ kind: "dates", what: `${text} -> ${value}${mod ? ` (${mod})` : ""}`, ok: at >= 0 });
    if (at >= 0) from = at + 1;
  }
  for (const [kind, content, speaker] of QUOTES) {
    const ok = result.quotes.some((q) => q.kind === kind && q.text.startsWith(content) && !!q.speaker && `${q.speaker.mention?.text ?? ""} ${q.speaker.name}`.includes(speaker));
    checks.push({ kind: "quotes", what: `${kind} "${content} ..." by ${speaker}`, ok });
  }
  const pct = result.figures.find((f) => f.text === "85 percent");
  checks.push({ kind: "figures", what: "85 percent = 85 percent", ok: pct?.value === 85 && pct.unit === "percent" });
  const millions = result.figures.find((f) => f.text.startsWith("millions"));
  checks.push({ kind: "figures", what: "millions of people, approximate", ok: !!millions && millions.approximate && millions.unit === "people" });
  const names = [...result.actors, ...result.places].flatMap((e) => e.mentions.map((m) => m.text));
  for (const word of NOT_NAMES) checks.push({ kind: "negatives", what: `no actor or place "${word}"`, ok: !names.includes(word) });
  return checks;
}

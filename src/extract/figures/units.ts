// What a number is measured in, read from the pieces right after it (`85 percent`, `12 km`,
// `1.2 billion dollars`, `20 °C`, `3 wt%`, `48-hour`) or right before it (`$`, `US$`, `USD`, `Rs`).
// General knowledge only: unit names, symbols and currency codes.
import type { Piece } from "./pieces.js";

export type UnitKind = "percent" | "money" | "quantity" | "time";

export interface Unit {
  kind: UnitKind;
  /** `percent`, an ISO 4217 code, or a measurement unit such as `km`. */
  unit: string;
}

export interface UnitRead extends Unit {
  /** Index of the first piece after the unit. */
  next: number;
}

// canonical unit -> the ways it is written. Words match in any case; entries of two letters or
// fewer, and symbols, only as written (`mm` millimetre, `mM` millimolar, `Ma` million years).
const PERCENT: Record<string, string[]> = {
  percent: ["%", "percent", "per cent", "pct", "pc"],
  "percentage points": ["percentage points", "percentage point"],
  "wt%": ["wt%", "wt.%", "wt %", "weight %", "weight percent"],
  "vol%": ["vol%", "vol.%", "vol %", "volume percent"],
  "mol%": ["mol%", "mol %"],
  "at%": ["at%", "at.%"],
  permille: ["‰"],
};

const CURRENCY_AFTER: Record<string, string[]> = {
  USD: ["dollars", "dollar", "USD", "US dollars"],
  EUR: ["euros", "euro", "EUR"],
  GBP: ["pounds sterling", "sterling", "GBP"],
  JPY: ["yen", "JPY"],
  CNY: ["yuan", "renminbi", "CNY", "RMB"],
  INR: ["rupees", "rupee", "INR"],
  PKR: ["Pakistani rupees", "PKR"],
  RUB: ["roubles", "rubles", "rouble", "ruble", "RUB"],
  SAR: ["riyals", "riyal", "SAR"],
  AED: ["dirhams", "dirham", "AED"],
  TRY: ["lira", "liras", "TRY"],
  MXN: ["pesos", "peso", "MXN"],
  CHF: ["Swiss francs", "francs", "CHF"],
  ILS: ["shekels", "shekel", "ILS"],
  NGN: ["naira", "NGN"],
  ZAR: ["rand", "ZAR"],
  THB: ["baht", "THB"],
  IDR: ["rupiah", "IDR"],
  IQD: ["Iraqi dinars", "IQD"],
  SYP: ["Syrian pounds", "SYP"],
  EGP: ["Egyptian pounds", "EGP"],
  KRW: ["KRW"],
  BRL: ["reais", "BRL"],
  CAD: ["Canadian dollars", "CAD"],
  AUD: ["Australian dollars", "AUD"],
};

// written before the number: `$5`, `US$5`, `USD 5`, `Rs 500`
const CURRENCY_BEFORE: Record<string, string[]> = {
  USD: ["$", "US$", "USD", "US $"],
  GBP: ["£", "GBP"],
  EUR: ["€", "EUR"],
  JPY: ["¥", "JPY"],
  INR: ["₹", "Rs", "Rs.", "INR"],
  KRW: ["₩", "KRW"],
  RUB: ["₽", "RUB"],
  TRY: ["₺", "TRY"],
  AUD: ["A$", "AUD"],
  CAD: ["C$", "CAD"],
  HKD: ["HK$", "HKD"],
  NZD: ["NZ$", "NZD"],
  SGD: ["S$", "SGD"],
  BRL: ["R$", "BRL"],
  CHF: ["CHF"],
  CNY: ["CNY", "RMB"],
};

const QUANTITY: Record<string, string[]> = {
  km: ["km", "kms", "kilometres", "kilometre", "kilometers", "kilometer"],
  m: ["m", "metres", "metre", "meters", "meter"],
  cm: ["cm", "centimetres", "centimetre", "centimeters", "centimeter"],
  mm: ["mm", "millimetres", "millimetre", "millimeters", "millimeter"],
  μm: ["μm", "µm", "um", "micrometres", "micrometers", "microns", "micron"],
  nm: ["nm", "nanometres", "nanometers"],
  miles: ["miles", "mile", "mi"],
  "nautical miles": ["nautical miles", "nautical mile"],
  ft: ["ft", "feet", "foot"],
  in: ["inches", "inch"],
  yards: ["yards", "yard", "yd"],
  km2: ["km2", "km²", "sq km", "square kilometres", "square kilometers", "square kilometre", "square kilometer"],
  m2: ["m2", "m²", "sq m", "square metres", "square meters"],
  "sq mi": ["sq mi", "square miles", "square mile"],
  m3: ["m3", "m³", "cubic metres", "cubic meters"],
  hectares: ["hectares", "hectare", "ha"],
  acres: ["acres", "acre"],
  kg: ["kg", "kgs", "kilograms", "kilogram", "kilos", "kilo"],
  g: ["g", "grams", "gram"],
  mg: ["mg", "milligrams", "milligram"],
  μg: ["μg", "µg", "micrograms"],
  lb: ["lb", "lbs", "pounds"],
  oz: ["oz", "ounces", "ounce"],
  tonnes: ["tonnes", "tonne", "metric tons", "t"],
  tons: ["tons", "ton"],
  kt: ["kilotons", "kilotonnes", "kt"],
  barrels: ["barrels", "barrel", "bbl"],
  bpd: ["bpd", "barrels per day", "barrels a day"],
  litres: ["litres", "litre", "liters", "liter", "L", "l"],
  ml: ["ml", "mL", "millilitres", "milliliters"],
  gallons: ["gallons", "gallon"],
  "cubic feet": ["cubic feet"],
  "km/h": ["km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"],
  mph: ["mph", "miles per hour"],
  "m/s": ["m/s"],
  knots: ["knots", "knot"],
  "°C": ["°C", "° C", "C", "degrees Celsius", "degrees C", "degrees centigrade"],
  "°F": ["°F", "° F", "F", "degrees Fahrenheit", "degrees F"],
  K: ["kelvin"],
  degrees: ["°", "degrees", "degree"],
  W: ["W", "watts", "watt"],
  kW: ["kW", "kilowatts", "kilowatt"],
  MW: ["MW", "megawatts", "megawatt"],
  GW: ["GW", "gigawatts", "gigawatt"],
  kWh: ["kWh", "kilowatt-hours", "kilowatt hours"],
  MWh: ["MWh"],
  GWh: ["GWh"],
  TWh: ["TWh"],
  V: ["V", "volts", "volt"],
  kV: ["kV", "kilovolts"],
  Hz: ["Hz", "hertz"],
  kHz: ["kHz"],
  MHz: ["MHz"],
  GHz: ["GHz"],
  Pa: ["Pa", "pascals"],
  kPa: ["kPa"],
  MPa: ["MPa"],
  GPa: ["GPa"],
  bar: ["bar", "mbar"],
  J: ["J", "joules"],
  kJ: ["kJ"],
  MJ: ["MJ"],
  kcal: ["kcal", "calories", "calorie", "cal"],
  eV: ["eV"],
  keV: ["keV"],
  MeV: ["MeV"],
  mol: ["mol", "moles", "mole", "mmol", "μmol", "µmol"],
  // not `M` alone: `5M people` is five million
  M: ["mM", "μM", "µM", "nM", "molar"],
  ppm: ["ppm"],
  ppb: ["ppb"],
  dB: ["dB", "decibels"],
  GB: ["GB", "gigabytes"],
  MB: ["MB", "megabytes"],
  TB: ["TB", "terabytes"],
  ms: ["ms", "milliseconds"],
  μs: ["μs", "µs", "microseconds"],
  ns: ["ns", "nanoseconds"],
  // geological ages are measurements, not calendar durations
  Ma: ["Ma", "Myr", "Mya"],
  ka: ["ka", "kyr"],
  Ga: ["Ga", "Gyr"],
};

// Durations belong to the dates extractor: `three years`, `48-hour`, `10-year-old`.
const TIME: Record<string, string[]> = {
  time: ["years", "year", "yrs", "yr", "months", "month", "weeks", "week", "days", "day", "nights", "night", "hours", "hour", "hrs", "hr", "h", "minutes", "minute", "mins", "min", "seconds", "second", "secs", "s", "decades", "decade", "centuries", "century", "fortnight", "fortnights", "millennia", "millennium", "year-old", "years-old", "month-old", "week-old", "day-old"],
};

function table(kind: UnitKind, entries: Record<string, string[]>): Array<[string, Unit]> {
  return Object.entries(entries).flatMap(([unit, forms]) => forms.map((form): [string, Unit] => [form, { kind, unit }]));
}

function index(rows: Array<[string, Unit]>): { exact: Map<string, Unit>; folded: Map<string, Unit> } {
  const exact = new Map<string, Unit>();
  const folded = new Map<string, Unit>();
  for (const [form, unit] of rows) {
    const caseMatters = form.length <= 2 || /[^\p{L}\s-]|\p{Lu}/u.test(form);
    if (caseMatters) exact.set(form, unit);
    else folded.set(form.toLowerCase(), unit);
  }
  return { exact, folded };
}

const AFTER = index([
  ...table("percent", PERCENT),
  ...table("money", CURRENCY_AFTER),
  ...table("quantity", QUANTITY),
  ...table("time", TIME),
]);
const BEFORE = index(table("money", CURRENCY_BEFORE));

/** The text of pieces [from, to) as written: a space where they were apart. */
function written(all: Piece[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) out += (k > from && !all[k]!.glued ? " " : "") + all[k]!.text;
  return out;
}

function look(tableOf: typeof AFTER, text: string): Unit | undefined {
  return tableOf.exact.get(text) ?? tableOf.folded.get(text.toLowerCase());
}

/**
 * The unit written from piece `at` on, longest first (`per cent` before `per`, `km/h` before `km`).
 * `scale`: the number's scale word; after one, `pounds` are money (`5 million pounds`), else weight.
 */
export function unitAfter(all: Piece[], at: number, scale = 1): UnitRead | null {
  const first = all[at];
  if (!first || first.newline) return null;
  // `10-km road`, `48-hour truce`, `10-year-old`
  if (first.text === "-" && first.glued) return all[at + 1]?.glued ? unitAfter(all, at + 1, scale) : null;
  const read = longestUnit(all, at);
  if (!read) return null;
  if (scale >= 1e6 && read.unit === "lb") return { kind: "money", unit: "GBP", next: read.next };
  if (read.kind !== "quantity") return read;
  // `mg/L`, `mm/yr`: a rate of two units
  const over = all[read.next];
  if (over?.text === "/" && over.glued && all[read.next + 1]?.glued) {
    const per = longestUnit(all, read.next + 1);
    if (per && (per.kind === "quantity" || per.kind === "time")) return { kind: "quantity", unit: `${read.unit}/${written(all, read.next + 1, per.next)}`, next: per.next };
  }
  // `964 cm−1`, `20 m s−1`, `3 g cm−3`: powers, and a second unit that carries one
  let next = withPower(all, read.next);
  let unit = read.unit + written(all, read.next, next);
  const second = all[next]?.glued === false ? longestUnit(all, next) : null;
  if (second && (second.kind === "quantity" || second.kind === "time") && withPower(all, second.next) > second.next) {
    const end = withPower(all, second.next);
    unit += ` ${written(all, next, end)}`;
    next = end;
  }
  return { ...read, unit, next };
}

/** The piece after a power glued to a unit (`−1`, `-3`, `2`), or `at` itself when there is none. */
function withPower(all: Piece[], at: number): number {
  const sign = all[at];
  if (!sign?.glued) return at;
  if (/^[−-]$/.test(sign.text) && all[at + 1]?.glued && /^\d$/.test(all[at + 1]!.text)) return at + 2;
  return /^[23]$/.test(sign.text) ? at + 1 : at;
}

function longestUnit(all: Piece[], at: number): UnitRead | null {
  for (let length = 3; length >= 1; length--) {
    if (at + length > all.length) continue;
    const unit = look(AFTER, written(all, at, at + length));
    if (unit) return { ...unit, next: at + length };
  }
  // `48-hour`, `10-km-long`: the first part of a hyphenated word
  const first = all[at]!;
  const head = first.type === "word" ? first.text.split("-")[0]! : "";
  const unit = head !== first.text ? look(AFTER, head) : undefined;
  return unit ? { ...unit, next: at + 1 } : null;
}

/** A currency written right before piece `at`: `$`, `US$`, `USD `, `Rs.`; null when there is none. */
export function currencyBefore(all: Piece[], at: number): { code: string; first: number } | null {
  for (let length = 3; length >= 1; length--) {
    const first = at - length;
    if (first < 0) continue;
    const unit = look(BEFORE, written(all, first, at));
    if (!unit) continue;
    return { code: unit.unit, first };
  }
  return null;
}

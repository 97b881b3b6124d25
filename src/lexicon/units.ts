// The one table of unit spellings: what the figures extractor reads after and before a number,
// and what the scorer and the MeasEval converter compare (`%` and `percent`, `µm` and `um`,
// `m s−1` and `m/s` are one unit). General knowledge only: unit names, symbols, currency codes.
export type UnitKind = "percent" | "money" | "quantity" | "time";

export interface Unit {
  kind: UnitKind;
  /** The canonical spelling: `percent`, an ISO 4217 code, or a symbol such as `km`. */
  unit: string;
}

// canonical unit -> the ways it is written (the canonical spelling itself is added). Words match
// in any case; entries of two letters or fewer, and symbols, only as written (`mm` millimetre,
// `mM` millimolar, `Ma` million years, `mA` milliampere).
const PERCENT: Record<string, string[]> = {
  percent: ["%", "per cent", "pct", "pc"],
  "percentage points": ["percentage point", "pp"],
  "wt%": ["wt.%", "wt %", "wt. %", "weight %", "weight percent"],
  "vol%": ["vol.%", "vol %", "volume percent", "v/v"],
  "mol%": ["mol %"],
  "at%": ["at.%"],
  "‰": ["permil", "per mil", "per mille", "permille"],
};

// Written after the number. An ambiguous word goes to its most common country's currency
// (`rupees` INR, `dollars` USD); figures/currencies.ts reads the article's country to choose.
const CURRENCY_AFTER: Record<string, string[]> = {
  USD: ["dollars", "dollar", "US dollars"],
  EUR: ["euros", "euro"],
  GBP: ["pounds sterling", "sterling"],
  JPY: ["yen"],
  CNY: ["yuan", "renminbi", "RMB"],
  INR: ["rupees", "rupee", "Indian rupees"],
  PKR: ["Pakistani rupees"],
  NPR: ["Nepalese rupees", "Nepali rupees"],
  LKR: ["Sri Lankan rupees"],
  RUB: ["roubles", "rubles", "rouble", "ruble"],
  SAR: ["riyals", "riyal", "Saudi riyals"],
  AED: ["dirhams", "dirham"],
  TRY: ["lira", "liras", "Turkish lira"],
  MXN: ["pesos", "peso"],
  CHF: ["Swiss francs", "francs", "franc"],
  ILS: ["shekels", "shekel"],
  NGN: ["naira"],
  ZAR: ["rand"],
  THB: ["baht"],
  IDR: ["rupiah"],
  IQD: ["Iraqi dinars", "dinars", "dinar"],
  SYP: ["Syrian pounds"],
  EGP: ["Egyptian pounds"],
  LBP: ["Lebanese pounds"],
  BRL: ["reais"],
  CAD: ["Canadian dollars"],
  AUD: ["Australian dollars"],
  HKD: ["Hong Kong dollars"],
  PLN: ["zlotys", "zloty", "złoty", "złotys"],
  KGS: ["som", "soms"],
  UZS: ["Uzbek som"],
  KZT: ["tenge"],
  UAH: ["hryvnias", "hryvnia", "hryvnas"],
  HUF: ["forints", "forint"],
  CZK: ["korunas", "koruna"],
  SEK: ["kronor", "krona", "Swedish crowns"],
  NOK: ["Norwegian kroner", "Norwegian crowns"],
  DKK: ["kroner", "krone", "Danish crowns"],
  RON: ["lei", "leu"],
  BGN: ["leva", "lev"],
  AMD: ["drams", "dram"],
  GEL: ["lari"],
  AZN: ["manats", "manat"],
  AFN: ["afghanis", "afghani"],
  BDT: ["taka"],
  MMK: ["kyats", "kyat"],
  MYR: ["ringgit"],
  VND: ["dong"],
  PHP: ["Philippine pesos"],
  GHS: ["cedis", "cedi"],
  ETB: ["birr"],
  KES: ["shillings", "Kenyan shillings"],
  UGX: ["Ugandan shillings"],
  TZS: ["Tanzanian shillings"],
  IRR: ["rials", "rial"],
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
  CNY: ["CNY"],
  PLN: ["PLN", "zł"],
  NGN: ["₦", "NGN"],
  PHP: ["₱", "PHP"],
  UAH: ["₴", "UAH"],
  ILS: ["₪", "ILS"],
  VND: ["₫"],
};

// measures written before the number: `a magnitude 6.1 earthquake`
const QUANTITY_BEFORE: Record<string, string[]> = {
  magnitude: ["Magnitude"],
};

const QUANTITY: Record<string, string[]> = {
  km: ["kms", "kilometres", "kilometre", "kilometers", "kilometer"],
  m: ["metres", "metre", "meters", "meter"],
  cm: ["centimetres", "centimetre", "centimeters", "centimeter"],
  mm: ["millimetres", "millimetre", "millimeters", "millimeter"],
  μm: ["µm", "um", "micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron"],
  nm: ["nanometres", "nanometers", "nanometre", "nanometer"],
  Å: ["Å", "angstroms", "angstrom"],
  miles: ["mile", "mi"],
  "nautical miles": ["nautical mile", "nmi"],
  ft: ["feet", "foot"],
  inches: ["inch"],
  yards: ["yard", "yd"],
  km2: ["km²", "sq km", "square kilometres", "square kilometers", "square kilometre", "square kilometer"],
  m2: ["m²", "sq m", "square metres", "square meters", "square metre", "square meter"],
  "sq mi": ["square miles", "square mile"],
  m3: ["m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter"],
  ha: ["hectares", "hectare"],
  acres: ["acre"],
  kg: ["kgs", "kilograms", "kilogram", "kilos", "kilo"],
  g: ["grams", "gram"],
  mg: ["milligrams", "milligram"],
  μg: ["µg", "ug", "micrograms", "microgram"],
  ng: ["nanograms"],
  Mg: ["megagrams"],
  lb: ["lbs", "pounds"],
  oz: ["ounces", "ounce"],
  t: ["tonnes", "tonne", "metric tons", "metric tonnes"],
  tons: ["ton"],
  kt: ["kilotons", "kilotonnes"],
  Mt: ["megatons", "megatonnes"],
  barrels: ["barrel", "bbl"],
  bpd: ["barrels per day", "barrels a day"],
  L: ["litres", "litre", "liters", "liter", "l"],
  mL: ["ml", "millilitres", "milliliters", "millilitre", "milliliter"],
  μL: ["µL", "µl", "μl", "uL", "ul", "microlitres", "microliters"],
  gallons: ["gallon"],
  "cubic feet": ["cu ft"],
  "km/h": ["kph", "kmh", "km/hr", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"],
  mph: ["miles per hour", "miles an hour"],
  knots: ["knot", "kn"],
  "°C": ["° C", "ºC", "C", "degrees Celsius", "degrees C", "degrees centigrade", "degree Celsius"],
  "°F": ["° F", "ºF", "F", "degrees Fahrenheit", "degrees F"],
  K: ["kelvin", "kelvins"],
  "°": ["º", "degrees", "degree", "deg"],
  "°N": ["° N"],
  "°S": ["° S"],
  "°E": ["° E"],
  "°W": ["° W"],
  W: ["watts", "watt"],
  kW: ["kilowatts", "kilowatt"],
  MW: ["megawatts", "megawatt"],
  GW: ["gigawatts", "gigawatt"],
  kWh: ["kilowatt-hours", "kilowatt hours", "kilowatt-hour"],
  V: ["volts", "volt"],
  kV: ["kilovolts", "kilovolt"],
  Hz: ["hertz"],
  Pa: ["pascals", "pascal"],
  bar: ["bars"],
  atm: ["atmospheres"],
  Torr: ["torr"],
  psi: [],
  J: ["joules", "joule"],
  Wh: ["watt-hours", "watt hours"],
  eV: ["electronvolts", "electron volts"],
  Ω: ["ohms", "ohm"],
  kcal: ["calories", "calorie", "cal"],
  mol: ["moles", "mole"],
  molar: [],
  ppm: ["parts per million"],
  ppb: ["parts per billion"],
  ppmv: [],
  dB: ["decibels", "decibel"],
  bytes: [],
  bps: ["bits per second"],
  AU: ["astronomical units"],
  Da: ["daltons", "dalton"],
  bp: ["base pairs", "base pair"],
  kb: ["kbp", "kilobases", "kilobase"],
  // enzyme units, only as a concentration: a lone `U` is a letter (`5 U.S. soldiers`)
  "U/mL": ["U/ml", "IU/ml", "IU/mL"],
  IU: ["international units"],
  Gy: ["grays"],
  Sv: ["sieverts", "sievert"],
  Bq: ["becquerels", "becquerel"],
  "×": [],
  fold: [],
  // `10 times larger`, `flown by 14 times`: a multiple or a number of occurrences
  times: [],
  "orders of magnitude": ["order of magnitude"],
  magnitude: [],
  // symbol forms of time measure, as science writes them (`24 h`, `30 min`, `240 s`)
  h: ["hr"],
  min: [],
  s: ["sec"],
  ms: ["milliseconds", "millisecond"],
  μs: ["µs", "microseconds"],
  ns: ["nanoseconds"],
  // geological ages are measurements, not calendar durations
  Ma: ["Myr", "Mya", "m.y.", "million years ago"],
  ka: ["kyr"],
  Ga: ["Gyr", "byr"],
};

// SI prefixes on symbols: `mA`, `μbar`, `nT`, `kPa`, `GHz`. Each symbol takes only the prefixes
// it is written with, so that no word (`Ma`, `Pa`, `PM`) is made by accident.
const PREFIXED: Array<[string, string]> = [
  ["pnμm", "g"], ["pnμmcdk", "L"], ["pnμmk", "mol"], ["pnμm", "M"], ["hkMG", "Pa"], ["nμmk", "bar"], ["pnμmkMGT", "W"],
  ["kMGT", "Wh"], ["nμmkMGT", "J"], ["nμmkM", "V"], ["pnμmk", "A"], ["mkMGT", "Hz"], ["mkMGT", "eV"], ["nμm", "T"],
  ["kM", "Ω"], ["μm", "S"], ["pnμm", "F"], ["μm", "Gy"], ["nμm", "Sv"], ["kMG", "Bq"], ["k", "N"], ["k", "Da"],
  ["kMGT", "B"], ["kMG", "bps"], ["m", "Torr"], ["m", "deg"], ["k", "R"],
];

// Durations written in words belong to the dates extractor: `three years`, `48-hour`, `10-year-old`.
// They are here so that gold units written so (`years`, `hrs`) compare with their symbol.
const TIME: Record<string, string[]> = {
  yr: ["years", "year", "yrs", "y"],
  month: ["months", "mo"],
  week: ["weeks", "wk", "wks"],
  d: ["days", "day"],
  night: ["nights"],
  h: ["hours", "hour", "hrs"],
  min: ["minutes", "minute", "mins"],
  s: ["seconds", "second", "secs"],
  decade: ["decades"],
  century: ["centuries"],
  fortnight: ["fortnights"],
  millennium: ["millennia"],
  "year-old": ["years-old", "month-old", "week-old", "day-old"],
};

function rows(kind: UnitKind, entries: Record<string, string[]>): Array<[string, Unit]> {
  return Object.entries(entries).flatMap(([unit, forms]) => [unit, ...forms].map((form): [string, Unit] => [form, { kind, unit }]));
}

function prefixed(): Array<[string, Unit]> {
  return PREFIXED.flatMap(([prefixes, symbol]) =>
    [...prefixes].flatMap((prefix): Array<[string, Unit]> => {
      const unit: Unit = { kind: "quantity", unit: prefix + symbol };
      // the micro sign and `u` are written for μ
      const spellings = prefix === "μ" ? [unit.unit, `µ${symbol}`, `u${symbol}`] : [unit.unit];
      return spellings.map((form): [string, Unit] => [form, unit]);
    }),
  );
}

export interface UnitIndex {
  exact: Map<string, Unit>;
  folded: Map<string, Unit>;
}

/** Earlier rows win: a symbol written in the tables keeps its meaning over a prefixed one. */
function index(all: Array<[string, Unit]>): UnitIndex {
  const exact = new Map<string, Unit>();
  const folded = new Map<string, Unit>();
  for (const [form, unit] of all) {
    const caseMatters = form.length <= 2 || /[^\p{L}\s-]|\p{Lu}/u.test(form);
    if (caseMatters && !exact.has(form)) exact.set(form, unit);
    if (!caseMatters && !folded.has(form.toLowerCase())) folded.set(form.toLowerCase(), unit);
  }
  return { exact, folded };
}

/** Units written after a number. */
export const UNITS_AFTER = index([
  ...rows("percent", PERCENT),
  ...rows("money", CURRENCY_AFTER),
  ...rows("quantity", QUANTITY),
  ...prefixed(),
  ...rows("time", TIME),
  // `USD 5` and `5 USD` both
  ...rows("money", CURRENCY_BEFORE).filter(([form]) => /^[A-Z]{3}$/.test(form)),
]);

/** Currencies and measures written before a number. */
export const UNITS_BEFORE = index([...rows("money", CURRENCY_BEFORE), ...rows("quantity", QUANTITY_BEFORE)]);

export function lookUnit(table: UnitIndex, text: string): Unit | undefined {
  return table.exact.get(text) ?? table.folded.get(text.toLowerCase());
}

/** A known unit written as `text` (after or before a number), or undefined. */
function known(text: string): Unit | undefined {
  return lookUnit(UNITS_AFTER, text) ?? lookUnit(UNITS_BEFORE, text);
}

interface Term {
  unit: string;
  power: number;
}

// `cm−1`, `m2`, `s-1`: a symbol and its power
const POWERED = /^(.+?)(-?\d|[²³])$/u;

/** `m s−1`, `mg/L`, `W m-2`, `% per year`: the units of a compound, or null when none is known. */
function terms(unit: string): Term[] | null {
  const words = unit
    .replace(/[−–]\s?(?=\d)/g, "-")
    .replace(/\s*\/\s*/g, " / ")
    .replace(/\bper\b/g, "/")
    .split(" ")
    .filter((w) => w !== "");
  const out: Term[] = [];
  let anyKnown = false;
  let divide = false;
  for (let k = 0; k < words.length; ) {
    if (words[k] === "/") {
      divide = true;
      k++;
      continue;
    }
    // `percentage points per year`: the longest known run of words first
    let length = Math.min(3, words.length - k);
    for (; length > 1; length--) if (known(words.slice(k, k + length).join(" "))) break;
    const word = words.slice(k, k + length).join(" ");
    k += length;
    let term: Term = { unit: word, power: 1 };
    const whole = known(word);
    const powered = whole ? null : POWERED.exec(word);
    if (whole) term = { unit: whole.unit, power: 1 };
    else if (powered && known(powered[1]!)) {
      const power = powered[2] === "²" ? 2 : powered[2] === "³" ? 3 : Number(powered[2]);
      term = { unit: known(powered[1]!)!.unit, power };
    }
    anyKnown ||= whole !== undefined || term.unit !== word;
    out.push(divide ? { unit: term.unit, power: -term.power } : term);
    divide = false;
  }
  return anyKnown && (out.length > 1 || out[0]!.power !== 1) ? out : null;
}

/**
 * One spelling per unit: `%` -> `percent`, `µm` -> `μm`, `m s−1` -> `m/s`, `$` -> `USD`,
 * `cm−1` -> `cm-1`. A unit it does not know is returned as written, spaces tidied.
 */
export function canonicalUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.trim().replace(/\s+/g, " ");
  if (u === "") return null;
  const whole = known(u);
  if (whole) return whole.unit;
  const parts = terms(u);
  if (!parts) return u;
  const written = (t: Term) => t.unit + (Math.abs(t.power) === 1 ? "" : String(Math.abs(t.power)));
  const above = parts.filter((t) => t.power > 0);
  const below = parts.filter((t) => t.power < 0);
  if (above.length === 0) return below.map((t) => `${t.unit}${t.power}`).join(" ");
  return [above.map(written).join(" "), ...below.map(written)].join("/");
}

// `25,000 rupees` in an article about Nepal are Nepalese rupees. A currency word that several
// countries use is read as the currency of the country the article names most often; when it
// names none of them (or ties with the default), the word keeps its most common country's
// currency from src/lexicon/units.ts (`rupees` INR, `dollars` USD, `dinars` IQD).
// Qualified names (`Pakistani rupees`, `Canadian dollars`) and signs (`₹`, `C$`) are never changed.
import type { Doc } from "../../pipeline/types.js";

/** A currency and the words that name its country. */
type Issuer = [code: string, country: RegExp];

const RUPEES: Issuer[] = [
  ["INR", /\bIndia(?:n|ns)?\b/g], ["PKR", /\bPakistan(?:i|is)?\b/g], ["NPR", /\bNepal(?:i|is|ese)?\b/g],
  ["LKR", /\bSri Lanka(?:n|ns)?\b/g], ["MUR", /\bMauriti(?:us|an|ans)\b/g],
];
const DOLLARS: Issuer[] = [
  ["USD", /\b(?:United States|U\.S\.|US|America(?:n|ns)?)\b/g], ["CAD", /\bCanad(?:a|ian|ians)\b/g],
  ["AUD", /\bAustralia(?:n|ns)?\b/g], ["NZD", /\bNew Zealand(?:er|ers)?\b/g], ["HKD", /\bHong Kong\b/g],
  ["SGD", /\bSingapore(?:an|ans)?\b/g], ["TWD", /\bTaiwan(?:ese)?\b/g], ["ZWL", /\bZimbabwe(?:an|ans)?\b/g],
  ["LRD", /\bLiberia(?:n|ns)?\b/g], ["JMD", /\bJamaica(?:n|ns)?\b/g],
];
const POUNDS: Issuer[] = [
  ["GBP", /\b(?:Britain|British|United Kingdom|UK|U\.K\.|England|English|Scotland|Scottish|Wales|Welsh)\b/g],
  ["EGP", /\bEgypt(?:ian|ians)?\b/g], ["SYP", /\bSyria(?:n|ns)?\b/g], ["LBP", /\bLeban(?:on|ese)\b/g],
  ["SDG", /\b(?<!South )Sudan(?:ese)?\b/g], ["SSP", /\bSouth Sudan(?:ese)?\b/g],
];
const DINARS: Issuer[] = [
  ["IQD", /\bIraq(?:i|is)?\b/g], ["JOD", /\bJordan(?:ian|ians)?\b/g], ["KWD", /\bKuwait(?:i|is)?\b/g],
  ["LYD", /\bLibya(?:n|ns)?\b/g], ["DZD", /\bAlgeria(?:n|ns)?\b/g], ["TND", /\bTunisia(?:n|ns)?\b/g],
  ["RSD", /\bSerbia(?:n|ns)?\b/g], ["BHD", /\bBahrain(?:i|is)?\b/g],
];
const PESOS: Issuer[] = [
  ["MXN", /\bMexic(?:o|an|ans)\b/g], ["ARS", /\bArgentin(?:a|e|ian|ians)\b/g], ["CLP", /\bChile(?:an|ans)?\b/g],
  ["COP", /\bColombia(?:n|ns)?\b/g], ["PHP", /\bPhilippine(?:s)?|Filipino(?:s)?\b/g], ["CUP", /\bCuba(?:n|ns)?\b/g],
  ["UYU", /\bUruguay(?:an|ans)?\b/g], ["DOP", /\bDominican Republic\b/g],
];
const FRANCS: Issuer[] = [
  ["CHF", /\b(?:Switzerland|Swiss)\b/g], ["CDF", /\b(?:Democratic Republic of (?:the )?Congo|DR Congo|DRC|Congolese)\b/g],
  ["RWF", /\bRwand(?:a|an|ans)\b/g], ["BIF", /\bBurundi(?:an|ans)?\b/g], ["GNF", /\bGuinea(?:n|ns)?\b/g],
];
const SHILLINGS: Issuer[] = [
  ["KES", /\bKenya(?:n|ns)?\b/g], ["UGX", /\bUganda(?:n|ns)?\b/g], ["TZS", /\bTanzania(?:n|ns)?\b/g], ["SOS", /\bSomali(?:a|s)?\b/g],
];
const RIYALS: Issuer[] = [
  ["SAR", /\bSaudi(?:s| Arabia)?\b/g], ["IRR", /\bIran(?:ian|ians)?\b/g], ["QAR", /\bQatar(?:i|is)?\b/g],
  ["OMR", /\bOman(?:i|is)?\b/g], ["YER", /\bYemen(?:i|is)?\b/g],
];
const SOM: Issuer[] = [["KGS", /\bKyrgyz(?:stan|s)?\b/g], ["UZS", /\bUzbek(?:istan|s)?\b/g]];
const DIRHAMS: Issuer[] = [["AED", /\b(?:United Arab Emirates|UAE|Emirati|Emiratis|Dubai|Abu Dhabi)\b/g], ["MAD", /\bMorocc(?:o|an|ans)\b/g]];
const LIRA: Issuer[] = [["TRY", /\bTurk(?:ey|ish|s|iye)\b/g], ["LBP", /\bLeban(?:on|ese)\b/g], ["SYP", /\bSyria(?:n|ns)?\b/g]];
const KRONER: Issuer[] = [["DKK", /\bDen(?:mark|ish)|Danes?\b/g], ["NOK", /\bNorw(?:ay|egian|egians)\b/g]];

// the currency word as written (lower case) -> the countries that use it; the table's default is among them
const SHARED = new Map<string, Issuer[]>([
  ...["rupees", "rupee"].map((w): [string, Issuer[]] => [w, RUPEES]),
  ...["dollars", "dollar"].map((w): [string, Issuer[]] => [w, DOLLARS]),
  ...["pounds"].map((w): [string, Issuer[]] => [w, POUNDS]),
  ...["dinars", "dinar"].map((w): [string, Issuer[]] => [w, DINARS]),
  ...["pesos", "peso"].map((w): [string, Issuer[]] => [w, PESOS]),
  ...["francs", "franc"].map((w): [string, Issuer[]] => [w, FRANCS]),
  ...["shillings"].map((w): [string, Issuer[]] => [w, SHILLINGS]),
  ...["riyals", "riyal", "rials", "rial"].map((w): [string, Issuer[]] => [w, RIYALS]),
  ...["som", "soms"].map((w): [string, Issuer[]] => [w, SOM]),
  ...["dirhams", "dirham"].map((w): [string, Issuer[]] => [w, DIRHAMS]),
  ...["lira", "liras"].map((w): [string, Issuer[]] => [w, LIRA]),
  ...["kroner", "krone"].map((w): [string, Issuer[]] => [w, KRONER]),
]);

// counted once per article and currency word
const mentions = new WeakMap<Doc, Map<Issuer[], Map<string, number>>>();

function countsIn(doc: Doc, issuers: Issuer[]): Map<string, number> {
  let byWord = mentions.get(doc);
  if (!byWord) mentions.set(doc, (byWord = new Map()));
  let counts = byWord.get(issuers);
  if (!counts) {
    counts = new Map(issuers.map(([code, country]) => [code, doc.text.match(country)?.length ?? 0]));
    byWord.set(issuers, counts);
  }
  return counts;
}

/** The currency of `word` (`rupees`) in this article, or `code` (the table's default) when nothing decides. */
export function currencyInContext(doc: Doc, word: string, code: string): string {
  const issuers = SHARED.get(word.toLowerCase());
  if (!issuers || !issuers.some(([issuer]) => issuer === code)) return code;
  const counts = countsIn(doc, issuers);
  let best = code;
  for (const [issuer] of issuers) if (counts.get(issuer)! > counts.get(best)!) best = issuer;
  return best;
}

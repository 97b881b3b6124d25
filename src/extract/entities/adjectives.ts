// Religious and ethnic adjectives that the tagger may take for a name (`Shiite fighters`,
// `Kurdish and Sunni tribes`): general knowledge, like the gazetteer's demonyms (`Syrian`).
import { demonymCountry, inLexicon } from "../../gazetteer/data.js";

const ADJECTIVES = new Set([
  "shiite", "shia", "sunni", "alawite", "druze", "ismaili", "kurdish", "arab", "yazidi", "turkmen", "assyrian", "chaldean", "coptic",
  "christian", "muslim", "islamic", "jewish", "catholic", "protestant", "orthodox", "evangelical", "hindu", "sikh", "buddhist",
  "pashtun", "hazara", "tajik", "uzbek", "baluch", "tamil", "sinhalese", "rohingya", "hutu", "tutsi", "berber", "amazigh", "bedouin",
]);

/** `Shiite`, `Syrian`: a word that qualifies a noun rather than names something. */
export function isAdjectiveOfPeople(word: string): boolean {
  const w = word.toLowerCase();
  return ADJECTIVES.has(w) || demonymCountry(w) !== null || inLexicon("Demonym", w);
}

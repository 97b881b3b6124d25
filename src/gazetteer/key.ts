// One key for the many spellings of a transliterated name, by general rules rather than aliases:
// `Ar Raqqah` = `Raqqa`, `Deir ez-Zor` = `Deir al-Zor` = `Dayr az Zawr`, `Al Mayādīn` = `al-Mayadin`.
import { memoise } from "../memo.js";

// Arabic articles and their assimilated forms (al-, ar-, as-, ad-, ...), and English `the`
const ARTICLES = new Set(["al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "ath", "adh", "ez", "es", "ed", "en", "et", "the"]);

// the same names come back article after article: each is keyed once
export const placeKey = memoise(keyOf);

function keyOf(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // Mayādīn -> Mayadin
    .toLowerCase()
    .replace(/[‘’'ʻʿʼ`´]/g, "") // Ma‘arrat, Sana'a
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "" && !ARTICLES.has(w));
  return words
    .map((w) =>
      w
        .replace(/ou/g, "u") // Nouakchott
        .replace(/ae/g, "a")
        .replace(/ei/g, "ay") // Deir -> dayr
        .replace(/ai/g, "ay")
        .replace(/aw/g, "o") // Zawr -> zor
        .replace(/ee/g, "i")
        .replace(/oo/g, "u")
        .replace(/(.)\1+/g, "$1") // Raqqa -> raqa
        .replace(/(?<=[aeiou])h$/, ""), // Raqqah -> raqqa
    )
    .join(" ");
}

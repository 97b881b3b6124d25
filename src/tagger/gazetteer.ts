// Multi-word matches against the place gazetteer and the known-name lists, as position tags on
// each token they cover: `Deir al-Zor` -> `B-place:city`, `L-place:city`; `Raqqa` -> `U-place:city`.
import { inLexicon, lookupPlace } from "../gazetteer/data.js";
import { knownOrganisation, knownPlace } from "../lexicon/known.js";
import { memoise } from "../memo.js";
import { fnv1a } from "./hash.js";
import type { WordInfo } from "./words.js";

const MAX_WORDS = 4;
// lower-case words that may sit inside a name: `Bank of England`, `Deir al-Zor`
const INSIDE = new Set(["of", "al", "el", "bin", "ibn", "abu", "de", "du", "la", "le", "van", "von", "der", "the", "and", "for", "y"]);

const listsOf = memoise((name: string): string[] => {
  const out: string[] = [];
  const place = lookupPlace(name);
  // the models were trained on countries and cities only: regions are not read
  if (place && place[1] !== "region") out.push(`place:${place[1]}`);
  if (knownOrganisation(name) || inLexicon("Organization", name)) out.push("organisation");
  if (knownPlace(name) || inLexicon("Region", name)) out.push("region");
  if (inLexicon("Person", name)) out.push("person");
  return out;
}, 100_000);

/** `U-place:city`, `B-organisation`, ...: the hash of each position in each list, made once. */
const tagHash = memoise((list: string) => ["U", "B", "I", "L"].map((position) => fnv1a(`${position}-${list}`)));
const NONE: readonly number[] = Object.freeze([]);

/** For each token, hashes of `<position>-<list>` for every list entry that covers it (most tokens: none, shared). */
export function gazetteerTags(words: string[], infos: WordInfo[], allCaps: boolean): ReadonlyArray<readonly number[]> {
  const out: Array<readonly number[]> = new Array<readonly number[]>(words.length).fill(NONE);
  const nameLike = (k: number) => infos[k]!.hasLetter && (allCaps || infos[k]!.capitalised);
  for (let i = 0; i < words.length; i++) {
    if (!nameLike(i)) continue;
    let name = "";
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const k = i + n - 1;
      if (!nameLike(k) && !INSIDE.has(infos[k]!.lower)) break;
      name = n === 1 ? words[k]! : `${name} ${words[k]}`;
      if (!nameLike(k)) continue;
      for (const list of listsOf(name)) {
        const hashes = tagHash(list);
        for (let p = i; p <= k; p++) {
          const position = n === 1 ? 0 : p === i ? 1 : p === k ? 3 : 2;
          out[p] = [...out[p]!, hashes[position]!];
        }
      }
    }
  }
  return out;
}

// Casualty-type counts: `at least 20 people were killed`, `killed 20 people`, `20 dead`,
// `wounding 30`, `the death toll rose to 20`, `20 arrests`. The event is the word's kind:
// killed, wounded, arrested, displaced, missing or kidnapped.
import type { Piece } from "./pieces.js";

const EVENT_WORDS: Record<string, string[]> = {
  killed: ["killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "fatalities", "slain", "executed", "massacred", "bodies", "lives"],
  wounded: ["wounded", "wounding", "wounds", "injured", "injuring", "injures", "injuries", "hurt", "hospitalised", "hospitalized"],
  arrested: ["arrested", "arresting", "arrests", "detained", "detaining", "detainees", "jailed", "imprisoned"],
  displaced: ["displaced", "displacing", "fled", "fleeing", "evacuated", "uprooted", "homeless"],
  missing: ["missing", "unaccounted"],
  kidnapped: ["kidnapped", "kidnapping", "abducted", "abducting", "hostage", "hostages", "seized"],
};

const EVENT = new Map<string, string>(Object.entries(EVENT_WORDS).flatMap(([event, words]) => words.map((word): [string, string] => [word, event])));

// verbs that take the count as object: `killed 20`, `wounding at least 30`
const BEFORE = new Set(["killed", "kill", "kills", "killing", "wounded", "wounding", "injured", "injuring", "arrested", "arresting", "detained", "detaining", "displaced", "displacing", "kidnapped", "abducted", "evacuated", "executed"]);

// between the count and its verb: `20 people were killed`, `20 have been reported dead`
const LINKS = new Set(["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reported", "reportedly", "confirmed", "believed", "feared", "thought", "to", "also", "all", "still", "remain", "remained", "later", "left", "now", "being", "lay"]);

// `the death toll rose to 20`, `a toll of 20`
const TOLL_LINKS = new Set(["toll", "rose", "risen", "climbed", "reached", "stood", "stands", "has", "had", "to", "at", "of", "is", "was", "now"]);

// casualty words that are nouns, so a counted phrase may end on them (`20 deaths`)
const EVENT_NOUNS = new Set(["deaths", "death", "fatalities", "bodies", "lives", "wounds", "injuries", "arrests", "detainees", "hostage", "hostages"]);

/** A casualty verb or adjective, which ends a counted noun phrase (`20 killed`, `20 dead`). */
export function endsCountedPhrase(word: string): boolean {
  return EVENT.has(word) && !EVENT_NOUNS.has(word);
}

/** A word that names a casualty event, as a verb or a noun. */
export function isEventWord(word: string): boolean {
  return EVENT.has(word);
}

/**
 * The event of a count. `before` is the first piece on its left side (its qualifier or
 * currency, else the number); `next` the first piece after it and the noun right after it
 * (`20 people | were killed`); `head` the counted noun (`20 deaths`).
 */
export function eventOf(all: Piece[], before: number, next: number, head: string | null): string | null {
  if (head !== null && EVENT.has(head) && head !== "lives") return EVENT.get(head)!;
  const left = all[before - 1];
  if (left && BEFORE.has(left.lower) && !all[before]!.newline) return EVENT.get(left.lower)!;
  // `the death toll rose to 20`
  for (let k = before - 1; k >= 0 && k >= before - 5; k--) {
    const word = all[k]!.lower;
    if (word === "toll") return "killed";
    if (!TOLL_LINKS.has(word)) break;
  }
  for (let k = next; k < all.length && k < next + 4; k++) {
    const piece = all[k]!;
    if (piece.type !== "word" || piece.newline) break;
    // `20 people lost their lives`
    if (piece.lower === "lost" && all[k + 2]?.lower === "lives") return "killed";
    // `20 taken hostage`, `held hostage`
    if ((piece.lower === "taken" || piece.lower === "held") && all[k + 1]?.lower === "hostage") return "kidnapped";
    const event = EVENT.get(piece.lower);
    if (event && piece.lower !== "lives" && piece.lower !== "bodies") return event;
    if (!LINKS.has(piece.lower)) break;
  }
  return null;
}

// Word lists for attribution: general English, lower case.

/** Verbs that report speech: `said`, `told Reuters`, `have previously said`. Nouns that look alike (`states`, `claims`, `reports`) are left out. */
export const CUE_VERBS = new Set([
  "say", "says", "said", "saying",
  "tell", "tells", "told",
  "add", "adds", "added",
  "warn", "warns", "warned",
  "deny", "denies", "denied",
  "announce", "announces", "announced",
  "stated",
  "claimed",
  "explain", "explains", "explained",
  "insist", "insists", "insisted",
  "noted",
  "write", "writes", "wrote",
  "ask", "asks", "asked",
  "reply", "replies", "replied",
  "respond", "responds", "responded",
  "tweeted",
  "declare", "declares", "declared",
  "argue", "argues", "argued",
  "acknowledge", "acknowledges", "acknowledged",
  "admit", "admits", "admitted",
  "assert", "asserts", "asserted",
  "confirm", "confirms", "confirmed",
  "reported",
  "predict", "predicts", "predicted",
  "recall", "recalls", "recalled",
  "stress", "stresses", "stressed",
  "contend", "contends", "contended",
  "allege", "alleges", "alleged",
  "vow", "vows", "vowed",
  "concede", "concedes", "conceded",
  "testified",
]);

/** Between a subject and its cue: `have previously said`, `has also warned`. Words in -ly are skipped too. */
export const AUXILIARIES = new Set([
  "have", "has", "had", "would", "will", "did", "does", "do", "could", "may", "might", "must", "should",
  "also", "previously", "earlier", "later", "once", "already", "again", "further", "then", "often", "long",
]);

/** `was told`, `is said to be`: passive, the subject is not the speaker. */
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Words that start a noun phrase: where a subject begins after a leading `On Sunday`. */
export const DETERMINERS = new Set([
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
  "some", "many", "several", "both", "all", "another", "other", "most", "one", "two", "three",
]);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** Leading words that are not part of a subject: `On Sunday a source said`, `However, the group said`. */
export const PREPOSITIONS = new Set([
  "on", "in", "at", "for", "during", "after", "before", "since", "by", "from", "with", "within", "via", "through",
  "last", "earlier", "later", "of", "to", "about", "over", "under", "into", "against", "without",
]);
export const DISCOURSE = new Set([
  "however", "meanwhile", "but", "and", "still", "yet", "also", "separately", "instead", "nevertheless",
  "moreover", "furthermore", "indeed", "now", "then", "so", "thus", "therefore", "or", "while", "although",
]);

/** Lower-case parts of names: `Bashar al-Assad`, `Ursula von der Leyen`. */
export const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "van", "von", "der", "la", "le", "du", "ul", "of"]);

/** Words that end a subject search: a subject holding them is a clause, not a speaker. */
export const CLAUSE_WORDS = new Set(["that", "who", "which", "whom", "whose", "where", "when", "if", "because"]);

/** `the so-called "caliphate"`, `a film titled "Dunkirk"`: names and titles, not speech. */
export const NAMING_WORDS = new Set(["so-called", "called", "dubbed", "titled", "entitled", "named", "nicknamed", "as", "term", "word", "phrase", "slogan", "headline", "hashtag"]);

export const TELL = new Set(["tell", "tells", "told"]);

/** `told reporters`, `told him`: listeners of `tell` that are not the content. */
export const LISTENERS = new Set(["him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers", "parliament"]);

/** Words that open an adjunct after a closing cue: `said yesterday`, `said Tuesday`, `said on Sunday`. */
export const ADJUNCT_STARTS = new Set([
  "yesterday", "today", "tonight", "earlier", "later", "last", "this", "recently", "afterwards", "again", "then",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** `..., while 9 percent disagreed`: where a reported clause ends. */
export const CONTRAST_WORDS = new Set(["while", "whereas", "however"]);

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
  "suggest", "suggests", "suggested",
]);

/** Forms that are nouns as often as verbs (`his claims`, `news reports`): cues only when the tagger reads a verb. */
export const TAGGED_CUES = new Set(["claim", "claims", "state", "states", "note", "notes", "report", "reports", "post", "posts", "posted", "tweet", "tweets"]);

/**
 * Verbs that attribute a quotation but rarely report a clause: `“Go back,” Trump barked`,
 * `He continued, “...”`, `“...,” Viguerie notes.` Used beside quotation marks only.
 */
export const QUOTE_VERBS = new Set([
  ...CUE_VERBS,
  "says", "states", "claims", "notes", "reports", "tweets", "posted", "posts",
  "continue", "continues", "continued", "conclude", "concludes", "concluded",
  "answer", "answers", "answered", "remark", "remarks", "remarked", "observe", "observes", "observed",
  "joke", "jokes", "joked", "quip", "quips", "quipped", "laugh", "laughs", "laughed",
  "shout", "shouts", "shouted", "yell", "yells", "yelled", "scream", "screamed", "cry", "cries", "cried",
  "chant", "chanted", "exclaim", "exclaimed", "bark", "barked", "snap", "snapped", "sigh", "sighed",
  "charge", "charges", "charged", "complain", "complains", "complained", "lament", "laments", "lamented",
  "boast", "boasts", "boasted", "caution", "cautions", "cautioned", "confess", "confessed", "counter", "countered",
  "retort", "retorted", "mock", "mocks", "mocked", "muse", "mused", "beam", "beamed", "plead", "pleaded",
  "demand", "demanded", "interject", "interjected", "offer", "offered", "urge", "urges", "urged",
  "read", "reads", "promise", "promised", "suggest", "suggests", "suggested", "describe", "described",
  "question", "questions", "questioned", "wonder", "wonders", "wondered", "reiterate", "reiterated", "emphasize", "emphasized",
  "whisper", "whispered", "sing", "sang", "beg", "begged", "scoff", "scoffed", "gush", "gushed", "fume", "fumed", "gripe", "griped",
  "grouse", "groused", "chide", "chided", "tease", "teased", "opine", "opined", "marvel", "marveled", "marvelled",
]);

/** `, saying “...”`, `telling them, “...”`: a participle whose speaker is the subject of the sentence. */
export const PARTICIPLE_CUES = new Set(["saying", "telling", "adding", "writing", "asking", "noting", "suggesting", "declaring", "warning", "explaining", "tweeting", "arguing", "insisting", "stating", "concluding", "continuing", "answering", "replying", "responding",
  "recalling", "announcing", "claiming", "acknowledging", "confirming", "denying", "predicting", "admitting", "stressing", "remarking"]);

/** Participles that take a quotation as their object, beside quotation marks only: `shouting “...”`, `chanting “...”`. */
export const QUOTED_PARTICIPLES = new Set(["shouting", "yelling", "chanting", "screaming", "crying", "exclaiming", "tweeting", "writing", "reading", "mouthing", "echoing"]);

/** Between a subject and its cue: `have previously said`, `has also warned`. Words in -ly are skipped too. */
export const AUXILIARIES = new Set([
  "have", "has", "had", "would", "will", "did", "does", "do", "could", "may", "might", "must", "should",
  "also", "previously", "earlier", "later", "once", "already", "again", "further", "then", "often", "long", "since", "now",
]);

/** `was told`, `is said to be`: passive, the subject is not the speaker. */
export const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** Words that start a noun phrase: where a subject begins after a leading `On Sunday`. */
export const DETERMINERS = new Set([
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
  "some", "many", "several", "both", "all", "another", "other", "most", "one", "two", "three",
]);

/** Subjects of poll reports: `more than 4 in 10 said`, `half said`, `55 percent said`. */
export const QUANTITY_STARTS = new Set(["more", "fewer", "less", "half", "nearly", "almost", "roughly", "only", "just"]);

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

export const TELL = new Set(["tell", "tells", "told", "telling"]);

/** `told reporters`, `told him`: listeners of `tell` that are not the content. */
export const LISTENERS = new Set(["him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers", "parliament"]);

/** `asked for $45 million`, `warned of a crisis`: a cue with an object, a request or a topic, not a reported clause. */
export const OBJECT_PREPOSITIONS = new Set(["for", "about", "of", "against"]);

/** Words that open an adjunct after a closing cue: `said yesterday`, `said Tuesday`, `said on Sunday`. */
export const ADJUNCT_STARTS = new Set([
  "yesterday", "today", "tonight", "earlier", "later", "last", "this", "recently", "afterwards", "again", "then",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** `, which is spread by mosquitoes`: after a comma, these end a reported clause. */
export const CLAUSE_ENDS = new Set(["which", "who", "whom", "whose", "although", "though"]);

/** `While Ramos said that ..., he ...`: an attribution inside a subordinate clause. */
export const SUBORDINATORS = new Set(["while", "although", "though", "when", "if", "as", "because", "since", "after", "before", "unless", "whereas"]);

/** `..., while 9 percent disagreed`, `..., compared with 64 percent who ...`: where a reported clause ends. */
export const CONTRAST_WORDS = new Set(["while", "whereas", "however", "compared", "despite", "unlike"]);

/**
 * Verbs whose object or complement carries quoted words, a statement in PolNeAR's sense though rarely a clause:
 * `called Trump “unhinged.”`, `described the field as “all very good”`, `pledged to oppose it “today, tomorrow, forever.”`
 */
export const COMPLEMENT_CUES = new Set([
  "call", "calls", "called", "calling", "describe", "describes", "described", "describing",
  "label", "labels", "labeled", "labelled", "labeling", "brand", "brands", "branded", "branding",
  "characterize", "characterizes", "characterized", "characterizing", "dismiss", "dismisses", "dismissed", "dismissing",
  "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming",
  "urge", "urges", "urged", "urging", "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "promising",
  "vow", "vows", "vowed", "vowing", "ask", "asks", "asked", "asking", "invite", "invites", "invited", "inviting",
  "praise", "praises", "praised", "praising", "criticize", "criticizes", "criticized", "criticizing",
  "thank", "thanks", "thanked", "thanking", "insisting", "predicting", "admitting", "acknowledging", "claiming",
]);

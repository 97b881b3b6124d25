// What flows through the pipeline: a read document, its analysis, and the draft that
// extractors propose and refiners reshape before it is assembled into a Result.
import type { LexiconEntry, UserLexicon } from "../lexicon/user.js";
import type {
  ActorSubtype,
  ActorType,
  Credit,
  DateMention,
  Dateline,
  Figure,
  Mention,
  PlaceType,
  Quote,
  Result,
  Span,
} from "../schema.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes folded to `'`. */
  lower: string;
  /** Index of the sentence that holds it. */
  sentence: number;
  /** First token of its sentence. */
  sentenceStart: boolean;
  /** Penn Treebank part of speech when a tagger has run, else null. */
  pos: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last + 1). */
  tokens: [number, number];
}

/** A name the trained tagger found: `Deir al-Zor` LOC. `MISC` covers nationalities, events and the like. */
export interface NameSpan {
  start: number;
  end: number;
  /** Token indices [first, last + 1). */
  tokens: [number, number];
  label: "PER" | "ORG" | "LOC" | "MISC";
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  names: NameSpan[];
}

/** One article, read and normalised: what the read stage makes. */
export interface ReadDoc {
  id: string;
  /** The text as read (BOM removed): every offset points into this. */
  raw: string;
  /**
   * Same length as `raw`, offset for offset: NBSP and CR as spaces, curly apostrophes as `'`,
   * and metadata (date header) blanked out so no extractor sees it.
   */
  text: string;
  date: string | null;
  /** The article date as an instant at 12:00 UTC, for resolving relative dates; null without a date. */
  reference: Date | null;
  title: string | null;
  url: string | null;
  /** The analyst's own names (`--lexicon`), or null. */
  lexicon: UserLexicon | null;
  /** Found by the read stage; its date is metadata, not a date mention. */
  dateline: Dateline | null;
}

/** One article, read and analysed once: what every extractor reads. */
export interface Doc extends ReadDoc {
  analysis: Analysis;
}

/**
 * What a mention's reading rests on, which ranking and trust read (never the text of its source tag):
 * the analyst's lexicon (`user-lexicon`), a photo credit, the lists (`lexicon`), a title (`President
 * X`), an institution word (`Syria's army`), initials, a leading or trailing head word (`Ahrar
 * al-Sham`, `X Hospital`), the gazetteer, the words around it, the name lists, the shape of a name, a
 * surname of a person named in full, or the trained tagger alone.
 */
export type Evidence =
  | "user-lexicon"
  | "credit"
  | "lexicon"
  | "title"
  | "institution"
  | "acronym"
  | "lead"
  | "head"
  | "gazetteer"
  | "context"
  | "names"
  | "shape"
  | "surname"
  | "tagger";

export interface EntityMention extends Mention {
  kind: "actor" | "place";
  /** Not in the output: the source tag names the stage, this says how sure it is. */
  evidence: Evidence;
  type: ActorType | PlaceType;
  subtype: ActorSubtype | null;
  /** The name the mention stands for, when a lexicon or gazetteer knows it (`Daesh` -> `Islamic State`). */
  canonical: string | null;
  country: string | null;
  coordinates: { lat: number; lon: number } | null;
  /** A title or role written beside it (`Syrian President`, `field commander`). */
  roles: string[];
}

/** One real actor or place: what a lexicon entry would say of it, and its mentions after alias merging. */
export interface Entity extends LexiconEntry {
  aliases: string[];
  roles: string[];
  mentions: EntityMention[];
}

export interface QuoteDraft extends Omit<Quote, "speaker"> {
  speaker: { name: string; mention: Span | null; entity: number | null } | null;
}

export interface Draft {
  mentions: EntityMention[];
  /** Filled by the alias refiner; indices are used by quotes' `speaker.entity`. */
  entities: Entity[];
  dates: DateMention[];
  quotes: QuoteDraft[];
  figures: Figure[];
  credits: Credit[];
}

export type Extractor = (doc: Doc) => Partial<Draft>;
export type Refiner = (draft: Draft, doc: Doc) => Draft;

export function emptyDraft(): Draft {
  return { mentions: [], entities: [], dates: [], quotes: [], figures: [], credits: [] };
}

/** The result, and the text its offsets point into (the highlight format and the page show it). */
export interface ParsedArticle {
  result: Result;
  text: string;
}

/** A span of `doc.raw`, with its text sliced from it. */
export function span(doc: Pick<Doc, "raw">, start: number, end: number): Span {
  return { start, end, text: doc.raw.slice(start, end) };
}

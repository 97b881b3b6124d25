// What the quote finders hand each other, in word indices of `Words` (quotes/words.ts) or, for
// quotation marks, in offsets of the text.

/** A paired quotation: content pieces (one per paragraph), marks excluded. */
export interface Quoted {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  fragments: Array<[number, number]>;
}

export interface SpeakerPhrase {
  /** The mention: a name, a description or a pronoun. */
  mention: [number, number];
  /** First word of the whole subject, appositive included. */
  start: number;
  /** The name the mention stands for when it is a relative pronoun: `the Commission, which said`. */
  named?: [number, number];
}

export interface Attribution {
  /** Word range of the cue: `said`, `according to`. */
  cue: [number, number];
  speaker: SpeakerPhrase;
}

export interface QuotedStatement {
  kind: "direct" | "partial";
  fragments: Array<[number, number]>;
  /** Word range of the quoted words. */
  words: [number, number];
  attribution: Attribution | null;
  /** Word range of the speaker mention; for a quote that carries on, its predecessor's. */
  speaker: [number, number] | null;
  cue: [number, number] | null;
  /** Offset of the closing mark of its last piece. */
  close?: number;
  /** A partial quote of a word or two that closes its sentence: `called Trump “unhinged.”`; only a statement around it may stand. */
  short?: boolean;
}

/**
 * The rule that found a reported statement, named in its source tag (`extract/quotes:according-to`):
 *   reported              X said (that) ...
 *   reported-trailing     ..., X said.  /  ..., said X.
 *   reported-interrupted  Many of the closures, he said, have involved ...
 *   reported-relative     a law, which critics said was discriminatory
 *   asked                 Asked whether ..., he said ...  /  He asked workers if ...
 *   participle            ..., saying the positives would outweigh the losses
 *   object                Trump called for a ban on ...  /  She urged the administration to ...
 *   according-to          According to X, ...  /  ..., according to X.
 *   around-partial        Jeb Bush called [Trump “unhinged.”]: the statement around a partial quote
 */
export type ReportedRule =
  | "reported"
  | "reported-trailing"
  | "reported-interrupted"
  | "reported-relative"
  | "asked"
  | "participle"
  | "object"
  | "according-to"
  | "around-partial";

export interface Reported extends Omit<Attribution, "speaker"> {
  rule: ReportedRule;
  /** null when no one is named: `Asked whether ..., the voters were evenly divided`. */
  speaker: SpeakerPhrase | null;
  /** Word range of the reported clause, without `that` and without the attribution. */
  content: [number, number];
  /** Its second piece when the attribution interrupts it: `Many of the closures, he said, [have involved ...]`. */
  rest?: [number, number];
}

// The single source of truth for everything newsparse prints or reads as gold.
// Types come from z.infer; `newsparse schema` prints the JSON Schema made from these.
import * as z from "zod";
import { publicationDay } from "./read/publication-date.js";

const offset = z.number().int().nonnegative();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** A stretch of the input text: `input.slice(start, end) === text`. */
export const SpanSchema = z.object({ start: offset, end: offset, text: z.string() });

/** A span found by one stage; `source` names that stage (`extract/dates`, `refine/aliases`, ...). */
export const MentionSchema = SpanSchema.extend({ source: z.string() });

export const ACTOR_TYPES = ["person", "organization"] as const;
export const ACTOR_SUBTYPES = [
  "armed group",
  "military",
  "government",
  "party",
  "media",
  "company",
  "international organisation",
  "other",
] as const;
export const PLACE_TYPES = [
  "country",
  "city",
  "region",
  "river",
  "sea",
  "mountain",
  "facility",
  "continent",
  "other",
] as const;
export const DATE_TYPES = ["DATE", "TIME", "DURATION", "SET"] as const;
export const DATE_MODS = ["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"] as const;
export const QUOTE_KINDS = ["direct", "partial", "indirect"] as const;
export const FIGURE_KINDS = ["percent", "money", "count", "quantity", "ordinal", "fraction", "range", "score"] as const;

export const ActorSchema = z.object({
  id: z.string().regex(/^a\d+$/),
  name: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  subtype: z.enum(ACTOR_SUBTYPES).nullable(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});

export const PlaceSchema = z.object({
  id: z.string().regex(/^p\d+$/),
  name: z.string().min(1),
  type: z.enum(PLACE_TYPES),
  /** ISO 3166-1 alpha-2 code where the gazetteer knows it. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});

export const DateMentionSchema = MentionSchema.extend({
  type: z.enum(DATE_TYPES),
  /** TIMEX3 value (`2017-10-05`, `2017-W40`, `2017-10-08TNI`, `P3Y`, `PRESENT_REF`), null when it cannot be anchored. */
  value: z.string().nullable(),
  mod: z.enum(DATE_MODS).nullable(),
});

export const SpeakerSchema = z.object({
  name: z.string(),
  actorId: z.string().nullable(),
  mention: SpanSchema.nullable(),
});

export const QuoteSchema = MentionSchema.extend({
  kind: z.enum(QUOTE_KINDS),
  /** The content's pieces when an attribution splits it (`"We will win," he said, "and soon."`); one piece otherwise. */
  fragments: z.array(SpanSchema).min(1),
  speaker: SpeakerSchema.nullable(),
  cue: SpanSchema.nullable(),
});

export const FigureSchema = MentionSchema.extend({
  kind: z.enum(FIGURE_KINDS),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  approximate: z.boolean(),
  /** `at least`, `more than`, `nearly`, ... as written. */
  qualifier: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** What the number counts: `85 percent of the city` -> `the city`. */
  counted: SpanSchema.nullable(),
  /** For casualty-type figures: killed, wounded, arrested, displaced, missing, kidnapped. */
  event: z.string().nullable(),
});

export const CreditSchema = SpanSchema.extend({
  agency: z.string().nullable(),
  photographer: z.string().nullable(),
});

/** `BEIRUT, Nov 5 (Reuters) -`: where and when the story was filed, and by whom. */
export const DatelineSchema = SpanSchema.extend({
  place: z.string().nullable(),
  /** TIMEX3 value of the dateline's date, resolved against the article date. */
  date: z.string().nullable(),
  agency: z.string().nullable(),
});

export const MetaSchema = z.object({
  date: isoDay.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  credits: z.array(CreditSchema),
});

export const ResultSchema = z.object({
  id: z.string(),
  meta: MetaSchema,
  actors: z.array(ActorSchema),
  places: z.array(PlaceSchema),
  dates: z.array(DateMentionSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
});

export const ErrorRecordSchema = z.object({
  id: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

/** One line of `batch` output: a result or an error record. */
export const OutputRecordSchema = z.union([ResultSchema, ErrorRecordSchema]);

/** One line of `batch` NDJSON input; unknown fields are ignored. */
export const InputRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  /** As exports write it (YYYY-MM-DD, ISO 8601 with time and zone, RFC 2822, Unix time): read as the day of publication. */
  date: z
    .union([z.string(), z.number()])
    .transform((value, context) => {
      const day = publicationDay(value);
      if (day === null) context.addIssue({ code: "custom", message: "not a date" });
      return day ?? "";
    })
    .optional(),
  title: z.string().optional(),
  url: z.string().optional(),
});

// ---- Native gold format (read by `eval`, written by `convert`) ----

const goldSpan = z.object({ start: offset, end: offset, text: z.string().optional() });

export const GoldActorSchema = z.object({
  name: z.string(),
  type: z.enum(ACTOR_TYPES),
  mentions: z.array(goldSpan).min(1),
});

export const GoldPlaceSchema = z.object({
  name: z.string(),
  type: z.enum(PLACE_TYPES).optional(),
  mentions: z.array(goldSpan).min(1),
});

export const GoldDateSchema = goldSpan.extend({
  type: z.enum(DATE_TYPES),
  value: z.string().nullable(),
  mod: z.enum(DATE_MODS).nullable().optional(),
});

export const GoldQuoteSchema = z.object({
  /** The content, in one or more pieces. */
  fragments: z.array(goldSpan).min(1),
  kind: z.enum(QUOTE_KINDS),
  /** null: annotated with no source. */
  speaker: goldSpan.extend({ name: z.string() }).nullable(),
  cue: goldSpan.nullable().optional(),
});

export const GoldFigureSchema = goldSpan.extend({
  kind: z.enum(FIGURE_KINDS),
  value: z.number().nullable(),
  unit: z.string().nullable(),
});

/**
 * One annotated article. A kind left out is not annotated (not scored); an empty list is
 * annotated as having none. `ignore` spans count neither way (CoNLL MISC, for instance).
 */
export const GoldDocumentSchema = z
  .object({
    id: z.string(),
    text: z.string().optional(),
    /** Path to the article, relative to the gold file, when `text` is not inline. */
    path: z.string().optional(),
    date: isoDay.nullable(),
    actors: z.array(GoldActorSchema).optional(),
    places: z.array(GoldPlaceSchema).optional(),
    dates: z.array(GoldDateSchema).optional(),
    quotes: z.array(GoldQuoteSchema).optional(),
    figures: z.array(GoldFigureSchema).optional(),
    ignore: z.array(goldSpan.extend({ label: z.string().optional() })).optional(),
  })
  .refine((doc) => doc.text !== undefined || doc.path !== undefined, { message: "a gold document needs `text` or `path`" });

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorType = (typeof ACTOR_TYPES)[number];
export type ActorSubtype = (typeof ACTOR_SUBTYPES)[number];
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceType = (typeof PLACE_TYPES)[number];
export type DateMention = z.infer<typeof DateMentionSchema>;
export type DateType = (typeof DATE_TYPES)[number];
export type DateMod = (typeof DATE_MODS)[number];
export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type Credit = z.infer<typeof CreditSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type OutputRecord = z.infer<typeof OutputRecordSchema>;
export type InputRecord = z.infer<typeof InputRecordSchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** JSON Schema of the output records (result or error), for `newsparse schema`. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecordSchema, { target: "draft-2020-12" });
}

/** JSON Schema of one gold document, for `newsparse schema --gold`. */
export function goldJsonSchema(): unknown {
  return z.toJSONSchema(GoldDocumentSchema, { target: "draft-2020-12" });
}

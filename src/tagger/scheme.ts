// Name tags in BILOU: `B-PER L-PER` for `Bashar Assad`, `U-LOC` for `Raqqa`, `O` outside.
// Training reads CoNLL's IOB1/IOB2 tags into BILOU; decoding reads BILOU back into spans.

export const TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NameType = (typeof TYPES)[number];

export const NAME_LABELS: string[] = ["O", ...TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];

export interface LabelledSpan {
  /** Token indices [first, last + 1). */
  first: number;
  last: number;
  type: NameType;
}

/** IOB1 (`I-PER I-PER B-PER`) or IOB2 tags -> spans. */
export function spansFromIob(tags: string[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag.split("-") as [string, NameType | undefined];
    if (bio === "O" || !type || bio === "B" || open?.type !== type) {
      if (open) out.push(open);
      open = bio === "O" || !type ? null : { first: i, last: i + 1, type };
    } else open.last = i + 1;
  });
  if (open) out.push(open);
  return out;
}

export function bilouFromSpans(length: number, spans: LabelledSpan[]): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const s of spans) {
    if (s.last - s.first === 1) tags[s.first] = `U-${s.type}`;
    else for (let k = s.first; k < s.last; k++) tags[k] = `${k === s.first ? "B" : k === s.last - 1 ? "L" : "I"}-${s.type}`;
  }
  return tags;
}

/**
 * BILOU labels -> spans. The decoder is unconstrained, so the tags may be ill-formed: a span left open
 * (`B-PER O`) closes where its tags stop, and `B-ORG L-LOC` is one span typed by its first tag.
 */
export function spansFromBilou(tags: string[]): LabelledSpan[] {
  return spansFromLabels(tags.map((t) => NAME_LABELS.indexOf(t)));
}

/** The same over label indices (0 is `O`, then B, I, L, U of each type in turn), as the decoder gives them. */
export function spansFromLabels(labels: ArrayLike<number>): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const position = l > 0 ? (l - 1) % 4 : -1;
    const continues = open !== null && (position === 1 || position === 2);
    if (!continues) {
      if (open) out.push(open);
      open = l > 0 ? { first: i, last: i + 1, type: TYPES[(l - 1) >> 2]! } : null;
    } else open!.last = i + 1;
    if (open && (position === 2 || position === 3)) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

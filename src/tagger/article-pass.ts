// The name tagger's second pass over an article: the first pass has labelled every sentence, so each
// word can be read again knowing what the first pass made of it everywhere else in the article
// (`LEIRIA` in a headline, `Leiria` three times an organisation below). A second model, trained on
// first-pass labels of articles the first model had not seen, weighs that evidence.
import type { DocumentContext } from "./context.js";
import { nameFeatures, type SentenceView } from "./features.js";
import { mix } from "./hash.js";

// templates above the first pass's, so the two sets of features never share a hash
const enum T {
  Own = 200,
  Neighbours,
  Elsewhere,
  SeenAs,
  ElsewhereShort,
  AlsoPlain,
  OwnShort,
}

const OUTSIDE = 99;

/** 0 for `O`, else 1 + the index of the label's type in TYPES (labels are `O`, then B/I/L/U for each type). */
export const typeOfLabel = (label: number) => (label === 0 ? 0 : 1 + ((label - 1) >> 2));

/** For each word of an article (lower case), how often the first pass gave it each type (index 0: outside any name). */
export class ArticleVotes {
  private counts = new Map<string, number[]>();

  constructor(views: SentenceView[], first: number[][]) {
    views.forEach((view, si) =>
      view.infos.forEach((info, i) => {
        if (!info.hasLetter) return;
        let c = this.counts.get(info.lower);
        if (!c) this.counts.set(info.lower, (c = [0, 0, 0, 0, 0]));
        c[typeOfLabel(first[si]![i]!)]!++;
      }),
    );
  }

  private scratch = [0, 0, 0, 0, 0];

  /** The counts for `lower`, the token's own first-pass type left out (valid until the next call). */
  elsewhere(lower: string, ownType: number): readonly number[] {
    const c = this.scratch;
    const counts = this.counts.get(lower);
    for (let t = 0; t < c.length; t++) c[t] = counts ? counts[t]! : 0;
    if (c[ownType]! > 0) c[ownType]!--;
    return c;
  }
}

/** The first pass's features of token `i`, then what the first pass said of it here and elsewhere. */
export function articleFeatures(
  s: SentenceView,
  pos: Uint32Array,
  i: number,
  prev: number,
  prev2: number,
  doc: DocumentContext,
  first: number[],
  votes: ArticleVotes,
  out: Uint32Array,
  contextOnly = false,
): number {
  let n = nameFeatures(s, pos, i, prev, prev2, doc, out, contextOnly);
  const w = s.infos[i]!;
  const own = first[i]!;
  out[n++] = mix(T.Own, own);
  out[n++] = mix(T.OwnShort, own, w.shortHash);
  out[n++] = mix(T.Neighbours, i > 0 ? first[i - 1]! : OUTSIDE, i + 1 < first.length ? first[i + 1]! : OUTSIDE);
  if (!w.hasLetter) return n;
  const ownType = typeOfLabel(own);
  const c = votes.elsewhere(w.lower, ownType);
  let best = 0;
  for (let t = 1; t < c.length; t++) if (c[t]! > c[best]!) best = t;
  const named = c[1]! + c[2]! + c[3]! + c[4]!;
  out[n++] = mix(T.Elsewhere, best, Math.min(named, 3));
  out[n++] = mix(T.ElsewhereShort, best, w.shortHash);
  for (let t = 1; t < c.length; t++) if (c[t]! > 0) out[n++] = mix(T.SeenAs, t, ownType);
  if (named > 0 && c[0]! > 0) out[n++] = mix(T.AlsoPlain, Math.min(c[0]!, 3), ownType);
  return n;
}

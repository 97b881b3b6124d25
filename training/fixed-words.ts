// The part-of-speech model's fixed words: `the` DT, `of` IN, tagged without scoring
// (src/tagger/pos.ts reads them from the model file's header).

/** Words seen at least `min` times in training with one tag at least `share` of the time, and that tag. */
export function unambiguousWords(sentences: Array<{ words: string[]; tags: string[] }>, labels: string[], min = 20, share = 0.97): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  for (const { words, tags } of sentences) {
    words.forEach((w, i) => {
      const byTag = counts.get(w) ?? new Map<string, number>();
      byTag.set(tags[i]!, (byTag.get(tags[i]!) ?? 0) + 1);
      counts.set(w, byTag);
    });
  }
  const out = new Map<string, number>();
  for (const [word, byTag] of counts) {
    let total = 0;
    let top: [string, number] = ["", 0];
    for (const [tag, n] of byTag) {
      total += n;
      if (n > top[1]) top = [tag, n];
    }
    if (total >= min && top[1] / total >= share) out.set(word, labels.indexOf(top[0]));
  }
  return out;
}

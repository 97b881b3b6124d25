// Lookups by name, remembered: the same names come back article after article, and one map of recent
// answers costs less than folding, keying and hashing each spelling again. The map is emptied when it
// is full, so memory stays bounded whatever the input.
/** `lookup` with its answers remembered, at most `limit` of them; answers must not be `undefined`. */
export function memoise<T extends NonNullable<unknown> | null>(lookup: (name: string) => T, limit = 50_000): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answers.set(name, (answer = lookup(name)));
    }
    return answer;
  };
}

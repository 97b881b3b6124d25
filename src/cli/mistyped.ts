// `newsparse bacth dir/`: parse is the default command, so a mistyped command would be read as a
// file to parse ("too many arguments for 'parse'"). A first argument that is no file or folder and
// is at most two edits from a command name is taken for that command, mistyped.

const MAX_EDITS = 2;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours, each one edit ("bacth" -> "batch" is one swap).
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const substitution = above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The command that `word` most likely misspells, or null when it names a command, an existing path
 * (`exists`), or nothing close. Ties go to the earlier command.
 */
export function mistypedCommand(word: string, commands: readonly string[], exists: (path: string) => boolean): string | null {
  if (commands.includes(word)) return null;
  let best: { name: string; edits: number } | null = null;
  for (const name of commands) {
    const edits = editDistance(word, name);
    if (edits <= MAX_EDITS && (best === null || edits < best.edits)) best = { name, edits };
  }
  return best !== null && !exists(word) ? best.name : null;
}

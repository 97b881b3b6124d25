// A build-time index read without parsing it: lines `key<TAB>value`, sorted by key (UTF-16 code units,
// JavaScript's own string order), searched by bisection on the text as read. Opening one costs a read
// and a scan for line ends (a few milliseconds for 25,000 places), where JSON.parse of the same table
// and a map of it cost 60-90 ms of a short run's start-up.
export class SortedLines {
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
    if (text.length > 0 && !text.endsWith("\n")) lines++;
    this.starts = new Uint32Array(lines + 1);
    let line = 0;
    for (let at = 0; at < text.length; line++) {
      this.starts[line] = at;
      const end = text.indexOf("\n", at);
      at = end === -1 ? text.length : end + 1;
    }
    this.starts[lines] = text.length + (text.endsWith("\n") ? 0 : 1);
  }

  /** The value of `key`, or null when no line has it. */
  find(key: string): string | null {
    const { text, starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const tab = text.indexOf("\t", start);
      const here = text.slice(start, tab);
      if (here === key) return text.slice(tab + 1, starts[mid + 1]! - 1);
      if (here < key) lo = mid + 1;
      else hi = mid;
    }
    return null;
  }

  /** The text of an index: one line per entry, sorted by key; keys and values hold no tab or line end. */
  static write(entries: Iterable<[string, string]>): string {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let k = 0; k < sorted.length; k++) {
      const [key, value] = sorted[k]!;
      if (/[\t\n]/.test(key) || /\n/.test(value)) throw new Error(`index entry ${JSON.stringify(key)} holds a tab or a line end`);
      if (k > 0 && sorted[k - 1]![0] === key) throw new Error(`index key ${JSON.stringify(key)} twice`);
    }
    return sorted.map(([key, value]) => `${key}\t${value}\n`).join("");
  }
}

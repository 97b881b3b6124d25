// An averaged perceptron over hashed features. Training keeps a float row of class weights per
// feature it has ever had to correct; the finished model keeps the averaged rows, pruned, quantised
// to 16 bits and stored sparse (most of a row's weights are 0), behind an open-addressing table.

export interface Scorer {
  readonly classes: number;
  /** Adds each class's score for the features to `scores` (which the caller zeroes). */
  score(features: Uint32Array, count: number, scores: Int32Array): void;
}

export class Trainer implements Scorer {
  private rows = new Map<number, number>();
  private weights: Float64Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  private clock = 0;

  constructor(readonly classes: number) {
    this.weights = new Float64Array(classes * 1024);
    this.totals = new Float64Array(classes * 1024);
    this.stamps = new Float64Array(classes * 1024);
  }

  score(features: Uint32Array, count: number, scores: Int32Array): void {
    const c = this.classes;
    for (let f = 0; f < count; f++) {
      const row = this.rows.get(features[f]!);
      if (row === undefined) continue;
      const base = row * c;
      for (let k = 0; k < c; k++) scores[k]! += this.weights[base + k]!;
    }
  }

  /** One example seen: when the guess was wrong, move the weights toward the truth. */
  update(features: Uint32Array, count: number, truth: number, guess: number): void {
    this.clock++;
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const base = this.rowOf(features[f]!) * this.classes;
      this.add(base + truth, 1);
      this.add(base + guess, -1);
    }
  }

  /** The averaged weights as a compact model; rows whose largest weight is below `prune` are dropped. */
  averaged(labels: string[], prune = 0, fixed?: ReadonlyMap<string, number>): Model {
    const c = this.classes;
    const keys: number[] = [];
    let largest = 0;
    const avg = new Float64Array(c);
    const rows: Float64Array[] = [];
    for (const [key, row] of this.rows) {
      let top = 0;
      for (let k = 0; k < c; k++) {
        const i = row * c + k;
        avg[k] = (this.totals[i]! + (this.clock - this.stamps[i]!) * this.weights[i]!) / Math.max(1, this.clock);
        top = Math.max(top, Math.abs(avg[k]!));
      }
      if (top === 0 || top < prune) continue;
      largest = Math.max(largest, top);
      keys.push(key);
      rows.push(avg.slice());
    }
    const scale = largest > 0 ? largest / 32767 : 1;
    const starts = new Uint32Array(keys.length);
    const entries: number[] = [];
    rows.forEach((r, j) => {
      const start = entries.length;
      r.forEach((v, k) => {
        const w = Math.round(v / scale);
        if (w !== 0) entries.push((w << 8) | k);
      });
      starts[j] = (start << 8) | (entries.length - start);
    });
    return new Model(labels, Uint32Array.from(keys), starts, Int32Array.from(entries), scale, fixed);
  }

  private rowOf(key: number): number {
    let row = this.rows.get(key);
    if (row !== undefined) return row;
    row = this.rows.size;
    this.rows.set(key, row);
    const need = (row + 1) * this.classes;
    if (need > this.weights.length) {
      const grow = <A extends Float64Array>(a: A) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    return row;
  }

  private add(i: number, delta: number): void {
    this.totals[i]! += (this.clock - this.stamps[i]!) * this.weights[i]!;
    this.stamps[i] = this.clock;
    this.weights[i]! += delta;
  }
}

export class Model implements Scorer {
  readonly classes: number;
  /** Open addressing, two words a slot: the feature key (0 marks an empty slot), then its `rows` word. */
  private table: Uint32Array;
  private mask: number;
  /** The rows found for one call's features (score). */
  private found = new Uint32Array(64);

  constructor(
    readonly labels: string[],
    /** The features, one row each. */
    readonly keys: Uint32Array,
    /** For each row, where its entries start (high 24 bits) and how many there are (low 8 bits). */
    readonly rows: Uint32Array,
    /**
     * The rows' non-zero weights, each packed as weight << 8 | class. A row holds about 4 of the part of
     * speech model's 45 classes and 3 of the name models' 17: adding only those is most of the speed.
     */
    readonly entries: Int32Array,
    readonly scale: number,
    /** Words always given one label in training (`the` DT, `,` `,`): labelled without scoring. */
    readonly fixed: ReadonlyMap<string, number> = new Map(),
  ) {
    this.classes = labels.length;
    // linear probing at a load of at most 3/4 (a probe that finds nothing reads 6 slots, 48 bytes, on
    // average at that load): half the table, and more of it in cache, than at a load of 3/8
    let size = 16;
    while (size * 0.75 < keys.length) size *= 2;
    this.mask = size - 1;
    this.table = new Uint32Array(size * 2);
    for (let j = 0; j < keys.length; j++) {
      let h = keys[j]! & this.mask;
      while (this.table[2 * h] !== 0) h = (h + 1) & this.mask;
      this.table[2 * h] = keys[j]!;
      this.table[2 * h + 1] = rows[j]!;
    }
  }

  score(features: Uint32Array, count: number, scores: Int32Array): void {
    const { table, entries, mask } = this;
    const found = this.found.length >= count ? this.found : (this.found = new Uint32Array(2 * count));
    // two sweeps: first every feature's row, then their weights. The lookups of the first sweep do not
    // wait on one another, so the processor fetches several from memory at once
    let rows = 0;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let h = (key & mask) << 1;
      let k: number;
      while ((k = table[h]!) !== 0 && k !== key) h = (h + 2) & ((mask << 1) | 1);
      if (k !== 0) found[rows++] = table[h + 1]!;
    }
    for (let r = 0; r < rows; r++) {
      const row = found[r]!;
      const end = (row >>> 8) + (row & 255);
      for (let e = row >>> 8; e < end; e++) {
        const packed = entries[e]!;
        scores[packed & 255]! += packed >> 8;
      }
    }
  }

  /** Row `j`'s weights, every class, zeros included. */
  row(j: number): Int16Array {
    const out = new Int16Array(this.classes);
    const at = this.rows[j]!;
    for (let e = at >>> 8; e < (at >>> 8) + (at & 255); e++) out[this.entries[e]! & 255] = this.entries[e]! >> 8;
    return out;
  }
}

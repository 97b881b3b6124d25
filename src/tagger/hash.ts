// Feature names become 32-bit integers: a string is hashed once (FNV-1a), and a feature is a
// template number mixed with one or two such hashes, so no feature string is ever built at run time.

/** FNV-1a, 32 bit. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a template number with a value hash (murmur3's finaliser over the pair); never 0, which marks an empty slot. */
export function mix(template: number, value: number, other = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h ^= other;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

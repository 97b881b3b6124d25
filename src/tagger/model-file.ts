// A model on disk: `NPT2`, a JSON header (labels, weight scale, words with a fixed label), then three
// arrays: the feature keys (uint32), each row's start and length (uint32), and the rows' non-zero
// weights packed with their class (int32; perceptron.ts). Loading is one read and three typed-array views.
import { readFileSync, writeFileSync } from "node:fs";
import { Model } from "./perceptron.js";

const MAGIC = "NPT2";

interface Header {
  labels: string[];
  scale: number;
  count: number;
  /** How many packed weights. */
  entries: number;
  fixed?: Record<string, number>;
}

export function saveModel(model: Model, file: string | URL): void {
  const header: Header = { labels: model.labels, scale: model.scale, count: model.keys.length, entries: model.entries.length, ...(model.fixed.size > 0 && { fixed: Object.fromEntries(model.fixed) }) };
  let json = Buffer.from(JSON.stringify(header), "utf8");
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, "ascii");
  head.writeUInt32LE(json.length, 4);
  writeFileSync(file, Buffer.concat([head, json, ...[model.keys, model.rows, model.entries].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
}

export function loadModel(file: string | URL): Model {
  const bytes = readFileSync(file);
  if (bytes.toString("ascii", 0, 4) !== MAGIC) throw new Error(`${String(file)} is not a newsparse tagger model: run 'npm run train' to make one`);
  const length = bytes.readUInt32LE(4);
  const header = JSON.parse(bytes.toString("utf8", 8, 8 + length)) as Header;
  // typed-array views need aligned offsets; a pooled buffer may not give them
  const buffer = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const at = buffer.byteOffset + 8 + length;
  const keys = new Uint32Array(buffer.buffer, at, header.count);
  const rows = new Uint32Array(buffer.buffer, at + header.count * 4, header.count);
  const entries = new Int32Array(buffer.buffer, at + header.count * 8, header.entries);
  return new Model(header.labels, keys, rows, entries, header.scale, new Map(Object.entries(header.fixed ?? {})));
}

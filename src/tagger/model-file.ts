// A model on disk: `NPT1`, a JSON header (labels, weight scale, words with a fixed label), the feature keys as
// uint32, then the int16 weights, row by row. Loading is one read and two typed-array views.
import { readFileSync, writeFileSync } from "node:fs";
import { Model } from "./perceptron.js";

const MAGIC = "NPT1";

interface Header {
  labels: string[];
  scale: number;
  count: number;
  fixed?: Record<string, number>;
}

export function saveModel(model: Model, file: string | URL): void {
  const header: Header = { labels: model.labels, scale: model.scale, count: model.keys.length, ...(model.fixed.size > 0 && { fixed: Object.fromEntries(model.fixed) }) };
  let json = Buffer.from(JSON.stringify(header), "utf8");
  const pad = (4 - ((8 + json.length) % 4)) % 4;
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, "ascii");
  head.writeUInt32LE(json.length, 4);
  writeFileSync(file, Buffer.concat([head, json, Buffer.from(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength), Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength)]));
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
  const weights = new Int16Array(buffer.buffer, at + header.count * 4, header.count * header.labels.length);
  return new Model(header.labels, keys, weights, header.scale, new Map(Object.entries(header.fixed ?? {})));
}

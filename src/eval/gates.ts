// CI gates over the metrics: absolute floors (`--min actors.f1=0.85`) and regressions against a baseline.
import { usageError } from "../errors.js";
import type { Metrics } from "./metrics.js";

export interface Gate {
  name: string;
  value: number | null;
  threshold: number;
  rule: "min" | "max-drop";
  ok: boolean;
}

const COUNTS = new Set(["tp", "fp", "fn", "documents"]);

/** `{actors: {exact: {f1: 0.9}}}` -> `actors.exact.f1 = 0.9`; counts are left out. */
export function flatten(metrics: object, prefix = ""): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, value] of Object.entries(metrics)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "number" && !COUNTS.has(key)) out.set(name, value);
    else if (value && typeof value === "object") for (const [k, v] of flatten(value as object, name)) out.set(k, v);
  }
  return out;
}

/** `actors.f1=0.85,dates.value_f1=0.8` */
export function parseMinimums(spec: string): Array<[string, number]> {
  return spec
    .split(",")
    .filter((s) => s.trim() !== "")
    .map((part) => {
      const m = /^\s*([\w.]+)\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
      if (!m) throw usageError(`--min '${part}': write NAME=VALUE, for example actors.f1=0.85`);
      return [m[1]!, Number(m[2])];
    });
}

export function checkGates(metrics: Metrics, minimums: Array<[string, number]>, baseline: Metrics | null, maxDrop: number): Gate[] {
  const flat = flatten(metrics);
  const gates: Gate[] = minimums.map(([name, threshold]) => {
    if (!flat.has(name)) throw usageError(`--min ${name}: no such metric; known ones are listed by 'newsparse eval GOLD --format json'`);
    const value = flat.get(name)!;
    return { name, value, threshold, rule: "min", ok: value >= threshold };
  });
  if (baseline) {
    for (const [name, before] of flatten(baseline)) {
      const value = flat.get(name) ?? null;
      const threshold = before - maxDrop;
      gates.push({ name, value, threshold, rule: "max-drop", ok: value !== null && value >= threshold - 1e-12 });
    }
  }
  return gates;
}

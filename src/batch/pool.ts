// `batch --jobs N`: N worker threads, each mapping one record at a time. One at a time, so that a
// record past --timeout-ms, or one that makes its worker run out of --worker-memory-mb, is known:
// it becomes an error record, its worker is replaced, and the batch goes on.
import { Worker } from "node:worker_threads";
import { EXIT, NewsparseError } from "../errors.js";
import type { InputItem } from "./item.js";
import { errorMapped, toMapped, toOutputRecord, type MapOptions, type Mapped } from "./map.js";
import type { Mapper } from "./ordered.js";

export interface PoolOptions extends MapOptions {
  jobs: number;
  /** A record still running after this long is stopped: `timeout`. */
  timeoutMs?: number;
  /** The heap of each worker; a record that needs more ends its worker: `worker_crash`. */
  workerMemoryMb?: number;
}

// the CLI runs from dist/bundle/cli.js, with the bundled worker.js beside it (scripts/bundle.ts);
// from dist/batch/ the worker is beside this file; run from src/ (tsx, vitest) this file is pool.ts
// and the worker is still the built one: `npm run build` first
/**
 * A worker's heap keeps about 30 MB between records, but V8 lets it grow lazily to hundreds of MB
 * before collecting: a bound keeps a long run's memory flat. A record that needs more (a text of many
 * MB) ends its worker and becomes a `worker_crash` record; --worker-memory-mb raises the bound.
 */
export const DEFAULT_WORKER_MEMORY_MB = 256;

const WORKER = new URL(import.meta.url.endsWith(".ts") ? "../../dist/batch/worker.js" : "./worker.js", import.meta.url);

interface Task {
  item: InputItem;
  resolve: (mapped: Mapped) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | undefined;
  /** What the worker said as it died (out of memory). */
  failure: Error | null;
}

export class WorkerPool implements Mapper {
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly waiting: Task[] = [];
  private starting = 0;
  private closing = false;

  constructor(private readonly options: PoolOptions) {}

  map(item: InputItem): Promise<Mapped> {
    // a read that failed needs no worker
    if (item.kind === "failed") return Promise.resolve(toMapped(toOutputRecord(item)));
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (let slot = this.idle.pop(); slot; slot = this.idle.pop()) {
      const task = this.waiting.shift();
      if (!task) {
        this.idle.push(slot);
        break;
      }
      this.run(slot, task);
    }
    while (this.slots.size < this.options.jobs && this.starting < this.waiting.length) this.spawn();
  }

  private run(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.postMessage(task.item);
    const { timeoutMs } = this.options;
    if (timeoutMs !== undefined) slot.timer = setTimeout(() => this.stop(slot, timeoutMs), timeoutMs);
  }

  private spawn(): void {
    const { jobs: _jobs, timeoutMs: _timeoutMs, workerMemoryMb, ...mapOptions } = this.options;
    const worker = new Worker(WORKER, {
      workerData: mapOptions,
      resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: undefined, failure: null };
    this.slots.add(slot);
    this.starting += 1;
    worker.on("message", (message: Mapped | "ready") => {
      // a result that comes as its timeout stops the worker is too late: the error record stands
      if (!this.slots.has(slot)) return;
      if (message === "ready") {
        slot.ready = true;
        this.starting -= 1;
      } else this.finish(slot)?.resolve(message);
      this.idle.push(slot);
      this.dispatch();
    });
    worker.on("error", (error) => (slot.failure = error));
    worker.on("exit", () => this.exited(slot));
  }

  /** The slot's task, now done: its timer cleared, the slot free. */
  private finish(slot: Slot): Task | null {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = null;
    return task;
  }

  private stop(slot: Slot, timeoutMs: number): void {
    const task = this.finish(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (task) task.resolve(errorMapped(task.item.id, "timeout", `${task.item.id}: took longer than ${timeoutMs} ms (--timeout-ms); skipped`));
    this.dispatch();
  }

  private exited(slot: Slot): void {
    const wasHere = this.slots.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at !== -1) this.idle.splice(at, 1);
    if (this.closing || !wasHere) return;
    const reason = slot.failure?.message ?? "it exited";
    if (!slot.ready) return this.failToStart(reason);
    const task = this.finish(slot);
    const hint = "; raise --worker-memory-mb if such records are expected";
    if (task) task.resolve(errorMapped(task.item.id, "worker_crash", `${task.item.id}: ended its worker (${reason})${hint}`));
    this.dispatch();
  }

  // not a record's fault: every record would fail the same way, so the run stops
  private failToStart(reason: string): void {
    this.starting -= 1;
    const limit = this.options.workerMemoryMb;
    const error =
      limit === undefined
        ? new NewsparseError(`a worker thread could not start (${reason}); try --jobs 1`, EXIT.internal, "internal")
        : new NewsparseError(`a worker thread could not start with --worker-memory-mb ${limit} (${reason}); raise it`, EXIT.usage, "usage");
    for (const task of this.waiting.splice(0)) task.reject(error);
  }
}

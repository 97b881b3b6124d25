// `batch --jobs N`: N worker threads, each mapping one record at a time, with the next one already
// posted so that it never waits on the main thread between records. A worker's records run in the
// order posted, so the one at the head of its queue is the one running: a record past --timeout-ms,
// or one that makes its worker run out of --worker-memory-mb, is known. It becomes an error record,
// its worker is replaced, the records queued behind it go to another worker, and the batch goes on.
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
// run from src/ (tsx, vitest) this file is pool.ts and the worker is still the bundled one:
// `npm run build` first
/**
 * A worker's heap keeps about 30 MB between records, but V8 lets it grow lazily to hundreds of MB
 * before collecting: a bound keeps a long run's memory flat. A record that needs more (a text of many
 * MB) ends its worker and becomes a `worker_crash` record; --worker-memory-mb raises the bound. Under
 * a bound of 256 MB V8 collected more often and two workers ran about 4% slower (10,000 bench records,
 * runs alternated), for the same peak memory (about 355 MB; 369 MB over 100,000 records).
 */
export const DEFAULT_WORKER_MEMORY_MB = 512;

/**
 * A record still running after this long in a worker is stopped: `timeout`. The slowest hostile
 * record under the default --max-bytes (16 MB of `one two three `) took 286 s on the bench's 2-core
 * machine under load; this is six times that, so that a slower machine does not turn good records
 * into errors, while a record that would never end still lets the run go on.
 */
export const DEFAULT_TIMEOUT_MS = 30 * 60 * 1000;

/** Records posted to one worker at a time: the one it runs and the next. */
const DEPTH = 2;

const WORKER = new URL(import.meta.url.endsWith(".ts") ? "../../dist/bundle/worker.js" : "./worker.js", import.meta.url);

interface Task {
  item: InputItem;
  resolve: (mapped: Mapped) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Posted and not yet answered, in order: the first is running. */
  tasks: Task[];
  /** The --timeout-ms clock of the running task. */
  timer: NodeJS.Timeout | undefined;
  /** What the worker said as it died (out of memory). */
  failure: Error | null;
}

export class WorkerPool implements Mapper {
  private readonly slots = new Set<Slot>();
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
    // a record still on the clock (--fail-fast, Ctrl-C) must not hold the process until its timeout
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closing) return;
    for (let slot = this.leastBusy(); slot && this.waiting.length > 0; slot = this.leastBusy()) this.run(slot, this.waiting.shift()!);
    while (this.slots.size < this.options.jobs && this.starting < this.waiting.length) this.spawn();
  }

  /** A started worker with room for one more record, the emptiest first. */
  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot.ready && slot.tasks.length < DEPTH && (!best || slot.tasks.length < best.tasks.length)) best = slot;
    return best;
  }

  private run(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    slot.worker.postMessage(task.item);
    if (slot.tasks.length === 1) this.startClock(slot);
  }

  /** The task at the head of the slot's queue has begun: its --timeout-ms clock starts. */
  private startClock(slot: Slot): void {
    const { timeoutMs } = this.options;
    // a result that comes while the pool closes starts no clock: it would hold the process until it ran out
    if (timeoutMs !== undefined && !this.closing) slot.timer = setTimeout(() => this.stop(slot, timeoutMs), timeoutMs);
  }

  private spawn(): void {
    const { jobs: _jobs, timeoutMs: _timeoutMs, workerMemoryMb, ...mapOptions } = this.options;
    const worker = new Worker(WORKER, {
      workerData: mapOptions,
      resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB },
    });
    const slot: Slot = { worker, ready: false, tasks: [], timer: undefined, failure: null };
    this.slots.add(slot);
    this.starting += 1;
    worker.on("message", (message: Mapped | "ready") => {
      // a result that comes as its timeout stops the worker is too late: the error record stands
      if (!this.slots.has(slot)) return;
      if (message === "ready") {
        slot.ready = true;
        this.starting -= 1;
      } else {
        clearTimeout(slot.timer);
        const task = slot.tasks.shift();
        if (slot.tasks.length > 0) this.startClock(slot);
        task?.resolve(message);
      }
      this.dispatch();
    });
    worker.on("error", (error) => (slot.failure = error));
    worker.on("exit", () => this.exited(slot));
  }

  /** The slot's running task, taken with its timer cleared; the tasks queued behind it go back to wait for another worker. */
  private abandon(slot: Slot): Task | undefined {
    clearTimeout(slot.timer);
    const [running, ...queued] = slot.tasks;
    slot.tasks = [];
    this.waiting.unshift(...queued);
    return running;
  }

  private stop(slot: Slot, timeoutMs: number): void {
    const task = this.abandon(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (task) task.resolve(errorMapped(task.item.id, "timeout", `${task.item.id}: took longer than ${timeoutMs} ms (--timeout-ms); skipped`));
    this.dispatch();
  }

  private exited(slot: Slot): void {
    const wasHere = this.slots.delete(slot);
    if (this.closing || !wasHere) return;
    const reason = slot.failure?.message ?? "it exited";
    if (!slot.ready) return this.failToStart(reason);
    const task = this.abandon(slot);
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

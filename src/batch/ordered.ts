// Items -> a mapper -> the writer, in input order, with at most `window` records in flight:
// reading pauses while the window is full, and each result is written as soon as it and every
// record before it are done, so memory stays flat however long the archive is.
import type { InputItem } from "./item.js";
import type { Mapped } from "./map.js";

export interface Mapper {
  map(item: InputItem): Promise<Mapped>;
  /** Stops its workers; results not yet delivered are dropped. */
  close(): Promise<void>;
}

/** Told each result in input order; returns false to stop the run (--fail-fast). */
export type Sink = (mapped: Mapped) => Promise<boolean>;

const ignore = () => {};

/** Resolves when every item was written, or the sink or `stop` ended the run. */
export async function mapInOrder(items: AsyncIterable<InputItem>, mapper: Mapper, window: number, sink: Sink, stop?: AbortSignal): Promise<void> {
  const queue: Array<Promise<Mapped>> = [];
  let readingDone = false;
  let readError: unknown = null;
  let halted = stop?.aborted ?? false;
  let wakeReader = ignore;
  let wakeWriter = ignore;
  let haltNow = ignore;
  // the writer waits for the record at the head, or for a stop, whichever comes first. Not
  // Promise.race with one promise of the stop: each race would leave a reaction on it, holding its
  // record's result, until the run ended (a gigabyte over 100,000 records)
  const headOrStop = (head: Promise<Mapped>): Promise<Mapped | null> =>
    new Promise((resolve, reject) => {
      const stopHere = () => resolve(null);
      haltNow = stopHere;
      head.then(resolve, reject).finally(() => {
        if (haltNow === stopHere) haltNow = ignore;
      });
    });
  const halt = () => {
    halted = true;
    wakeReader();
    wakeWriter();
    haltNow();
  };
  stop?.addEventListener("abort", halt);

  async function read(): Promise<void> {
    try {
      for await (const item of items) {
        while (queue.length >= window && !halted) await new Promise<void>((resolve) => (wakeReader = resolve));
        if (halted) break;
        const mapped = mapper.map(item);
        // a rejection is awaited by the writer in its turn; until then it is not "unhandled"
        mapped.catch(ignore);
        queue.push(mapped);
        wakeWriter();
      }
    } catch (error) {
      readError = error;
    } finally {
      readingDone = true;
      wakeWriter();
    }
  }

  async function write(): Promise<void> {
    for (;;) {
      while (queue.length === 0 && !readingDone && !halted) await new Promise<void>((resolve) => (wakeWriter = resolve));
      const head = queue[0];
      if (halted || head === undefined) return;
      const mapped = await headOrStop(head);
      if (halted || mapped === null) return;
      const goOn = await sink(mapped);
      queue.shift();
      wakeReader();
      if (!goOn) return halt();
    }
  }

  const reading = read();
  try {
    await write();
  } finally {
    halt();
    stop?.removeEventListener("abort", halt);
  }
  // after a stop the reader may wait on stdin for ever: it ends on its own when input comes
  if (readingDone) await reading;
  if (readError !== null) throw readError;
}

// `batch --jobs 1`: the records are mapped on the main thread, no worker to start.
import { setImmediate } from "node:timers/promises";
import type { InputItem } from "./item.js";
import { toMapped, toOutputRecord, type MapOptions, type Mapped } from "./map.js";
import type { Mapper } from "./ordered.js";

export function inProcessMapper(options: MapOptions): Mapper {
  return {
    async map(item: InputItem): Promise<Mapped> {
      // one turn of the event loop per record, so that Ctrl-C and the progress bar are heard
      await setImmediate();
      return toMapped(toOutputRecord(item, options));
    },
    async close() {},
  };
}

// One worker thread of `batch --jobs N`: input items in, mapped lines out, one at a time.
// The pool starts it from dist/bundle/ (see pool.ts) and gives it the run's options as workerData.
import { parentPort, workerData } from "node:worker_threads";
import type { InputItem } from "./item.js";
import { toMapped, toOutputRecord, type MapOptions } from "./map.js";

const options = workerData as MapOptions;
const port = parentPort;
if (!port) throw new Error("worker.ts runs as a worker thread of batch --jobs");

// the pipeline loads its tables on first use: load them now, so that the clock of
// --timeout-ms starts on the first record, not on the gazetteer
const warmUp = 'Hello from Berlin on Monday. On 3 March 2019, Mr John Smith of the Red Cross told reporters that "about 40 people" had been hurt.';
toOutputRecord({ kind: "record", id: "warm-up", record: { text: warmUp } }, options);

port.on("message", (item: InputItem) => port.postMessage(toMapped(toOutputRecord(item, options))));
port.postMessage("ready");

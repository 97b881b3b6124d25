// What a batch run reports when it ends: the CLI's closing line and `--stats` read it.
import type { BatchErrorRecord } from "./map.js";

export interface BatchSummary {
  /** Records written by this run (not those --resume found done). */
  records: number;
  errors: number;
  errorsByCode: Record<string, number>;
  seconds: number;
  firstError: BatchErrorRecord | null;
  /** --fail-fast stopped the run at `firstError`. */
  stopped: boolean;
  /** Ctrl-C stopped the run; the output ends on a whole line. */
  interrupted: boolean;
  /** Records --resume found already done in the output. */
  resumed: number;
  jobs: number;
  peakRssMb: number;
}

// `batch --stats FILE`: the run's figures as JSON, for dashboards and the benchmark.
// {"records": 2000, "errors": {"total": 3, "byCode": {"timeout": 1, "invalid_json": 2}},
//  "seconds": 41.2, "recordsPerSecond": 48.5, "peakRssMb": 212, "jobs": 2, "resumed": 0}
import type { BatchSummary } from "./summary.js";

export function batchStats(summary: BatchSummary): object {
  return {
    records: summary.records,
    errors: { total: summary.errors, byCode: summary.errorsByCode },
    seconds: round(summary.seconds),
    recordsPerSecond: round(summary.seconds > 0 ? summary.records / summary.seconds : 0),
    peakRssMb: round(summary.peakRssMb),
    jobs: summary.jobs,
    resumed: summary.resumed,
    interrupted: summary.interrupted,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

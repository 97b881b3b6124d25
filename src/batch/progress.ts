// The progress bar of `batch` on a terminal's stderr, redrawn in place at most five times a second:
//   [#########...........]  45%  1,234 records  56.7/s  ETA 0:42  3 errors
// It counts records written. The share is of records when their number is known (every input a
// file that holds one article), else of input bytes read when every input is a file, else there is
// no share, only the count.
import { plural } from "../plural.js";

export interface Progress {
  /** Records written so far. */
  records: number;
  errors: number;
  seconds: number;
  bytesRead: number;
  /** Null when an input is stdin, a folder or a pattern. */
  totalBytes: number | null;
  /** Records this run will write; null when an input is NDJSON, a folder, a pattern or stdin. */
  totalRecords: number | null;
}

const EVERY_MS = 200;
const WIDTH = 20;
// bytes are read ahead of the records written (a small NDJSON file is one read), so a share of
// bytes stops short of 100% until the bar is cleared at the end
const BYTES_SHARE_MAX = 0.99;

export interface ProgressBar {
  update(progress: Progress): void;
  /** Clears the bar before the summary line. */
  done(): void;
}

export function progressBar(stderr: NodeJS.WritableStream): ProgressBar {
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const now = performance.now();
      if (now - drawnAt < EVERY_MS) return;
      drawnAt = now;
      drawn = true;
      stderr.write(`\r\x1b[K${progressLine(progress)}`);
    },
    done() {
      if (drawn) stderr.write("\r\x1b[K");
    },
  };
}

/** How far the run is, from 0 to 1; null when nothing tells. */
export function progressShare({ records, bytesRead, totalBytes, totalRecords }: Progress): number | null {
  if (totalRecords !== null && totalRecords > 0) return Math.min(1, records / totalRecords);
  if (totalBytes !== null && totalBytes > 0) return Math.min(BYTES_SHARE_MAX, bytesRead / totalBytes);
  return null;
}

export function progressLine(progress: Progress): string {
  const { records, errors, seconds } = progress;
  const rate = seconds > 0 ? records / seconds : 0;
  const parts = [plural(records, "record"), `${rate.toFixed(1)}/s`];
  const share = progressShare(progress);
  if (share !== null) {
    // rounded down, so that 199 of 200 records is 99%, not 100%
    const filled = Math.floor(share * WIDTH);
    parts.unshift(`[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`);
    if (share > 0 && share < 1) parts.push(`ETA ${clock((seconds * (1 - share)) / share)}`);
  }
  if (errors > 0) parts.push(plural(errors, "error"));
  return parts.join("  ");
}

// 0:42, 12:05, 1:02:03
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

// The progress bar of `batch` on a terminal's stderr, redrawn in place at most five times a second:
//   [#########...........]  45%  1,234 records  56.7/s  ETA 0:42  3 errors
// The total is known in bytes when every input is a file, so the ETA counts bytes read.

export interface Progress {
  records: number;
  errors: number;
  seconds: number;
  bytesRead: number;
  /** Null when an input is stdin, a folder or a pattern. */
  totalBytes: number | null;
}

const EVERY_MS = 200;
const WIDTH = 20;

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

export function progressLine({ records, errors, seconds, bytesRead, totalBytes }: Progress): string {
  const rate = seconds > 0 ? records / seconds : 0;
  const parts = [`${records.toLocaleString("en")} records`, `${rate.toFixed(1)}/s`];
  if (totalBytes !== null && totalBytes > 0) {
    const share = Math.min(1, bytesRead / totalBytes);
    const filled = Math.round(share * WIDTH);
    parts.unshift(`[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`);
    if (share > 0) parts.push(`ETA ${clock((seconds * (1 - share)) / share)}`);
  }
  if (errors > 0) parts.push(`${errors} errors`);
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

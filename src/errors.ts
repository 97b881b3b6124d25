// Exit codes, documented in the README. Only the CLI entry turns these into process exit codes.
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  badInput: 3,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Record-level error codes, as written in `batch` error records. */
export type ErrorCode =
  | "not_found"
  | "unreadable"
  | "binary"
  | "invalid_utf8"
  | "empty"
  | "invalid_json"
  | "invalid_record"
  | "invalid_date"
  /** Larger than `batch --max-bytes`. */
  | "oversize"
  /** Took longer than `batch --timeout-ms`; its worker was stopped and replaced. */
  | "timeout"
  /** Ended its worker (out of `--worker-memory-mb`, or a crash); the worker was replaced. */
  | "worker_crash"
  | "internal";

/** A mistake of the caller's, with a one-line message that says what to do. */
export class NewsparseError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly code: ErrorCode | "usage" | "gate_failed" = "internal",
  ) {
    super(message);
    this.name = "NewsparseError";
  }
}

export const usageError = (message: string) => new NewsparseError(message, EXIT.usage, "usage");
export const inputError = (code: ErrorCode, message: string) => new NewsparseError(message, EXIT.badInput, code);

// Exit codes, documented in the README. Only the CLI entry turns these into process exit codes.
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  badInput: 3,
  internal: 70,
  /** An output that could not be written or created (sysexits' EX_IOERR): a full disk, a missing folder. */
  ioError: 74,
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
    readonly code: ErrorCode | "usage" | "gate_failed" | "io_error" = "internal",
  ) {
    super(message);
    this.name = "NewsparseError";
  }
}

export const usageError = (message: string) => new NewsparseError(message, EXIT.usage, "usage");
export const inputError = (code: ErrorCode, message: string) => new NewsparseError(message, EXIT.badInput, code);

/** `--out o.ndjson: cannot write (no space left on device)`: names the output and what the system said. */
export const ioError = (output: string, error: unknown) => new NewsparseError(`${output}: cannot write (${systemReason(error)})`, EXIT.ioError, "io_error");

const REASONS: Record<string, string> = {
  ENOENT: "no such folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EEXIST: "it exists and is not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  ELOOP: "it is a symbolic link",
  EIO: "input/output error",
};

/** What a failed system call means to a user: `no space left on device` for ENOSPC. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code]!;
  return code ?? (error instanceof Error ? error.message : String(error));
}

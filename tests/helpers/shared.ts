// ../shared beside the clone holds what the repository does not: the seed article and the development
// corpora (NEWSPARSE_SHARED points elsewhere, as for the scripts). Tests that read it are skipped where
// it is absent, and tests/setup/shared.ts says so once per run.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const SHARED = process.env.NEWSPARSE_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared");

export const sharedAbsent = !existsSync(SHARED);

/** A file under ../shared: `sharedPath("seed", "raqqa-2017-10-08.txt")`. */
export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);

// ../shared beside the clone: the seed article and the development corpora, which the repository does
// not hold (NEWSPARSE_SHARED points elsewhere).
import { join } from "node:path";

export const SHARED = process.env.NEWSPARSE_SHARED ?? join(import.meta.dirname, "..", "..", "shared");

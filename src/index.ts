// The library entry: `import { parseArticle } from "newsparse"`.
export { parseArticle, runPipeline } from "./pipeline/run.js";
export { readDocument, type DocOptions } from "./read/document.js";
export * from "./schema.js";

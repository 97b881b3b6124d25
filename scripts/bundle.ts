// The shipped CLI, its batch worker and the library entry as one file each: a fresh process then
// reads two files instead of resolving some 300 modules, which is most of a short article's wall
// time, and calls between modules become calls between plain functions (the library runs about a
// sixth faster bundled than as tsc wrote it). tsc still writes the type declarations.
// The bundles sit in dist/bundle/, two levels below the root like the sources, so data/ and models/
// resolve the same way; the CLI finds its worker beside it (src/batch/pool.ts).
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli.ts", worker: "src/batch/worker.ts", index: "src/index.ts" },
  outdir: "dist/bundle",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // esbuild 0.28 rewrites every `/\p{L}/u` literal for node20 as `new RegExp("\\p{L}", "u")` where it
  // stands, so a literal inside a function is compiled again on each call (4-5 times slower); Node has
  // read Unicode property escapes since version 10
  supported: { "regexp-unicode-property-escapes": true },
  // a few dependencies are CommonJS: give them `require` inside the ES module
  banner: { js: "import { createRequire as __newsparseRequire } from 'node:module'; const require = __newsparseRequire(import.meta.url);" },
  logLevel: "warning",
});

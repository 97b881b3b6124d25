// The library's type declarations as one file beside its bundle (dist/bundle/index.d.ts), so the
// package ships one declaration file instead of one per source module. Packages stay imports (the
// plugin inlines only our own modules): the exported schemas are Zod objects, typed by zod's own
// declarations, which is why zod is in `dependencies` although the bundles carry their own copy.
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

const bundle = await rollup({
  input: "src/index.ts",
  plugins: [dts({ tsconfig: "tsconfig.json" })],
});
await bundle.write({ file: "dist/bundle/index.d.ts", format: "es" });
await bundle.close();

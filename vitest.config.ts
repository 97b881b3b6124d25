import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the CLI tests run the built binary: build it once, before any test file
    globalSetup: ["tests/setup/build.ts"],
    // subprocesses (node start-up + compromise) are slow next to in-process calls
    testTimeout: 30_000,
  },
});

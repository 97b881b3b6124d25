import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // the CLI tests run the built binary: build it once, before any test file
    globalSetup: ["tests/setup/build.ts"],
    // subprocesses (node start-up + compromise) are slow next to in-process calls, and while
    // they run, other files' setup hooks (loading the gazetteer) wait for the CPU too
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

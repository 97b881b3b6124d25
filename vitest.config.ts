import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // dist/, data/ and models/ are built once before any test file, and only when a source changed
    globalSetup: ["tests/setup/build.ts", "tests/setup/shared.ts"],
    projects: [
      // in process: the extractors, refiners, scorer and the CLI's argument tables through main(argv, io)
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // the built CLI as a subprocess, the way a user runs it
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"] } },
    ],
    // subprocesses (node start-up + compromise) are slow next to in-process calls, and while
    // they run, other files' setup hooks (loading the gazetteer) wait for the CPU too
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Many end-to-end tests mostly wait (a spawned process, Telegram's pace): on two cores,
    // three files at once finish sooner than two.
    maxWorkers: 3,
    // Each worker loads chibo's modules once for all its files, not once a file: that load was
    // 150 s of the workers' 200 (docs/performance.md). What modules keep between files are
    // caches of answers that never change; state lives in each test's database and app.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

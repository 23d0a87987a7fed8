import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Many end-to-end tests mostly wait (a spawned process, Telegram's pace): on two cores,
    // three files at once finish sooner than two.
    maxWorkers: 3,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

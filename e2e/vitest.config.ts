import { defineConfig } from "vitest/config";

// Browser tests: one server (built web app, embedded database with demo data) for the whole run,
// driven by Debian's chromium through playwright-core.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});

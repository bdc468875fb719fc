import { defineConfig } from "vitest/config";

// Unit tests (packages) and integration tests (server, against a real PostgreSQL: PGlite by default,
// a server when DATABASE_URL is set). Browser tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/server/src/**/*.test.ts"],
    globalSetup: ["apps/server/test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

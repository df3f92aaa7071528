import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server Component bundle; tests run server code directly.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Tests that start `next start` need a production build: npm test runs them after building.
    include: process.env.VITEST_AFTER_BUILD ? ["**/*.after-build.test.ts"] : ["**/*.test.ts", "**/*.test.tsx"],
    exclude: [
      "node_modules/**",
      ".next*/**",
      "e2e/**",
      ".data/**",
      ...(process.env.VITEST_AFTER_BUILD ? [] : ["**/*.after-build.test.ts"]),
    ],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry and the machine has 2 cores.
    maxWorkers: 2,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) },
      // "server-only" throws outside a React Server bundle; in unit tests the code runs in Node.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "app/**/*.test.ts",
      "components/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 20_000,
    pool: "forks",
  },
});

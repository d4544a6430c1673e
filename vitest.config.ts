import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": `${root}/test/support/server-only-stub.ts`,
      // pages and actions called outside Next: the real catalogue and language choice without Next's request scope
      "next-intl/server": `${root}/test/support/next-intl-server.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts", "test/**/*.int.test.ts"],
          globalSetup: ["./test/support/integration-setup.ts"],
          environment: "node",
          // each file gets its own database; 2 cores: keep the pool small. The embedded database (no DATABASE_URL)
          // must see one connection at a time (test/support/database.ts), so its files run one after another.
          maxWorkers: process.env.DATABASE_URL ? 2 : 1,
          testTimeout: 30_000,
          // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; inlined, Vite resolves it
          server: { deps: { inline: ["next-auth"] } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

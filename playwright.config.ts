import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive the built app (`next start`) in Debian's Chromium. The server gets its own database:
// E2E_DATABASE_URL (a fresh PostgreSQL database made by scripts/test-all.sh) or, when unset, an in-memory PGlite.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
export const baseURL = `http://127.0.0.1:${port}`;
// Every app server of the end-to-end run signs sessions with this secret (e2e/scale-out.spec.ts starts a second one).
export const e2eAuthSecret = process.env.AUTH_SECRET ?? "e2e-only-secret-not-used-anywhere-else-0123456789";

export default defineConfig({
  testDir: "e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromium },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromium } },
      dependencies: ["setup"],
      testIgnore: /dom-adapter\.spec\.ts/,
    },
    { name: "dom", use: { launchOptions: { executablePath: chromium } }, testMatch: /dom-adapter\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/with-db.mjs --seed node scripts/server.mjs -p ${port}`,
    url: `${baseURL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...(process.env.E2E_DATABASE_URL
        ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
        : { DATABASE_URL: "", PGLITE_DIR: "memory://" }),
      AUTH_SECRET: e2eAuthSecret,
      AUTH_TRUST_HOST: "true",
      PUBLIC_BASE_URL: baseURL,
      ALLOW_PRIVATE_URL_IMPORT: "false",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});

import { defineConfig } from "@playwright/test";

// Runs only the DOM adapter spec, in Chromium, with no app server:
//   npx playwright test e2e/dom-adapter.spec.ts --config e2e/dom.config.ts
export default defineConfig({
  testDir: ".",
  testMatch: /dom-adapter\.spec\.ts/,
  reporter: [["list"]],
  use: {
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
});

import { mkdirSync } from "node:fs";
import { test as setup, expect } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

// Signs each demo account in once through Auth.js's own endpoints (no UI) and keeps the cookies for the specs.
for (const account of DEMO_ACCOUNTS) {
  setup(`sign in ${account.role.toLowerCase()}`, async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const res = await request.post("/api/auth/callback/credentials", {
      form: { email: account.email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/articles" },
    });
    expect(res.ok()).toBeTruthy();
    const session = await (await request.get("/api/auth/session")).json();
    expect(session?.user?.email).toBe(account.email);
    mkdirSync("e2e/.auth", { recursive: true });
    await request.storageState({ path: `e2e/.auth/${account.role.toLowerCase()}.json` });
  });
}

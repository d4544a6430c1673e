import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/test/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { checkCredentials } from "./credentials";
import { MAX_FAILURES_PER_ACCOUNT } from "./rate-limit";

const t = withTestDatabase();
beforeAll(async () => { await seedDemoData(t.db); });

describe("checkCredentials", () => {
  it("accepts the demo password and records the attempt", async () => {
    const result = await checkCredentials("editor@example.org", DEMO_PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "editor@example.org" } });
    expect(await t.db.signInAttempt.count({ where: { email: "editor@example.org", success: true } })).toBe(1);
  });

  it("answers a wrong password and an unknown account with the same message", async () => {
    const wrong = await checkCredentials("admin@example.org", "not-the-password", "10.0.0.2");
    const unknown = await checkCredentials("nobody@example.org", "not-the-password", "10.0.0.2");
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even with the right password, from any address", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await checkCredentials("reviewer@example.org", `wrong-${i}`, `10.0.1.${i}`);
    const locked = await checkCredentials("reviewer@example.org", DEMO_PASSWORD, "10.0.2.1");
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!locked.ok) expect(locked.message).toMatch(/Too many failed sign-in attempts\. Wait \d+ minutes and try again\./);
    // another account is not affected
    expect(await checkCredentials("editor@example.org", DEMO_PASSWORD, "10.0.2.1")).toMatchObject({ ok: true });
  });
});

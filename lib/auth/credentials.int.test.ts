import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { checkCredentials } from "./credentials";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./rate-limit";

const t = withTestDatabase();
beforeAll(async () => { await seedDemoData(t.db); });
afterEach(() => { vi.restoreAllMocks(); });

/** The security log lines written while `run` ran, parsed. */
async function securityLogOf(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  await run();
  return warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>).filter((entry) => entry.kind === "security");
}

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

  it("logs every refused attempt with account and address, never the password", async () => {
    const log = await securityLogOf(async () => {
      await checkCredentials("admin@example.org", "secret-guess-1", "10.0.3.1");
      await checkCredentials("ghost@example.org", "secret-guess-2", "10.0.3.1");
    });
    expect(log).toEqual([
      expect.objectContaining({ event: "sign_in_refused", reason: "wrong_password", email: "admin@example.org", address: "10.0.3.1" }),
      expect.objectContaining({ event: "sign_in_refused", reason: "unknown_account", email: "ghost@example.org", address: "10.0.3.1" }),
    ]);
    expect(JSON.stringify(log)).not.toMatch(/secret-guess/);
  });

  it("slows one address guessing many accounts, and logs the refusals", async () => {
    const address = "10.0.4.1";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await checkCredentials(`spray-${i}@example.org`, "password1", address);
    const log = await securityLogOf(async () => {
      const refused = await checkCredentials("editor@example.org", DEMO_PASSWORD, address);
      expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    });
    expect(log).toEqual([expect.objectContaining({ reason: "rate_limited", limit: "address", email: "editor@example.org", address })]);
    expect(await t.db.signInAttempt.count({ where: { ip: address, success: false } })).toBe(MAX_FAILURES_PER_ADDRESS + 1);
    // the same account from another address is not held back by this one
    expect(await checkCredentials("editor@example.org", DEMO_PASSWORD, "10.0.4.2")).toMatchObject({ ok: true });
  });
});

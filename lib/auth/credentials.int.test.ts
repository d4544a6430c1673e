import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { hash } from "@node-rs/argon2";
import { checkCredentials } from "./credentials";
import { hashSettingsOf, PASSWORD_HASH_OPTIONS, verifyPassword } from "./passwords";
import { THROTTLE_RULES } from "./throttle";

const signIn = THROTTLE_RULES["sign-in"];
const MAX_FAILURES_PER_ADDRESS = signIn.address.free;

const t = withTestDatabase();

/** Moves this account+address's tries `ms` into the past, as if that much time had gone by. */
async function pushIntoPast(email: string, address: string, ms: number) {
  await t.db
    .$executeRaw`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - make_interval(secs => ${ms / 1000}) WHERE email = ${email} AND ip = ${address}`;
}
beforeAll(async () => {
  await seedDemoData(t.db);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The security log lines written while `run` ran, parsed. */
async function securityLogOf(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  await run();
  return warn.mock.calls
    .map(([line]) => JSON.parse(String(line)) as Record<string, unknown>)
    .filter((entry) => entry.kind === "security");
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

  // Finding 5 (issue 13): five wrong passwords made the right one fail from anywhere, and refused tries counted
  // again, so anyone could keep an editor out for good.
  it("the right password from an address with no recent failures works while another address hammers the account", async () => {
    const attacker = "10.0.1.1";
    for (let i = 0; i < 30; i++) await checkCredentials("reviewer@example.org", `wrong-${i}`, attacker);
    expect(await checkCredentials("reviewer@example.org", DEMO_PASSWORD, "10.0.2.1")).toMatchObject({ ok: true });
    // the attacker's own address is slowed down: refused tries left no row and verified no password
    expect(await t.db.signInAttempt.count({ where: { email: "reviewer@example.org", ip: attacker } })).toBe(
      signIn.accountAddress.free,
    );
    const held = await checkCredentials("reviewer@example.org", DEMO_PASSWORD, attacker);
    expect(held).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!held.ok)
      expect(held.message).toMatch(/^Too many failed sign-in attempts from here\. Wait \d+ seconds and try again\.$/);
  });

  it("delays grow instead of locking, and tries refused while waiting do not extend the wait", async () => {
    const email = "editor@example.org",
      address = "10.0.5.1";
    for (let i = 0; i < signIn.accountAddress.free; i++) await checkCredentials(email, `wrong-${i}`, address);
    const waiting = async () => {
      const refused = await checkCredentials(email, "wrong-again", address);
      return refused.ok ? null : refused.reason;
    };
    for (let i = 0; i < 10; i++) expect(await waiting()).toBe("rate_limited");
    const rows = await t.db.signInAttempt.findMany({
      where: { email, ip: address },
      select: { id: true, createdAt: true },
    });
    expect(rows).toHaveLength(signIn.accountAddress.free);
    // once the first wait is over (moved into the past here), one more try is verified: a delay, not a lock
    await pushIntoPast(email, address, signIn.accountAddress.baseDelayMs);
    expect(await checkCredentials(email, DEMO_PASSWORD, address)).toMatchObject({ ok: true });
    // and a success there starts the count over
    expect(await checkCredentials(email, "wrong-after-success", address)).toMatchObject({
      ok: false,
      reason: "invalid",
    });
  });

  it("a burst of parallel tries from one address cannot slip past the allowance together", async () => {
    const email = "admin@example.org",
      address = "10.0.6.1";
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => checkCredentials(email, `parallel-${i}`, address)),
    );
    // each try is counted before its password is verified, so the tries in flight see each other
    const verified = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(verified).toBeLessThanOrEqual(signIn.accountAddress.free);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(16 - verified);
    expect(await t.db.signInAttempt.count({ where: { email, ip: address } })).toBe(verified);
  });

  it("refuses a deactivated member with the right password, and says why only to them", async () => {
    const email = "reviewer@example.org";
    await t.db.membership.updateMany({ where: { user: { email } }, data: { deactivatedAt: new Date() } });
    try {
      expect(await checkCredentials(email, DEMO_PASSWORD, "10.0.7.1")).toMatchObject({
        ok: false,
        reason: "deactivated",
      });
      expect(await checkCredentials(email, "not-the-password", "10.0.7.1")).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    } finally {
      await t.db.membership.updateMany({ where: { user: { email } }, data: { deactivatedAt: null } });
    }
    expect(await checkCredentials(email, DEMO_PASSWORD, "10.0.7.1")).toMatchObject({ ok: true });
  });

  it("logs every refused attempt with account and address, never the password", async () => {
    const log = await securityLogOf(async () => {
      await checkCredentials("admin@example.org", "secret-guess-1", "10.0.3.1");
      await checkCredentials("ghost@example.org", "secret-guess-2", "10.0.3.1");
    });
    expect(log).toEqual([
      expect.objectContaining({
        event: "sign_in_refused",
        reason: "wrong_password",
        email: "admin@example.org",
        address: "10.0.3.1",
      }),
      expect.objectContaining({
        event: "sign_in_refused",
        reason: "unknown_account",
        email: "ghost@example.org",
        address: "10.0.3.1",
      }),
    ]);
    expect(JSON.stringify(log)).not.toMatch(/secret-guess/);
  });

  it("slows one address guessing many accounts, and logs the refusals", async () => {
    const address = "10.0.4.1";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++)
      await checkCredentials(`spray-${i}@example.org`, "password1", address);
    const log = await securityLogOf(async () => {
      const refused = await checkCredentials("editor@example.org", DEMO_PASSWORD, address);
      expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    });
    expect(log).toEqual([
      expect.objectContaining({ reason: "rate_limited", limit: "address", email: "editor@example.org", address }),
    ]);
    expect(await t.db.signInAttempt.count({ where: { ip: address, success: false } })).toBe(MAX_FAILURES_PER_ADDRESS);
    // the same account from another address is not held back by this one
    expect(await checkCredentials("editor@example.org", DEMO_PASSWORD, "10.0.4.2")).toMatchObject({ ok: true });
  });

  // issue 17: hash settings can change (never below OWASP's minimum) without locking anyone out: an older hash still
  // verifies and is replaced by one with today's settings at its owner's next sign-in, not before
  it("replaces a hash made with older settings at the next successful sign-in", async () => {
    const email = "admin@example.org";
    const older = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1 });
    await t.db.user.update({ where: { email }, data: { passwordHash: older } });
    const stored = async () => (await t.db.user.findUniqueOrThrow({ where: { email } })).passwordHash;

    expect(await checkCredentials(email, "not-the-password", "10.0.8.1")).toMatchObject({ ok: false });
    expect(await stored()).toBe(older);

    expect(await checkCredentials(email, DEMO_PASSWORD, "10.0.8.1")).toMatchObject({ ok: true });
    const upgraded = await stored();
    expect(hashSettingsOf(upgraded)).toMatchObject({
      variant: "argon2id",
      memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
      timeCost: PASSWORD_HASH_OPTIONS.timeCost,
    });
    expect(await verifyPassword(upgraded, DEMO_PASSWORD)).toBe(true);

    // a current hash is left alone
    expect(await checkCredentials(email, DEMO_PASSWORD, "10.0.8.1")).toMatchObject({ ok: true });
    expect(await stored()).toBe(upgraded);
  });
});

import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { isSetupNeeded, loadSetupLinkState } from "./data";
import { completeSetup, createSetupTokenIfEmpty } from "./mutations";

// First run on an empty database (this file's fresh schema has no organization).

const t = withTestDatabase();
const PASSWORD = "a long enough passphrase";
const input = (token: string, n: number) => ({
  token,
  orgName: `Desk ${n}`,
  slug: `desk-${n}`,
  name: `Admin ${n}`,
  email: `admin${n}@newsroom.example`,
  password: PASSWORD,
});

describe("first-run setup", () => {
  it("refuses a made-up link on an empty instance, creating nothing", async () => {
    expect(await isSetupNeeded()).toBe(true);
    await expect(completeSetup(input("x".repeat(43), 0))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(completeSetup(input("<script>", 0))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.organization.count()).toBe(0);
    expect(await t.db.user.count()).toBe(0);
  });

  it("stores only the hash of the printed token", async () => {
    const token = (await createSetupTokenIfEmpty())!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.setupToken.findMany();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await loadSetupLinkState(token)).toBe("valid");
  });

  it("two people submitting two links at once: one organization, and every link is used up", async () => {
    const [a, b] = [(await createSetupTokenIfEmpty())!, (await createSetupTokenIfEmpty())!];
    const results = await Promise.allSettled([completeSetup(input(a, 1)), completeSetup(input(b, 2))]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already set up") });

    const orgs = await t.db.organization.findMany({
      include: { memberships: { include: { user: true } }, scales: { include: { options: true } } },
    });
    expect(orgs).toHaveLength(1);
    const [org] = orgs;
    expect(org.memberships).toHaveLength(1);
    expect(org.memberships[0].role).toBe("ADMIN");
    expect(await verifyPassword(org.memberships[0].user.passwordHash, PASSWORD)).toBe(true);
    expect(org.defaultScaleId).toBe(org.scales[0].id);
    expect(org.scales[0].options.length).toBeGreaterThan(2);
    expect(await t.db.setupToken.count({ where: { usedAt: null } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { orgId: org.id, action: "organization.created" } })).toBe(1);
  });

  it("after setup no new link is made and old links say the instance is set up", async () => {
    expect(await createSetupTokenIfEmpty()).toBeNull();
    expect(await isSetupNeeded()).toBe(false);
    expect(await loadSetupLinkState("y".repeat(43))).toBe("done");
  });
});

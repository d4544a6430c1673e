import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { isVerificationDummyReady } from "./passwords";
import { warmUpSignIn } from "./warm-up";

const t = withTestDatabase();

describe("warmUpSignIn", () => {
  // issue 17: the first sign-in after a start paid for every first statement, argon2's dummy hash and the first token
  it("runs the sign-in's reads and no-op writes at start, writing nothing and signing nobody in", async () => {
    await seedDemoData(t.db);
    const now = new Date();
    // a stale session of someone else, and an old attempt: the warm-up must leave both alone
    const user = await t.db.user.findFirstOrThrow();
    await t.db.session.create({
      data: { id: "stale-session", userId: user.id, expiresAt: new Date(now.getTime() - 1000) },
    });
    await t.db.signInAttempt.create({ data: { email: user.email, ip: "10.9.9.9", success: false } });
    const counts = async () => ({
      sessions: await t.db.session.count(),
      attempts: await t.db.signInAttempt.count({ where: { success: false } }),
      hashes: (await t.db.user.findMany({ select: { passwordHash: true }, orderBy: { id: "asc" } })).map(
        (u) => u.passwordHash,
      ),
    });
    const before = await counts();
    expect(isVerificationDummyReady()).toBe(false);

    await warmUpSignIn();

    expect(await counts()).toEqual(before);
    expect(isVerificationDummyReady()).toBe(true); // the first unknown account is not a hash slower than a known one
  });
});

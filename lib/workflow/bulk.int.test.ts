import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { createWorld, type World } from "@/test/support/test-world";
import { applyToClaims } from "./bulk";

// Bulk actions on real PostgreSQL (issue 17): each claim goes through the single-claim rules and gets its own audit
// row; one refusal leaves the others done.
const t = withTestDatabase();
let w: World;
beforeAll(async () => {
  w = await createWorld(t.db);
});
const actor = (role: "REVIEWER" | "EDITOR" | "ADMIN") => ({ userId: w.ours.users[role].id, orgId: w.ours.orgId });
const itemsOf = (claims: { id: string; lockVersion: number }[]) =>
  claims.map((c) => ({ claimId: c.id, lockVersion: c.lockVersion }));
const stateOf = async (id: string) => (await t.db.claim.findUniqueOrThrow({ where: { id } })).state;

describe("bulk approve", () => {
  it("approves the claims an editor may approve and refuses, with the reason, those whose verdict they wrote", async () => {
    const others = [
      await w.freshClaim({ state: "IN_REVIEW", verdictBy: "REVIEWER" }),
      await w.freshClaim({ state: "IN_REVIEW", verdictBy: "ADMIN" }),
    ];
    const own = await w.freshClaim({ state: "IN_REVIEW", verdictBy: "EDITOR" });
    const { outcomes } = await applyToClaims(actor("EDITOR"), w.ours.articleId, "approve", itemsOf([...others, own]));

    expect(outcomes).toEqual([
      { claimId: others[0].id, ok: true },
      { claimId: others[1].id, ok: true },
      { claimId: own.id, ok: false, reason: "You wrote this verdict, so someone else must approve it." },
    ]);
    for (const c of others) expect(await stateOf(c.id)).toBe("APPROVED");
    expect(await stateOf(own.id)).toBe("IN_REVIEW");
    const audit = await t.db.auditEvent.findMany({
      where: { claimId: { in: [...others, own].map((c) => c.id) }, action: "claim.approved" },
    });
    expect(audit.map((a) => a.claimId).sort()).toEqual(others.map((c) => c.id).sort());
    expect(audit.every((a) => a.actorId === w.ours.users.EDITOR.id)).toBe(true);
  });

  it("refuses a claim edited since it was selected (stale lockVersion), and only that one", async () => {
    const fresh = await w.freshClaim({ state: "IN_REVIEW" });
    const stale = await w.freshClaim({ state: "IN_REVIEW" });
    await t.db.claim.update({ where: { id: stale.id }, data: { lockVersion: { increment: 1 } } });
    const { outcomes } = await applyToClaims(actor("EDITOR"), w.ours.articleId, "approve", itemsOf([fresh, stale]));

    expect(outcomes[0]).toEqual({ claimId: fresh.id, ok: true });
    expect(outcomes[1]).toMatchObject({ claimId: stale.id, ok: false, reason: expect.stringContaining("colleague") });
    expect(await stateOf(fresh.id)).toBe("APPROVED");
    expect(await stateOf(stale.id)).toBe("IN_REVIEW");
    expect(await t.db.approval.count({ where: { claimId: stale.id } })).toBe(0);
  });

  it("answers NOT_FOUND for another organization's article, and changes none of its claims", async () => {
    const theirClaim = await t.db.claim.findFirstOrThrow({
      where: { orgId: w.theirs.orgId, state: "IN_REVIEW" },
      select: { id: true, articleId: true, lockVersion: true },
    });
    await expect(
      applyToClaims(actor("EDITOR"), theirClaim.articleId, "approve", itemsOf([theirClaim])),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOf(theirClaim.id)).toBe("IN_REVIEW");
  });

  it("refuses another organization's claim ids sent with our article as not found, without naming them", async () => {
    const theirClaim = await t.db.claim.findFirstOrThrow({
      where: { orgId: w.theirs.orgId, state: "IN_REVIEW" },
      select: { id: true, lockVersion: true },
    });
    const ours = await w.freshClaim({ state: "IN_REVIEW" });
    const { outcomes } = await applyToClaims(actor("EDITOR"), w.ours.articleId, "approve", itemsOf([theirClaim, ours]));
    expect(outcomes).toEqual([
      { claimId: theirClaim.id, ok: false, reason: "This claim is not in this article any more." },
      { claimId: ours.id, ok: true },
    ]);
    expect(await stateOf(theirClaim.id)).toBe("IN_REVIEW");
    expect(await t.db.approval.count({ where: { claimId: theirClaim.id } })).toBe(0);
  });

  it("approves each claim exactly once when two editors bulk-approve the same claims at the same moment", async () => {
    const claims = [];
    for (let i = 0; i < 6; i++) claims.push(await w.freshClaim({ state: "IN_REVIEW", verdictBy: "REVIEWER" }));
    const [a, b] = await Promise.all([
      applyToClaims(actor("EDITOR"), w.ours.articleId, "approve", itemsOf(claims)),
      applyToClaims(actor("ADMIN"), w.ours.articleId, "approve", itemsOf(claims)),
    ]);
    for (const [i, c] of claims.entries()) {
      expect(await stateOf(c.id)).toBe("APPROVED");
      expect([a.outcomes[i].ok, b.outcomes[i].ok].filter(Boolean)).toHaveLength(1);
      expect(await t.db.approval.count({ where: { claimId: c.id } })).toBe(1);
      const changes = await t.db.auditEvent.count({ where: { claimId: c.id, action: "claim.state_changed" } });
      expect(changes).toBe(1);
    }
  });
});

describe("bulk submit, request changes and assign", () => {
  it("submits drafts with a verdict and refuses one without, saying why", async () => {
    const ready = await w.freshClaim({ state: "DRAFT" });
    const bare = await w.freshClaim({ state: "DRAFT", verdictBy: null });
    const { outcomes } = await applyToClaims(actor("REVIEWER"), w.ours.articleId, "submit", itemsOf([ready, bare]));
    expect(outcomes).toEqual([
      { claimId: ready.id, ok: true },
      { claimId: bare.id, ok: false, reason: "Choose a verdict before submitting the claim for review." },
    ]);
    expect(await stateOf(ready.id)).toBe("IN_REVIEW");
    expect(await stateOf(bare.id)).toBe("DRAFT");
  });

  it("sends claims back with one audit row each and groups the notifications", async () => {
    const claims = [await w.freshClaim({ state: "IN_REVIEW" }), await w.freshClaim({ state: "IN_REVIEW" })];
    const { outcomes } = await applyToClaims(actor("EDITOR"), w.ours.articleId, "request_changes", itemsOf(claims));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const c of claims) {
      expect(await stateOf(c.id)).toBe("DRAFT");
      expect(await t.db.auditEvent.count({ where: { claimId: c.id, action: "claim.state_changed" } })).toBe(1);
    }
    const groups = await t.db.notification.findMany({
      where: {
        userId: w.ours.users.REVIEWER.id,
        actorId: w.ours.users.EDITOR.id,
        articleId: w.ours.articleId,
        kind: "changes_requested",
        readAt: null,
      },
    });
    expect(groups.map((g) => g.count)).toEqual([2]);
  });

  it("assigns claims to a member, and refuses someone outside the organization as a whole", async () => {
    const claims = [await w.freshClaim(), await w.freshClaim()];
    const { outcomes } = await applyToClaims(
      actor("REVIEWER"),
      w.ours.articleId,
      "assign",
      itemsOf(claims),
      w.ours.users.EDITOR.id,
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const c of claims)
      expect((await t.db.claim.findUniqueOrThrow({ where: { id: c.id } })).assigneeId).toBe(w.ours.users.EDITOR.id);
    await expect(
      applyToClaims(actor("REVIEWER"), w.ours.articleId, "assign", itemsOf(claims), w.theirs.users.ADMIN.id),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});

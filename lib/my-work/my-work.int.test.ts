import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createComment, setThreadResolved } from "@/lib/discussion/mutations";
import { approveClaim } from "@/lib/workflow/mutations";
import { loadMyWork } from "./data";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
type Role = "ADMIN" | "EDITOR" | "REVIEWER";
const viewer = (role: Role, d = demo) => ({ userId: d.users[role].id, orgId: d.orgId, role });
const actor = (role: Role) => ({ userId: demo.users[role].id, orgId: demo.orgId });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("my work", () => {
  it("lists a reviewer's unpublished assigned claims and hides the editors' sections", async () => {
    const inReview = await t.db.claim.findMany({
      where: { orgId: demo.orgId, state: "IN_REVIEW" },
      select: { id: true },
    });
    const work = await loadMyWork(viewer("REVIEWER"));
    expect(work.canApprove).toBe(false);
    expect(work.assigned.map((i) => i.claimId).sort()).toEqual(inReview.map((c) => c.id).sort()); // the seed's published claims are done
    expect(work.assigned[0].href).toBe(`/articles/${demo.articleId}?claim=${work.assigned[0].claimId}`);
    expect(work.awaitingApproval).toEqual([]);
    expect(work.inReview).toEqual([]);
  });

  it("shows an editor what waits for their approval until they approve this version", async () => {
    const [claim] = await t.db.claim.findMany({
      where: { orgId: demo.orgId, state: "IN_REVIEW" },
      select: { id: true },
    });
    let work = await loadMyWork(viewer("EDITOR"));
    expect(work.awaitingApproval.map((i) => i.claimId)).toContain(claim.id);
    expect(work.inReview.map((i) => i.claimId)).toContain(claim.id);
    expect(work.inReview.find((i) => i.claimId === claim.id)).toMatchObject({
      detail: "Verdict by Riley Reviewer",
      articleTitle: expect.stringContaining("Trump"),
    });
    await t.db.organization.update({ where: { id: demo.orgId }, data: { requiredApprovals: 2 } });
    await approveClaim(actor("EDITOR"), claim.id);
    work = await loadMyWork(viewer("EDITOR"));
    expect(work.awaitingApproval.map((i) => i.claimId)).not.toContain(claim.id);
    expect(work.inReview.map((i) => i.claimId)).toContain(claim.id); // one more approval needed
    expect((await loadMyWork(viewer("ADMIN"))).awaitingApproval.map((i) => i.claimId)).toContain(claim.id);
    await t.db.claim.update({ where: { id: claim.id }, data: { lockVersion: { increment: 1 } } }); // edited since
    expect((await loadMyWork(viewer("EDITOR"))).awaitingApproval.map((i) => i.claimId)).toContain(claim.id);
    expect((await loadMyWork(viewer("REVIEWER", demo))).awaitingApproval).toEqual([]); // their own verdict
  });

  it("lists open threads that mention me, once per thread, until resolved", async () => {
    const root = await createComment(actor("REVIEWER"), {
      claimId: demo.claimIds[0],
      parentId: null,
      body: "@editor first",
    });
    await createComment(actor("ADMIN"), { claimId: demo.claimIds[0], parentId: root.id, body: "@editor second" });
    await createComment(actor("REVIEWER"), { claimId: demo.claimIds[1], parentId: null, body: "@admin not you" });
    let mentioned = (await loadMyWork(viewer("EDITOR"))).mentioned;
    expect(mentioned).toHaveLength(1);
    expect(mentioned[0]).toMatchObject({ claimId: demo.claimIds[0], detail: "Alex Admin: “@editor second”" });
    await setThreadResolved(actor("REVIEWER"), root.id, true);
    mentioned = (await loadMyWork(viewer("EDITOR"))).mentioned;
    expect(mentioned).toEqual([]);
    expect((await loadMyWork(viewer("EDITOR", other))).mentioned).toEqual([]);
  });
});

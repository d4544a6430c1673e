import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createComment, setThreadResolved } from "@/lib/discussion/mutations";
import { approveClaim } from "@/lib/workflow/mutations";
import { encodeCursor } from "@/lib/lists/cursor";
import { loadMyWork } from "./data";
import { parseMyWorkParams } from "./query";

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
    expect(work.assigned.items.map((i) => i.claimId).sort()).toEqual(inReview.map((c) => c.id).sort()); // the seed's published claims are done
    expect(work.assigned.items[0].href).toBe(`/articles/${demo.articleId}?claim=${work.assigned.items[0].claimId}`);
    expect(work.awaitingApproval).toBeNull();
    expect(work.inReview).toBeNull();
  });

  it("shows an editor what waits for their approval until they approve this version", async () => {
    const [claim] = await t.db.claim.findMany({
      where: { orgId: demo.orgId, state: "IN_REVIEW" },
      select: { id: true },
    });
    let work = await loadMyWork(viewer("EDITOR"));
    expect(work.awaitingApproval!.items.map((i) => i.claimId)).toContain(claim.id);
    expect(work.inReview!.items.map((i) => i.claimId)).toContain(claim.id);
    expect(work.inReview!.items.find((i) => i.claimId === claim.id)).toMatchObject({
      detail: { kind: "verdict", author: "Riley Reviewer" },
      articleTitle: expect.stringContaining("Trump"),
    });
    await t.db.organization.update({ where: { id: demo.orgId }, data: { requiredApprovals: 2 } });
    await approveClaim(actor("EDITOR"), claim.id);
    work = await loadMyWork(viewer("EDITOR"));
    expect(work.awaitingApproval!.items.map((i) => i.claimId)).not.toContain(claim.id);
    expect(work.inReview!.items.map((i) => i.claimId)).toContain(claim.id); // one more approval needed
    expect((await loadMyWork(viewer("ADMIN"))).awaitingApproval!.items.map((i) => i.claimId)).toContain(claim.id);
    await t.db.claim.update({ where: { id: claim.id }, data: { lockVersion: { increment: 1 } } }); // edited since
    expect((await loadMyWork(viewer("EDITOR"))).awaitingApproval!.items.map((i) => i.claimId)).toContain(claim.id);
    expect((await loadMyWork(viewer("REVIEWER", demo))).awaitingApproval).toBeNull(); // reviewers do not approve
  });

  it("lists open threads that mention me, once per thread, until resolved", async () => {
    const root = await createComment(actor("REVIEWER"), {
      claimId: demo.claimIds[0],
      parentId: null,
      body: "@editor first",
    });
    await createComment(actor("ADMIN"), { claimId: demo.claimIds[0], parentId: root.id, body: "@editor second" });
    await createComment(actor("REVIEWER"), { claimId: demo.claimIds[1], parentId: null, body: "@admin not you" });
    let mentioned = (await loadMyWork(viewer("EDITOR"))).mentioned.items;
    expect(mentioned).toHaveLength(1);
    expect(mentioned[0]).toMatchObject({
      claimId: demo.claimIds[0],
      detail: { kind: "mention", actor: "Alex Admin", excerpt: "@editor second" },
    });
    await setThreadResolved(actor("REVIEWER"), root.id, true);
    mentioned = (await loadMyWork(viewer("EDITOR"))).mentioned.items;
    expect(mentioned).toEqual([]);
    expect((await loadMyWork(viewer("EDITOR", other))).mentioned.items).toEqual([]);
  });

  it("pages each list on its own with cursors: every claim once, in order, with the total", async () => {
    const base = await t.db.claim.findUniqueOrThrow({ where: { id: demo.claimIds[0] } });
    const when = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 3))); // threes share a time
    await t.db.claim.createMany({
      data: Array.from({ length: 110 }, (_, i) => ({
        id: `w${String((i * 41) % 1000).padStart(3, "0")}`,
        orgId: demo.orgId,
        articleId: demo.articleId,
        versionId: demo.versionId,
        selectors: [],
        quote: `Work item ${i}`,
        start: base.start,
        end: base.end,
        state: i % 2 ? ("IN_REVIEW" as const) : ("DRAFT" as const),
        assigneeId: demo.users.REVIEWER.id,
        createdById: demo.users.REVIEWER.id,
        createdAt: when(i),
        updatedAt: when(i),
      })),
    });
    const readAll = async (who: ReturnType<typeof viewer>, section: "assigned" | "review") => {
      const seen: string[] = [];
      let params: Record<string, string> = {};
      for (let i = 0; i < 10; i++) {
        const query = parseMyWorkParams(params);
        expect(query.notices).toEqual([]);
        const work = await loadMyWork(who, query);
        const page = section === "assigned" ? work.assigned : work.inReview!;
        expect(page.offset).toBe(seen.length);
        seen.push(...page.items.map((item) => item.claimId));
        if (!page.links.after) return { seen, total: page.total };
        params = { [`${section}After`]: encodeCursor(page.links.after) };
      }
      throw new Error("more pages than rows");
    };
    const assigned = await t.db.claim.findMany({
      where: { orgId: demo.orgId, assigneeId: demo.users.REVIEWER.id, state: { notIn: ["PUBLISHED", "CORRECTED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(assigned.length).toBeGreaterThan(100);
    expect(await readAll(viewer("REVIEWER"), "assigned")).toEqual({
      seen: assigned.map((c) => c.id),
      total: assigned.length,
    });
    // in review, longest waiting first: the generated ones (2026-01-01) before the seed's (created today)
    const { seen, total } = await readAll(viewer("EDITOR"), "review");
    const inReview = await t.db.claim.count({ where: { orgId: demo.orgId, state: "IN_REVIEW", deletedAt: null } });
    expect(total).toBe(inReview);
    expect(new Set(seen).size).toBe(inReview);
    expect(seen.slice(0, 3)).toEqual(["w041", "w123", "w205"]); // i = 1 at 00:00, then 3 and 5 at 00:01 by id
    expect((await loadMyWork(viewer("EDITOR", other))).inReview!.items.some((i) => i.claimId.startsWith("w"))).toBe(
      false,
    );
    // Previous from the second page is the first page; a damaged link is the first page with a notice
    const first = (await loadMyWork(viewer("REVIEWER"))).assigned;
    const second = (
      await loadMyWork(viewer("REVIEWER"), parseMyWorkParams({ assignedAfter: encodeCursor(first.links.after!) }))
    ).assigned;
    const back = (
      await loadMyWork(viewer("REVIEWER"), parseMyWorkParams({ assignedBefore: encodeCursor(second.links.before!) }))
    ).assigned;
    expect(back.items.map((i) => i.claimId)).toEqual(first.items.map((i) => i.claimId));
    const damaged = parseMyWorkParams({ reviewAfter: "nonsense", assignedAfter: encodeCursor(first.links.after!) });
    expect(damaged.notices).toHaveLength(1);
    expect(damaged.pages.review).toEqual({ direction: null, cursor: null });
    expect(damaged.pages.assigned.direction).toBe("after");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { assignClaim, findAssigneeOptions } from "@/lib/workflow/assign";
import { createComment, deleteComment, setThreadResolved } from "./mutations";
import { loadDiscussion } from "./data";
import { createCommentSchema } from "./schema";
import { issueMessage } from "@/lib/validation/issue-message";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const as = (d: typeof demo, role: "ADMIN" | "EDITOR" | "REVIEWER") => ({ userId: d.users[role].id, orgId: d.orgId });
const comment = (
  actor: { userId: string; orgId: string },
  claimId: string,
  body: string,
  parentId: string | null = null,
) => createComment(actor, createCommentSchema.parse({ claimId, parentId, body }));
const notificationsOf = (userId: string, claimId: string) =>
  t.db.notification.findMany({ where: { userId, claimId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("mentions", () => {
  it("notify the mentioned members only: not the author, not strangers, not other organizations' namesakes", async () => {
    const claimId = demo.claimIds[0];
    const created = await comment(
      as(demo, "REVIEWER"),
      claimId,
      "@editor can you check the treaty? cc @reviewer @nobody, mail admin@example.org",
    );
    expect(created.mentionedUserIds).toEqual([demo.users.EDITOR.id]);
    const [toEditor] = await notificationsOf(demo.users.EDITOR.id, claimId);
    expect(toEditor).toMatchObject({
      kind: "mention",
      actorId: demo.users.REVIEWER.id,
      articleId: demo.articleId,
      orgId: demo.orgId,
      readAt: null,
    });
    // the message names the article (lib/notifications/messages.test.ts words it)
    expect(toEditor.message).toMatch(
      /^Riley Reviewer mentioned you: “@editor can you check the treaty\? cc @reviewer @nobody, mail admin@example\.org” in ‘.+’$/,
    );
    expect(await notificationsOf(demo.users.REVIEWER.id, claimId)).toEqual([]);
    expect(await notificationsOf(demo.users.ADMIN.id, claimId)).toEqual([]);
    expect(await t.db.notification.count({ where: { orgId: other.orgId } })).toBe(0);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "comment.created" },
    });
    expect(audit).toMatchObject({
      actorId: demo.users.REVIEWER.id,
      claimId,
      entityType: "comment",
      after: { mentionedUserIds: [demo.users.EDITOR.id] },
    });
  });

  it("resolve name handles too, and leave a comment without mentions silent", async () => {
    const claimId = demo.claimIds[1];
    await comment(as(demo, "EDITOR"), claimId, "@alex.admin and @Riley.Reviewer: agreed?");
    expect((await notificationsOf(demo.users.ADMIN.id, claimId)).map((n) => n.kind)).toEqual(["mention"]);
    expect((await notificationsOf(demo.users.REVIEWER.id, claimId)).map((n) => n.kind)).toEqual(["mention"]);
    const before = await t.db.notification.count();
    await comment(as(demo, "EDITOR"), claimId, "No one to ask.");
    expect(await t.db.notification.count()).toBe(before);
  });
});

describe("threads", () => {
  it("attach replies to the thread, one level deep, and render Markdown without raw HTML", async () => {
    const claimId = demo.claimIds[2];
    const root = await comment(
      as(demo, "REVIEWER"),
      claimId,
      "Is **1949** right?\nSecond line <script>alert(1)</script>",
    );
    const reply = await comment(as(demo, "EDITOR"), claimId, "Yes, see the treaty.", root.id);
    await comment(as(demo, "REVIEWER"), claimId, "Thanks!", reply.id); // a reply to a reply joins the thread
    const { threads, members } = await loadDiscussion(demo.orgId, claimId);
    expect(threads).toHaveLength(1);
    expect(threads[0].html).toContain("<strong>1949</strong>");
    expect(threads[0].html).toContain("<br />");
    expect(threads[0].html).not.toContain("<script");
    expect(threads[0].replies.map((r) => r.authorName)).toEqual(["Erin Editor", "Riley Reviewer"]);
    expect(members.map((m) => m.handle).sort()).toEqual(["admin", "editor", "reviewer"]);
    expect(JSON.stringify(members)).not.toContain("@example.org");
  });

  it("resolve and reopen with who and when, each audited, and refuse a reply or a second resolve", async () => {
    const claimId = demo.claimIds[3];
    const root = await comment(as(demo, "REVIEWER"), claimId, "Source?");
    const reply = await comment(as(demo, "EDITOR"), claimId, "Added.", root.id);
    await setThreadResolved(as(demo, "EDITOR"), root.id, true);
    let [thread] = (await loadDiscussion(demo.orgId, claimId)).threads;
    expect(thread).toMatchObject({ resolvedAt: expect.any(String), resolvedByName: "Erin Editor" });
    await expect(setThreadResolved(as(demo, "REVIEWER"), root.id, true)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setThreadResolved(as(demo, "REVIEWER"), reply.id, true)).rejects.toMatchObject({ code: "INVALID" });
    await setThreadResolved(as(demo, "REVIEWER"), root.id, false);
    [thread] = (await loadDiscussion(demo.orgId, claimId)).threads;
    expect(thread).toMatchObject({ resolvedAt: null, resolvedByName: null });
    const audit = await t.db.auditEvent.findMany({
      where: { entityId: root.id, action: { in: ["comment.resolved", "comment.reopened"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["comment.resolved", demo.users.EDITOR.id],
      ["comment.reopened", demo.users.REVIEWER.id],
    ]);
    expect(audit[0].after).toMatchObject({ resolvedById: demo.users.EDITOR.id, resolvedAt: expect.any(String) });
  });

  it("let authors delete only their own comments, softly and audited; a deleted first comment stays while replies remain", async () => {
    const claimId = demo.claimIds[0];
    const root = await comment(as(demo, "ADMIN"), claimId, "Delete me later");
    await comment(as(demo, "EDITOR"), claimId, "A reply", root.id);
    await expect(deleteComment(as(demo, "EDITOR"), root.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteComment(as(demo, "ADMIN"), root.id);
    await expect(deleteComment(as(demo, "ADMIN"), root.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.comment.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({
      deletedAt: expect.any(Date),
      body: "Delete me later",
    });
    const thread = (await loadDiscussion(demo.orgId, claimId)).threads.find((x) => x.id === root.id)!;
    expect(thread).toMatchObject({ deleted: true, html: "" });
    expect(thread.replies).toHaveLength(1);
    expect(await t.db.auditEvent.findFirst({ where: { entityId: root.id, action: "comment.deleted" } })).toMatchObject({
      actorId: demo.users.ADMIN.id,
      before: { body: "Delete me later" },
    });
  });

  it("refuse empty and over-long bodies before they reach the database", () => {
    const problem = (body: string) => {
      const parsed = createCommentSchema.safeParse({ claimId: "c", body });
      return parsed.success ? null : issueMessage(parsed.error.issues[0]);
    };
    expect(problem("   ")).toBe("Write a comment first.");
    expect(problem("x".repeat(5001))).toBe("Comments can be at most 5,000 characters.");
  });
});

describe("another organization", () => {
  it("can neither read, comment on, resolve nor delete in our discussions", async () => {
    const claimId = demo.claimIds[1];
    const ours = await comment(as(demo, "REVIEWER"), claimId, "Internal note");
    const stranger = as(other, "ADMIN");
    await expect(loadDiscussion(other.orgId, claimId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(comment(stranger, claimId, "@reviewer hello")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(comment(stranger, other.claimIds[0], "reply into their thread", ours.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setThreadResolved(stranger, ours.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteComment({ userId: demo.users.REVIEWER.id, orgId: other.orgId }, ours.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await t.db.comment.count({ where: { claimId, authorId: stranger.userId } })).toBe(0);
  });
});

describe("assignment", () => {
  it("assigns members of the organization, audits it and notifies the assignee (not when assigning oneself)", async () => {
    const claimId = demo.claimIds[2];
    expect(await assignClaim(as(demo, "ADMIN"), claimId, demo.users.EDITOR.id)).toEqual({
      assigneeId: demo.users.EDITOR.id,
      assigneeName: "Erin Editor",
    });
    const [n] = await t.db.notification.findMany({
      where: { userId: demo.users.EDITOR.id, claimId, kind: "assignment" },
    });
    expect(n).toMatchObject({ actorId: demo.users.ADMIN.id, articleId: demo.articleId });
    expect(n.message).toMatch(/^Alex Admin assigned you the claim “/);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { claimId, action: "claim.assigned" } });
    expect(audit).toMatchObject({
      before: { assignee: "Riley Reviewer" },
      after: { assigneeId: demo.users.EDITOR.id, assignee: "Erin Editor" },
    });
    expect((await findAssigneeOptions(demo.orgId, claimId)).assigneeId).toBe(demo.users.EDITOR.id);

    await assignClaim(as(demo, "REVIEWER"), claimId, demo.users.REVIEWER.id);
    expect(
      await t.db.notification.count({ where: { userId: demo.users.REVIEWER.id, claimId, kind: "assignment" } }),
    ).toBe(0);
    await assignClaim(as(demo, "REVIEWER"), claimId, null);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).assigneeId).toBeNull();
    expect(await t.db.auditEvent.count({ where: { claimId, action: "claim.assigned" } })).toBe(3);
  });

  it("leaves the lock version alone, so open edits and approvals stay valid", async () => {
    const claimId = demo.claimIds[3];
    const before = await t.db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await assignClaim(as(demo, "EDITOR"), claimId, demo.users.ADMIN.id);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).lockVersion).toBe(before.lockVersion);
  });

  it("refuses assignees from another organization, and another organization's members", async () => {
    const claimId = demo.claimIds[0];
    await expect(assignClaim(as(demo, "EDITOR"), claimId, other.users.REVIEWER.id)).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(assignClaim(as(other, "ADMIN"), claimId, other.users.ADMIN.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(findAssigneeOptions(other.orgId, claimId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.db.notification.count({ where: { userId: other.users.REVIEWER.id } })).toBe(0);
  });
});

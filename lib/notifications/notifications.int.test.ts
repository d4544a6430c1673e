import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { saveClaimSchema } from "@/lib/claims/schema";
import { approveClaim, publishArticle, requestChanges, submitForReview } from "@/lib/workflow/mutations";
import { assignClaim } from "@/lib/workflow/assign";
import { countUnreadNotifications, findLatestNotifications } from "./data";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
type Role = "ADMIN" | "EDITOR" | "REVIEWER";
const as = (role: Role) => ({ userId: demo.users[role].id, orgId: demo.orgId });
const kindsFor = async (role: Role, claimId: string) =>
  (
    await t.db.notification.findMany({ where: { userId: demo.users[role].id, claimId }, orderBy: { createdAt: "asc" } })
  ).map((n) => n.kind);

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

// A fresh claim on the seed article with a verdict written by `author`, submitted for review.
async function claimInReview(phrase: string, author: Role) {
  const text = (await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;
  const start = text.indexOf(phrase);
  const claim = await createClaim(as(author), {
    articleId: demo.articleId,
    versionId: demo.versionId,
    start,
    end: start + phrase.length,
  });
  const optionId = demo.scales.fiveLevel.options[0].id;
  await saveClaim(
    as(author),
    saveClaimSchema.parse({
      claimId: claim.id,
      lockVersion: claim.lockVersion,
      verdictOptionId: optionId,
      rationale: "Checked.",
      citations: [],
    }),
  );
  await submitForReview(as(author), claim.id);
  return claim.id;
}

describe("workflow notifications", () => {
  it("tell the verdict author and the assignee about an approval and the publication, never the editor who acted", async () => {
    const claimId = await claimInReview("Who makes these deals?", "REVIEWER");
    await assignClaim(as("REVIEWER"), claimId, demo.users.ADMIN.id);
    await approveClaim(as("EDITOR"), claimId);
    await publishArticle(as("EDITOR"), demo.articleId, {});
    expect(await kindsFor("REVIEWER", claimId)).toEqual(["approval", "published"]);
    expect(await kindsFor("ADMIN", claimId)).toEqual(["assignment", "approval", "published"]);
    expect(await kindsFor("EDITOR", claimId)).toEqual([]);
    const [approval] = await t.db.notification.findMany({
      where: { userId: demo.users.REVIEWER.id, claimId, kind: "approval" },
    });
    expect(approval).toMatchObject({
      actorId: demo.users.EDITOR.id,
      articleId: demo.articleId,
      message: "Erin Editor approved the claim “Who makes these deals?”",
    });
  });

  it("tell the verdict author when changes are requested", async () => {
    const claimId = await claimInReview("Ishiba had also invited Trump to visit Japan", "REVIEWER");
    await requestChanges(as("EDITOR"), claimId);
    expect(await kindsFor("REVIEWER", claimId)).toEqual(["changes_requested"]);
  });

  it("stay silent when the one who acts is the only participant", async () => {
    const claimId = await claimInReview("In return, Japan must allow the U.S. to establish military bases", "ADMIN");
    await assignClaim(as("ADMIN"), claimId, demo.users.ADMIN.id);
    await requestChanges(as("ADMIN"), claimId);
    expect(await t.db.notification.count({ where: { claimId } })).toBe(0);
  });

  it("are rolled back with a refused step", async () => {
    const claimId = await claimInReview("He also said that he will not defend", "EDITOR");
    await expect(approveClaim(as("EDITOR"), claimId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.notification.count({ where: { claimId } })).toBe(0);
  });
});

describe("reading and marking", () => {
  async function notify(userId: string, orgId: string, n: number) {
    const now = Date.now();
    await t.db.notification.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        orgId,
        userId,
        kind: "mention",
        message: `Message ${i}`,
        articleId: demo.articleId,
        claimId: demo.claimIds[0],
        createdAt: new Date(now - (n - i) * 1000),
      })),
    });
  }

  it("count the unread ones and list the latest 20, newest first, with a link to the claim", async () => {
    const reviewer = demo.users.REVIEWER.id;
    await t.db.notification.deleteMany({ where: { userId: reviewer } });
    await notify(reviewer, demo.orgId, 25);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(25);
    const latest = await findLatestNotifications(reviewer, demo.orgId);
    expect(latest).toHaveLength(20);
    expect(latest[0]).toMatchObject({
      message: "Message 24",
      read: false,
      href: `/articles/${demo.articleId}?claim=${demo.claimIds[0]}`,
    });
    expect(await countUnreadNotifications(reviewer, other.orgId)).toBe(0);
  });

  it("mark only the member's own notifications read", async () => {
    const reviewer = demo.users.REVIEWER.id,
      editor = demo.users.EDITOR.id;
    await notify(editor, demo.orgId, 2);
    const editorsCount = await countUnreadNotifications(editor, demo.orgId);
    const [mine] = await findLatestNotifications(reviewer, demo.orgId, 1);
    const [theirs] = await findLatestNotifications(editor, demo.orgId, 1);
    await markNotificationRead(as("REVIEWER"), theirs.id);
    expect(await countUnreadNotifications(editor, demo.orgId)).toBe(editorsCount);
    await markNotificationRead(as("REVIEWER"), mine.id);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(24);
    expect(await markAllNotificationsRead(as("REVIEWER"))).toBe(24);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(0);
    expect(await countUnreadNotifications(editor, demo.orgId)).toBe(editorsCount);
    expect(await markAllNotificationsRead({ userId: editor, orgId: other.orgId })).toBe(0);
  });
});

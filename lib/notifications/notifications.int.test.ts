import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { saveClaimSchema } from "@/lib/claims/schema";
import { approveClaim, publishArticle, requestChanges, submitForReview } from "@/lib/workflow/mutations";
import { assignClaim } from "@/lib/workflow/assign";
import { countUnreadNotifications, findLatestNotifications, findUnreadNotificationsForDigest } from "./data";
import {
  createNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationEvent,
} from "./mutations";
import { setNotificationPreferences } from "./preferences";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
let title: string;
type Role = "ADMIN" | "EDITOR" | "REVIEWER";
const as = (role: Role) => ({ userId: demo.users[role].id, orgId: demo.orgId });
const kindsFor = async (role: Role, claimId: string) =>
  (
    await t.db.notification.findMany({ where: { userId: demo.users[role].id, claimId }, orderBy: { createdAt: "asc" } })
  ).map((n) => n.kind);
// titles are cut to 48 characters at a word (lib/notifications/messages.ts)
const shortTitle = () => {
  const cut = title.slice(0, 47);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
};
const ALL_KINDS = ["mention", "assignment", "approval", "changes_requested", "published"] as const;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  title = (await t.db.article.findUniqueOrThrow({ where: { id: demo.articleId } })).title;
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
    expect(approval).toMatchObject({ actorId: demo.users.EDITOR.id, articleId: demo.articleId, count: 1 });
    const views = await findLatestNotifications(demo.users.REVIEWER.id, demo.orgId);
    expect(views.find((v) => v.id === approval.id)).toMatchObject({
      message: `Erin Editor approved the claim “Who makes these deals?” in ‘${shortTitle()}’`,
      href: `/articles/${demo.articleId}?claim=${claimId}`,
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

describe("grouping", () => {
  const reviewer = () => demo.users.REVIEWER.id;
  const event = (over: Partial<NotificationEvent> = {}): NotificationEvent => ({
    userIds: [reviewer()],
    kind: "approval",
    claimId: demo.claimIds[0],
    articleId: demo.articleId,
    subject: "Who makes these deals?",
    ...over,
  });
  const notify = (role: Role, e: NotificationEvent, orgId = demo.orgId) =>
    t.db.$transaction((tx) => createNotifications(tx, { userId: demo.users[role].id, orgId }, e));
  const reviewersRows = () =>
    t.db.notification.findMany({ where: { userId: reviewer() }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }] });

  beforeEach(async () => {
    await t.db.notification.deleteMany({ where: { userId: reviewer() } });
    await setNotificationPreferences(as("REVIEWER"), ALL_KINDS);
  });

  it("count events of one kind by one colleague on one article into one unread row that names the article", async () => {
    for (const claimId of demo.claimIds.slice(0, 3)) await notify("EDITOR", event({ claimId }));
    const rows = await reviewersRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 3, claimId: null, readAt: null });
    expect(rows[0].updatedAt.getTime()).toBeGreaterThan(rows[0].createdAt.getTime() - 1);
    const [view] = await findLatestNotifications(reviewer(), demo.orgId);
    expect(view).toMatchObject({
      message: `Erin Editor approved 3 claims in ‘${shortTitle()}’`,
      count: 3,
      href: `/articles/${demo.articleId}`,
      read: false,
    });
    expect(await countUnreadNotifications(reviewer(), demo.orgId)).toBe(1);
  });

  it("are worded in the reader's language from the stored kind and count, the stored English text aside", async () => {
    for (const claimId of demo.claimIds.slice(0, 3)) await notify("EDITOR", event({ claimId }));
    expect((await reviewersRows())[0].message).toMatch(/^Erin Editor approved /); // stored once, in English
    const [ar] = await findLatestNotifications(reviewer(), demo.orgId, 20, "ar");
    expect(ar.message).toBe(`وافق \u2068Erin Editor\u2069 على 3 ادعاءات في «\u2068${shortTitle()}\u2069»`);
    const [es] = await findLatestNotifications(reviewer(), demo.orgId, 20, "es");
    expect(es.message).toBe(`Erin Editor aprobó 3 afirmaciones en «${shortTitle()}»`);
    const [digest] = await findUnreadNotificationsForDigest(
      { userId: reviewer(), orgId: demo.orgId, mutedNotificationKinds: [] },
      50,
      "es",
    );
    expect(digest.message).toBe(es.message);
  });

  it("keep the link to the claim while every event is about that claim", async () => {
    await notify("EDITOR", event({ kind: "mention", subject: "First" }));
    await notify("EDITOR", event({ kind: "mention", subject: "Second, and latest" }));
    const [view] = await findLatestNotifications(reviewer(), demo.orgId);
    expect(view).toMatchObject({
      message: `Erin Editor mentioned you 2 times in ‘${shortTitle()}’, latest: “Second, and latest”`,
      href: `/articles/${demo.articleId}?claim=${demo.claimIds[0]}`,
    });
  });

  it("keep other kinds and other colleagues apart", async () => {
    await notify("EDITOR", event());
    await notify("EDITOR", event({ kind: "published" }));
    await notify("ADMIN", event());
    expect((await reviewersRows()).map((r) => [r.kind, r.actorId, r.count])).toEqual([
      ["approval", demo.users.EDITOR.id, 1],
      ["published", demo.users.EDITOR.id, 1],
      ["approval", demo.users.ADMIN.id, 1],
    ]);
  });

  it("make one group and lose no count when events arrive at once", async () => {
    const N = 12;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        notify("EDITOR", event({ claimId: demo.claimIds[i % demo.claimIds.length] })),
      ),
    );
    expect(results).toEqual(Array(N).fill(1));
    const rows = await reviewersRows();
    expect(rows).toHaveLength(1);
    expect(rows[0].count).toBe(N);
  });

  it("start a new group once the old one is read, also when marking read races with new events", async () => {
    await notify("EDITOR", event());
    await notify("EDITOR", event());
    const [first] = await reviewersRows();
    await markNotificationRead(as("REVIEWER"), first.id);
    await notify("EDITOR", event());
    const rows = await reviewersRows();
    expect(rows.map((r) => [r.count, r.readAt === null])).toEqual([
      [2, false],
      [1, true],
    ]);

    // events and "Mark all read" at once: every event is counted, in the read group or in a new unread one
    const racing = await Promise.all([
      ...Array.from({ length: 6 }, () => notify("EDITOR", event())),
      markAllNotificationsRead(as("REVIEWER")),
      ...Array.from({ length: 6 }, () => notify("EDITOR", event())),
    ]);
    expect(racing.length).toBe(13);
    const after = await reviewersRows();
    expect(after.reduce((n, r) => n + r.count, 0)).toBe(2 + 1 + 12);
    expect(after.filter((r) => r.readAt === null).length).toBeLessThanOrEqual(1);
  });
});

describe("preferences", () => {
  const reviewer = () => demo.users.REVIEWER.id;
  beforeEach(async () => {
    await t.db.notification.deleteMany({ where: { userId: reviewer() } });
  });

  it("default to every kind on; a kind turned off is not written for that member, others still are", async () => {
    expect(
      (await t.db.membership.findFirstOrThrow({ where: { userId: demo.users.ADMIN.id } })).mutedNotificationKinds,
    ).toEqual([]);
    expect(await setNotificationPreferences(as("REVIEWER"), ["mention", "assignment"])).toEqual({
      enabled: ["mention", "assignment"],
    });
    const written = await t.db.$transaction((tx) =>
      createNotifications(tx, as("EDITOR"), {
        userIds: [reviewer(), demo.users.ADMIN.id],
        kind: "approval",
        claimId: demo.claimIds[0],
        articleId: demo.articleId,
        subject: "Who makes these deals?",
      }),
    );
    expect(written).toBe(1);
    expect(await t.db.notification.count({ where: { userId: reviewer() } })).toBe(0);
    expect(await t.db.notification.count({ where: { userId: demo.users.ADMIN.id, kind: "approval" } })).toBeGreaterThan(
      0,
    );
    expect(
      await t.db.auditEvent.count({ where: { orgId: demo.orgId, action: "member.notification_preferences_changed" } }),
    ).toBeGreaterThan(0);
  });

  it("also hold for the digest: kinds turned off after they were written are left out", async () => {
    await setNotificationPreferences(as("REVIEWER"), ["mention", "approval"]);
    for (const kind of ["mention", "approval"] as const)
      await t.db.$transaction((tx) =>
        createNotifications(tx, as("EDITOR"), {
          userIds: [reviewer()],
          kind,
          claimId: demo.claimIds[0],
          articleId: demo.articleId,
          subject: "Who makes these deals?",
        }),
      );
    await setNotificationPreferences(as("REVIEWER"), ["mention"]);
    const membership = await t.db.membership.findFirstOrThrow({ where: { userId: reviewer(), orgId: demo.orgId } });
    const digest = await findUnreadNotificationsForDigest({ ...membership }, 50);
    expect(digest.map((n) => n.kind)).toEqual(["mention"]);
  });

  it("are the member's own: setting mine leaves a colleague's alone, and nobody sets them from another organization", async () => {
    await setNotificationPreferences(as("REVIEWER"), ["mention"]);
    await setNotificationPreferences(as("EDITOR"), []);
    const reviewers = await t.db.membership.findFirstOrThrow({ where: { userId: reviewer(), orgId: demo.orgId } });
    expect(reviewers.mutedNotificationKinds.sort()).toEqual([
      "approval",
      "assignment",
      "changes_requested",
      "published",
    ]);
    await expect(setNotificationPreferences({ userId: reviewer(), orgId: other.orgId }, [])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setNotificationPreferences(as("EDITOR"), ALL_KINDS);
    await setNotificationPreferences(as("REVIEWER"), ALL_KINDS);
  });
});

describe("reading and marking", () => {
  // one unread group per article of the other organization's kind: distinct actors make distinct groups
  async function notifyFromColleagues(userId: string) {
    const actors = [demo.users.ADMIN.id, demo.users.EDITOR.id, demo.users.REVIEWER.id].filter((id) => id !== userId);
    for (const [i, actorId] of actors.entries())
      for (const kind of ["mention", "approval", "published"] as const)
        await t.db.$transaction((tx) =>
          createNotifications(
            tx,
            { userId: actorId, orgId: demo.orgId },
            {
              userIds: [userId],
              kind,
              claimId: demo.claimIds[i],
              articleId: demo.articleId,
              subject: `Event ${i} ${kind}`,
            },
          ),
        );
  }

  it("count the unread groups and list them newest first, never another organization's", async () => {
    const reviewer = demo.users.REVIEWER.id;
    await t.db.notification.deleteMany({ where: { userId: reviewer } });
    await notifyFromColleagues(reviewer);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(6);
    const latest = await findLatestNotifications(reviewer, demo.orgId);
    expect(latest).toHaveLength(6);
    expect(latest[0].message).toMatch(/^Erin Editor published the claim “Event 1 published” in ‘/);
    expect(await countUnreadNotifications(reviewer, other.orgId)).toBe(0);
    expect(await findLatestNotifications(reviewer, other.orgId)).toEqual([]);

    // an admin of the other organization cannot notify our member
    const written = await t.db.$transaction((tx) =>
      createNotifications(
        tx,
        { userId: other.users.ADMIN.id, orgId: other.orgId },
        {
          userIds: [reviewer],
          kind: "mention",
          claimId: demo.claimIds[0],
          articleId: demo.articleId,
          subject: "hello",
        },
      ),
    );
    expect(written).toBe(0);
  });

  it("mark only the member's own notifications read", async () => {
    const reviewer = demo.users.REVIEWER.id,
      editor = demo.users.EDITOR.id;
    await notifyFromColleagues(editor);
    const editorsCount = await countUnreadNotifications(editor, demo.orgId);
    const reviewersCount = await countUnreadNotifications(reviewer, demo.orgId);
    const [mine] = await findLatestNotifications(reviewer, demo.orgId, 1);
    const [theirs] = await findLatestNotifications(editor, demo.orgId, 1);
    await markNotificationRead(as("REVIEWER"), theirs.id);
    expect(await countUnreadNotifications(editor, demo.orgId)).toBe(editorsCount);
    await markNotificationRead(as("REVIEWER"), mine.id);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(reviewersCount - 1);
    expect(await markAllNotificationsRead(as("REVIEWER"))).toBe(reviewersCount - 1);
    expect(await countUnreadNotifications(reviewer, demo.orgId)).toBe(0);
    expect(await countUnreadNotifications(editor, demo.orgId)).toBe(editorsCount);
    expect(await markAllNotificationsRead({ userId: editor, orgId: other.orgId })).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { startSmtpCapture, type SmtpCapture } from "@/test/support/smtp-capture";
import { setEmailDigest } from "./mutations";
import { setNotificationPreferences } from "@/lib/notifications/preferences";
import { createNotifications } from "@/lib/notifications/mutations";
import { digestDayOf, runDailyDigest } from "./run";

// The daily digest on a real SMTP server: once per opted-in member and day, however many runners run at once.

const t = withTestDatabase();
let smtp: SmtpCapture;
let org: Awaited<ReturnType<typeof seedDemoData>>;
const BASE = "https://desk.example.org";

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_BASE_URL = BASE;
  org = await seedDemoData(t.db);
});
afterAll(async () => {
  await smtp.close();
});

// rows as written before grouping (no subject): the digest shows their message; one per actor, as unread groups are
async function notify(userId: string, message: string, actor: "ADMIN" | "REVIEWER" = "ADMIN") {
  await t.db.notification.create({
    data: {
      orgId: org.orgId,
      userId,
      actorId: org.users[actor].id,
      kind: "mention",
      claimId: org.claimIds[0],
      articleId: org.articleId,
      message,
    },
  });
}

describe("the daily digest", () => {
  it("goes once a day to members who asked for it and have unread notifications, even from several runners at once", async () => {
    const member = (role: "EDITOR" | "REVIEWER" | "ADMIN") => ({ userId: org.users[role].id, orgId: org.orgId });
    await setEmailDigest(member("EDITOR"), true);
    await setEmailDigest(member("ADMIN"), true); // opted in, nothing unread: no message
    await notify(org.users.EDITOR.id, "Riley mentioned you on “<protect them>”");
    await notify(org.users.EDITOR.id, "A claim was assigned to you", "REVIEWER");
    await notify(org.users.REVIEWER.id, "Not opted in: no digest");
    await t.db.notification.updateMany({ where: { userId: org.users.ADMIN.id }, data: { readAt: new Date() } });

    const runs = await Promise.all([runDailyDigest(), runDailyDigest(), runDailyDigest()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect((await runDailyDigest()).sent).toBe(0);

    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(mail.to && [mail.to].flat()[0].text).toBe("editor@example.org");
    expect(mail.subject).toMatch(/^\d+ unread notifications in /);
    expect(mail.text).toContain(`${BASE}/articles/${org.articleId}?claim=${org.claimIds[0]}`);
    expect(mail.text).toContain(`${BASE}/settings/email`);
    expect(mail.html).toContain("&lt;protect them&gt;");
    expect(mail.html).not.toContain("<protect them>");
    expect(await t.db.digestDelivery.count({ where: { day: digestDayOf(new Date()) } })).toBe(1);
  });

  it("turning it off stops it; a refused message gives the day back so a later run tries again", async () => {
    const editor = { userId: org.users.EDITOR.id, orgId: org.orgId };
    await setEmailDigest(editor, false);
    const reviewer = { userId: org.users.REVIEWER.id, orgId: org.orgId };
    await setEmailDigest(reviewer, true);
    await t.db.user.update({ where: { id: org.users.REVIEWER.id }, data: { email: "refuse-reviewer@example.org" } });
    const before = smtp.messages.length;
    const run = await runDailyDigest();
    expect(run).toMatchObject({ sent: 0, failed: 1 });
    expect(await t.db.digestDelivery.count({ where: { membership: { userId: org.users.REVIEWER.id } } })).toBe(0);

    await t.db.user.update({ where: { id: org.users.REVIEWER.id }, data: { email: "reviewer@example.org" } });
    expect(await runDailyDigest()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.messages.length).toBe(before + 1);
    expect(smtp.messages.at(-1)!.text).toContain("Not opted in: no digest");
    expect(await t.db.auditEvent.count({ where: { orgId: org.orgId, action: "member.email_digest_changed" } })).toBe(4);
  });

  it("leaves out the kinds a member turned off, as the bell does not get them", async () => {
    const admin = { userId: org.users.ADMIN.id, orgId: org.orgId };
    await notify(org.users.ADMIN.id, "Riley mentioned you", "REVIEWER");
    await setNotificationPreferences(admin, ["assignment", "approval", "changes_requested", "published"]);
    expect(await runDailyDigest()).toMatchObject({ sent: 0, failed: 0 });
    await setNotificationPreferences(admin, ["mention"]);
    expect(await runDailyDigest()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.messages.at(-1)!.text).toContain("Riley mentioned you");
  });

  it("is written in the member's own interface language, notifications included", async () => {
    const reviewer = { userId: org.users.REVIEWER.id, orgId: org.orgId };
    // everything earlier read, and a new day: only this member's new notifications make a digest
    await t.db.notification.updateMany({ where: { orgId: org.orgId }, data: { readAt: new Date() } });
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    await t.db.user.update({ where: { id: reviewer.userId }, data: { interfaceLanguage: "es" } });
    await setEmailDigest(reviewer, true);
    for (const claimId of org.claimIds.slice(0, 2))
      await t.db.$transaction((tx) =>
        createNotifications(
          tx,
          { userId: org.users.EDITOR.id, orgId: org.orgId },
          { userIds: [reviewer.userId], kind: "approval", claimId, articleId: org.articleId, subject: "x" },
        ),
      );
    const before = smtp.messages.length;
    expect(await runDailyDigest(tomorrow)).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.messages).toHaveLength(before + 1);
    const mail = smtp.messages.at(-1)!;
    expect(mail.text).toContain("aprobó 2 afirmaciones en");
    expect(mail.text).not.toContain("approved 2 claims");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDailyDigest } from "@/lib/digest/run";
import { setEmailDigest } from "@/lib/digest/mutations";
import { deliverInvitation } from "@/lib/invitations/deliver";
import { inviteMember } from "@/lib/invitations/mutations";
import { sendPasswordResetLink } from "@/lib/password-resets/mutations";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_ORG } from "@/lib/seed/demo-accounts";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { startSmtpCapture, type SmtpCapture } from "@/test/support/smtp-capture";

// Each e-mail in its recipient's language, on a real SMTP server: the member's own interface language, else their
// organization's public language, else English; an invitation (no account yet) in the inviting organization's.

const t = withTestDatabase();
let smtp: SmtpCapture;
let org: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_BASE_URL = "https://desk.example.org";
  org = await seedDemoData(t.db);
});
afterAll(async () => {
  await smtp.close();
});

const publicLanguage = (language: string) =>
  t.db.organization.update({ where: { id: org.orgId }, data: { publicLanguage: language } });
const interfaceLanguage = (role: "ADMIN" | "EDITOR" | "REVIEWER", language: string | null) =>
  t.db.user.update({ where: { id: org.users[role].id }, data: { interfaceLanguage: language } });

async function resetMail(email: string) {
  const since = smtp.messages.length;
  expect(await sendPasswordResetLink(email)).toBe("sent");
  return smtp.waitForMessage(email, { since });
}

describe("e-mails in the recipient's language", () => {
  it("password reset: the member's own language first, then the organization's public language, then English", async () => {
    await publicLanguage("ar");
    await interfaceLanguage("EDITOR", "es");
    const spanish = await resetMail("editor@example.org");
    expect(spanish.subject).toBe("Restablezca su contraseña de FactDesk");
    expect(spanish.html).toContain('<html lang="es" dir="ltr">');

    await interfaceLanguage("EDITOR", null);
    const arabic = await resetMail("editor@example.org");
    expect(arabic.subject).toBe("أعد تعيين كلمة مرور FactDesk");
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');

    await publicLanguage("en");
    expect((await resetMail("editor@example.org")).subject).toBe("Reset your FactDesk password");
  });

  it("invitation: in the inviting organization's public language", async () => {
    await publicLanguage("ar");
    const since = smtp.messages.length;
    const delivery = await deliverInvitation(
      await inviteMember(
        { userId: org.users.ADMIN.id, orgId: org.orgId },
        { email: "nadia@example.org", role: "EDITOR" },
      ),
    );
    expect(delivery.emailed).toBe(true);
    const mail = await smtp.waitForMessage("nadia@example.org", { since });
    expect(mail.subject).toBe(`انضم إلى ${DEMO_ORG.name} على FactDesk`);
    expect(mail.text).toContain("بصفة محرر");
    await publicLanguage("en");
  });

  it("daily digest: the member's interface language", async () => {
    await interfaceLanguage("EDITOR", "es");
    await setEmailDigest({ userId: org.users.EDITOR.id, orgId: org.orgId }, true);
    await t.db.notification.create({
      data: {
        orgId: org.orgId,
        userId: org.users.EDITOR.id,
        actorId: org.users.ADMIN.id,
        kind: "mention",
        claimId: org.claimIds[0],
        articleId: org.articleId,
        message: "A mention",
      },
    });
    const since = smtp.messages.length;
    expect((await runDailyDigest()).sent).toBe(1);
    const mail = await smtp.waitForMessage("editor@example.org", { since });
    expect(mail.subject).toMatch(/^1 notificación sin leer en /);
    expect(mail.text).toContain("Recibe este resumen diario porque lo activó.");
  });
});

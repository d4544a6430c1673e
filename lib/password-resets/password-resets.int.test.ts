import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { startSession } from "@/lib/auth/sessions";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { linkFrom, startSmtpCapture, type SmtpCapture } from "@/test/support/smtp-capture";
import { requestPasswordResetAction } from "./actions";
import { loadResetLinkState } from "./data";
import { resetPasswordWithLink, sendPasswordResetLink } from "./mutations";

// Forgotten password below the UI, with a real SMTP server: the link from the e-mail sets the password once, ends
// every session, and the request answers alike for every address, throttled per address and address+account.

vi.mock("next/headers", async () => (await import("@/test/support/request-mocks")).requestHeadersModule());

const t = withTestDatabase();
let smtp: SmtpCapture;
let org: Awaited<ReturnType<typeof seedDemoData>>;
const BASE = "https://desk.example.org";
const NEW_PASSWORD = "a brand new passphrase";

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_BASE_URL = BASE;
  org = await seedDemoData(t.db);
});
afterAll(async () => {
  await smtp.close();
});

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

async function resetLinkFor(email: string): Promise<string> {
  const since = smtp.messages.length;
  expect(await sendPasswordResetLink(email)).toBe("sent");
  const mail = await smtp.waitForMessage(email, { since });
  expect(mail.subject).toBe("Reset your FactDesk password");
  expect(mail.html).toContain("Choose a new password");
  return linkFrom(mail, `${BASE}/reset-password/`);
}

describe("resetting a forgotten password", () => {
  it("the e-mailed link sets the new password once and ends every session of the member", async () => {
    const sessions = [await startSession(org.users.EDITOR.id), await startSession(org.users.EDITOR.id)];
    const link = await resetLinkFor("editor@example.org");
    expect(await loadResetLinkState(tokenOf(link))).toBe("valid");
    expect(await resetPasswordWithLink({ token: tokenOf(link), password: NEW_PASSWORD })).toEqual({
      email: "editor@example.org",
    });

    const user = await t.db.user.findUniqueOrThrow({ where: { id: org.users.EDITOR.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await t.db.session.count({ where: { id: { in: sessions } } })).toBe(0);
    expect(
      await t.db.auditEvent.count({
        where: { orgId: org.orgId, action: "member.password_reset_by_link", entityId: user.id },
      }),
    ).toBe(1);

    await expect(
      resetPasswordWithLink({ token: tokenOf(link), password: "another long passphrase" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already used") });
    expect(await loadResetLinkState(tokenOf(link))).toBe("used");
  });

  it("only the newest link works; an expired or made-up one is refused clearly", async () => {
    const first = await resetLinkFor("reviewer@example.org");
    const second = await resetLinkFor("reviewer@example.org");
    expect(await loadResetLinkState(tokenOf(first))).toBe("expired");
    await expect(resetPasswordWithLink({ token: tokenOf(first), password: NEW_PASSWORD })).rejects.toMatchObject({
      message: expect.stringContaining("expired"),
    });
    await t.db.passwordReset.updateMany({
      where: { userId: org.users.REVIEWER.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    await expect(resetPasswordWithLink({ token: tokenOf(second), password: NEW_PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    for (const token of ["z".repeat(43), "../../etc", "\u0000"]) {
      expect(await loadResetLinkState(token)).toBe("unknown");
      await expect(resetPasswordWithLink({ token, password: NEW_PASSWORD })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    const reviewer = await t.db.user.findUniqueOrThrow({ where: { id: org.users.REVIEWER.id } });
    expect(await verifyPassword(reviewer.passwordHash, NEW_PASSWORD)).toBe(false);
  });

  it("no account, or a deactivated one: no link, no e-mail", async () => {
    const since = smtp.messages.length;
    expect(await sendPasswordResetLink("nobody@example.org")).toBe("no_account");
    await t.db.membership.updateMany({ where: { userId: org.users.ADMIN.id }, data: { deactivatedAt: new Date() } });
    expect(await sendPasswordResetLink("admin@example.org")).toBe("no_account");
    await t.db.membership.updateMany({ where: { userId: org.users.ADMIN.id }, data: { deactivatedAt: null } });
    expect(await t.db.passwordReset.count({ where: { userId: org.users.ADMIN.id } })).toBe(0);
    expect(smtp.messages.length).toBe(since);
  });
});

describe("asking for a link", () => {
  it("answers the same for an address with and without an account, then throttles both alike", async () => {
    const ask = async (email: string) => {
      const form = new FormData();
      form.set("email", email);
      return requestPasswordResetAction(null, form);
    };
    const known = await ask("editor@example.org");
    const unknown = await ask("ghost@example.org");
    expect(known.ok && unknown.ok).toBe(true);
    expect(known.ok && known.data.message.replace("editor@example.org", "X")).toBe(
      unknown.ok && unknown.data.message.replace("ghost@example.org", "X"),
    );

    // 3 requests per address+account are free, then each waits (lib/auth/throttle.ts); refused ones do not count
    await ask("ghost@example.org");
    await ask("ghost@example.org");
    const refused = await ask("ghost@example.org");
    expect(refused).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      message: expect.stringContaining("Too many password reset requests"),
    });
    const refusedKnown = [
      await ask("editor@example.org"),
      await ask("editor@example.org"),
      await ask("editor@example.org"),
    ].at(-1);
    expect(refusedKnown).toMatchObject({ ok: false, code: "RATE_LIMITED" });

    const bad = await ask("not an address");
    expect(bad).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { email: expect.stringContaining("valid e-mail") },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_ORG } from "@/lib/seed/demo-accounts";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { linkFrom, startSmtpCapture, type SmtpCapture } from "@/test/support/smtp-capture";
import { loadInvitationForLink } from "./data";
import { deliverInvitation } from "./deliver";
import { acceptInvitation, inviteMember, resendInvitation, revokeInvitation } from "./mutations";

// Invitations end to end below the UI: a real SMTP server receives the message, the link is read from the parsed
// e-mail, and accepting it creates the account. Every way a link can be bad gets its own clear refusal.

const t = withTestDatabase();
let smtp: SmtpCapture;
let org: Awaited<ReturnType<typeof seedDemoData>>;
let admin: { userId: string; orgId: string };
const BASE = "https://desk.example.org";
const PASSWORD = "a long enough passphrase";

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // read once by lib/env.ts, on first use (after this)
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "FactDesk Test <desk@example.org>";
  process.env.PUBLIC_BASE_URL = BASE;
  org = await seedDemoData(t.db);
  admin = { userId: org.users.ADMIN.id, orgId: org.orgId };
});
afterAll(async () => {
  await smtp.close();
});

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

async function inviteByMail(email: string, role: "EDITOR" | "REVIEWER" | "ADMIN" = "EDITOR") {
  const since = smtp.messages.length;
  const delivery = await deliverInvitation(await inviteMember(admin, { email, role }));
  expect(delivery).toEqual({ email, emailed: true, link: null, mailError: null });
  const mail = await smtp.waitForMessage(email, { since });
  return { mail, link: linkFrom(mail, `${BASE}/invite/`) };
}

describe("inviting by e-mail", () => {
  it("sends a message with a plain-text and an HTML part whose link, from the public base URL, creates the account", async () => {
    const { mail, link } = await inviteByMail("edna@newsroom.example", "EDITOR");
    expect(mail.from?.text).toContain("desk@example.org");
    expect(mail.subject).toBe(`Join ${DEMO_ORG.name} on FactDesk`);
    expect(mail.text).toContain("as an editor");
    expect(mail.html).toContain(`href="${link}"`);
    expect(await loadInvitationForLink(tokenOf(link))).toMatchObject({
      state: "valid",
      email: "edna@newsroom.example",
      role: "EDITOR",
    });

    const joined = await acceptInvitation({ token: tokenOf(link), name: "Edna Editor", password: PASSWORD });
    expect(joined.email).toBe("edna@newsroom.example");
    const user = await t.db.user.findUniqueOrThrow({
      where: { email: "edna@newsroom.example" },
      include: { memberships: true },
    });
    expect(user.memberships.map((m) => [m.orgId, m.role])).toEqual([[org.orgId, "EDITOR"]]);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const audit = await t.db.auditEvent.findMany({
      where: { orgId: org.orgId, entityType: { in: ["invitation", "membership"] } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["invitation.created", "member.joined"]));
  });

  it("stores only the token's hash", async () => {
    const { link } = await inviteByMail("hash@newsroom.example");
    const token = tokenOf(link);
    const row = await t.db.invitation.findFirstOrThrow({ where: { email: "hash@newsroom.example" } });
    expect(row.tokenHash).toBe(hashOneTimeToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("escapes names in the HTML part", async () => {
    await t.db.organization.update({
      where: { id: org.orgId },
      data: { name: `Desk <img src=x onerror=alert(1)> & "Co"` },
    });
    try {
      const { mail } = await inviteByMail("escape@newsroom.example");
      expect(mail.html).not.toContain("<img src=x");
      expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;");
      expect(mail.text).toContain(`Desk <img src=x onerror=alert(1)> & "Co"`);
    } finally {
      await t.db.organization.update({ where: { id: org.orgId }, data: { name: DEMO_ORG.name } });
    }
  });
});

describe("a link that cannot be used gets a clear answer", () => {
  it("used: the second use is refused and creates nothing", async () => {
    const { link } = await inviteByMail("twice@newsroom.example");
    await acceptInvitation({ token: tokenOf(link), name: "Once", password: PASSWORD });
    await expect(acceptInvitation({ token: tokenOf(link), name: "Twice", password: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already used"),
    });
    expect(await loadInvitationForLink(tokenOf(link))).toEqual({ state: "used" });
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "twice@newsroom.example" } })).name).toBe("Once");
  });

  it("two people submitting one link at once: exactly one account", async () => {
    const { link } = await inviteByMail("race@newsroom.example");
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => acceptInvitation({ token: tokenOf(link), name: `Racer ${n}`, password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.user.count({ where: { email: "race@newsroom.example" } })).toBe(1);
  });

  it("resent: the old link is revoked and only the new one works", async () => {
    const first = await inviteByMail("resend@newsroom.example");
    const invitation = await t.db.invitation.findFirstOrThrow({
      where: { email: "resend@newsroom.example", revokedAt: null },
    });
    const since = smtp.messages.length;
    await deliverInvitation(await resendInvitation(admin, { invitationId: invitation.id }));
    const second = linkFrom(await smtp.waitForMessage("resend@newsroom.example", { since }), `${BASE}/invite/`);
    expect(second).not.toBe(first.link);
    expect(await loadInvitationForLink(tokenOf(first.link))).toEqual({ state: "revoked" });
    await expect(
      acceptInvitation({ token: tokenOf(first.link), name: "Old", password: PASSWORD }),
    ).rejects.toMatchObject({ message: expect.stringContaining("replaced by a newer one") });
    await acceptInvitation({ token: tokenOf(second), name: "New", password: PASSWORD });
  });

  it("revoked by an admin, expired, or made up", async () => {
    const revoked = await inviteByMail("revoked@newsroom.example");
    const row = await t.db.invitation.findFirstOrThrow({ where: { email: "revoked@newsroom.example" } });
    await revokeInvitation(admin, { invitationId: row.id });
    await expect(
      acceptInvitation({ token: tokenOf(revoked.link), name: "R", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const expired = await inviteByMail("expired@newsroom.example");
    await t.db.invitation.updateMany({
      where: { email: "expired@newsroom.example" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await loadInvitationForLink(tokenOf(expired.link))).toEqual({ state: "expired" });
    await expect(
      acceptInvitation({ token: tokenOf(expired.link), name: "E", password: PASSWORD }),
    ).rejects.toMatchObject({ message: expect.stringContaining("expired") });

    for (const token of ["x".repeat(43), "not a token", "", "a".repeat(5000), "\u0000".repeat(43)]) {
      expect(await loadInvitationForLink(token)).toEqual({ state: "unknown" });
      await expect(acceptInvitation({ token, name: "U", password: PASSWORD })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(
      await t.db.user.count({ where: { email: { in: ["revoked@newsroom.example", "expired@newsroom.example"] } } }),
    ).toBe(0);
  });

  it("another organization's admin can neither resend nor revoke our invitation", async () => {
    const other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
    await inviteByMail("ours@newsroom.example");
    const row = await t.db.invitation.findFirstOrThrow({ where: { email: "ours@newsroom.example" } });
    const outsider = { userId: other.users.ADMIN.id, orgId: other.orgId };
    await expect(resendInvitation(outsider, { invitationId: row.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeInvitation(outsider, { invitationId: row.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).toBeNull();
  });
});

describe("refusals when inviting", () => {
  it("an address that already has an account (here or elsewhere) cannot be invited: the link would set its password", async () => {
    await expect(inviteMember(admin, { email: "editor@example.org", role: "ADMIN" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already a member"),
    });
    await seedDemoData(t.db, { slug: "third", emailDomain: "third.example" }).catch(() => undefined);
    await expect(inviteMember(admin, { email: "editor@third.example", role: "ADMIN" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already has a FactDesk account"),
    });
  });

  it("a mail server that refuses the message leaves the invitation and hands the admin the link", async () => {
    const delivery = await deliverInvitation(
      await inviteMember(admin, { email: "refuse-me@newsroom.example", role: "REVIEWER" }),
    );
    expect(delivery.emailed).toBe(false);
    expect(delivery.mailError).toMatch(/could not be sent/);
    expect(delivery.link).toMatch(new RegExp(`^${BASE}/invite/[A-Za-z0-9_-]{43}$`));
    expect(await loadInvitationForLink(tokenOf(delivery.link!))).toMatchObject({ state: "valid" });
  });
});

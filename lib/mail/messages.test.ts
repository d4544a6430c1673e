import { describe, expect, it } from "vitest";
import { digestMessage, invitationMessage, passwordResetMessage } from "./messages";

const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
const expiresAt = new Date("2026-12-09T14:00:00Z");

describe("e-mail messages", () => {
  const messages = [
    invitationMessage({
      orgName: HOSTILE,
      inviterName: HOSTILE,
      role: "EDITOR",
      link: "https://desk.example.org/invite/abc",
      expiresAt,
    }),
    passwordResetMessage({ name: HOSTILE, link: "https://desk.example.org/reset-password/abc", expiresAt }),
    digestMessage({
      name: HOSTILE,
      orgName: HOSTILE,
      items: [{ message: HOSTILE, link: "https://desk.example.org/articles/a?claim=b&x=1", createdAt: expiresAt }],
      settingsLink: "https://desk.example.org/settings/email",
    }),
  ];

  it.each(messages.map((m) => [m.subject, m] as const))(
    "%s: user text is inert in the HTML part and plain in the text part",
    (_subject, message) => {
      expect(message.html).not.toMatch(/<img|<script/i);
      expect(message.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(message.text).toContain(HOSTILE);
      expect(message.text).not.toMatch(/<(p|a|li|h1)\b/);
    },
  );

  it("keeps a subject on one line whatever the organization's name holds", () => {
    expect(
      invitationMessage({
        orgName: "Desk\r\nBcc: victim@example.org",
        inviterName: null,
        role: "ADMIN",
        link: "x",
        expiresAt,
      }).subject,
    ).toBe("Join Desk Bcc: victim@example.org on FactDesk");
  });

  it("puts the link in both parts and names the expiry in UTC", () => {
    const [invite, reset, digest] = messages;
    expect(invite.text).toContain("https://desk.example.org/invite/abc");
    expect(invite.html).toContain(`href="https://desk.example.org/invite/abc"`);
    expect(invite.text).toContain("2026-12-09 14:00 UTC");
    expect(reset.text).toContain("https://desk.example.org/reset-password/abc");
    expect(digest.html).toContain(`href="https://desk.example.org/articles/a?claim=b&amp;x=1"`);
    expect(digest.text).toContain("https://desk.example.org/articles/a?claim=b&x=1");
    expect(digest.subject).toBe(`1 unread notification in ${HOSTILE}`);
  });
});

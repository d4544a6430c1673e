import { describe, expect, it } from "vitest";
import { digestMessage, invitationMessage, mailLocale, passwordResetMessage } from "./messages";

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
    expect(invite.text).toContain("9 Dec 2026, 14:00 UTC");
    expect(reset.text).toContain("https://desk.example.org/reset-password/abc");
    expect(digest.html).toContain(`href="https://desk.example.org/articles/a?claim=b&amp;x=1"`);
    expect(digest.text).toContain("https://desk.example.org/articles/a?claim=b&x=1");
    expect(digest.subject).toBe(`1 unread notification in ${HOSTILE}`);
  });
});

describe("e-mails in the recipient's language", () => {
  const invite = (locale: "en" | "es" | "ar") =>
    invitationMessage({
      orgName: "Desk <B>",
      inviterName: "Nadia",
      role: "EDITOR",
      link: "https://desk.example.org/invite/abc",
      expiresAt,
      locale,
    });
  const digest = (locale: "es" | "ar", count: number) =>
    digestMessage({
      name: "Ana",
      orgName: "Desk",
      items: Array.from({ length: count }, (_, i) => ({
        message: `n${i}`,
        link: `https://desk.example.org/${i}`,
        createdAt: expiresAt,
      })),
      settingsLink: "https://desk.example.org/settings/email",
      locale,
    });

  it("Spanish: subject, body, role, expiry date and plural", () => {
    const m = invite("es");
    expect(m.subject).toBe("Únase a Desk <B> en FactDesk");
    expect(m.text).toContain("Nadia lo invitó a unirse a Desk <B> en FactDesk como editor.");
    expect(m.text).toContain("El enlace vence el 9 dic 2026, 14:00 UTC.");
    expect(m.html).toContain('<html lang="es" dir="ltr">');
    expect(m.html).toContain("<strong>Desk &lt;B&gt;</strong>");
    expect(digest("es", 1).subject).toBe("1 notificación sin leer en Desk");
    expect(digest("es", 3).subject).toBe("3 notificaciones sin leer en Desk");
    expect(passwordResetMessage({ name: "Ana", link: "x", expiresAt, locale: "es" }).subject).toBe(
      "Restablezca su contraseña de FactDesk",
    );
  });

  it("Arabic: right to left, Arabic words, Arabic plural forms, Western digits in dates", () => {
    const m = invite("ar");
    expect(m.subject).toBe("انضم إلى Desk <B> على FactDesk");
    expect(m.text).toContain("دعاك Nadia للانضمام إلى Desk <B> على FactDesk بصفة محرر.");
    expect(m.text).toContain("تنتهي صلاحية الرابط في 9 ديسمبر 2026، 02:00 م UTC.");
    expect(m.html).toContain('<html lang="ar" dir="rtl">');
    expect(digest("ar", 2).subject).toBe("إشعاران غير مقروءين في Desk");
    expect(digest("ar", 3).subject).toBe("3 إشعارات غير مقروءة في Desk");
    expect(digest("ar", 11).subject).toBe("11 إشعارًا غير مقروء في Desk");
    const reset = passwordResetMessage({ name: "نادية", link: "https://x.example/r", expiresAt, locale: "ar" });
    expect(reset.text.split("\n")[0]).toBe("مرحبًا نادية،");
  });

  it("English unless the member or the organization chose another language", () => {
    expect(mailLocale(null, "en")).toBe("en");
    expect(mailLocale(null, "ar")).toBe("ar");
    expect(mailLocale("es", "ar")).toBe("es");
    expect(mailLocale("xx", "yy")).toBe("en");
    expect(invite("en").text).toContain("Nadia invited you to join Desk <B> on FactDesk as an editor.");
  });
});

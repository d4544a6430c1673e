import { escapeHtml, html, trustedHtml, type SafeHtml } from "@/lib/http/html";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isInterfaceLocale, localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// Pure: every message FactDesk sends, as a subject, a plain-text part and an HTML part, in the recipient's language
// (lib/mail/recipient-locale.ts chooses it). The HTML is built with the escaping `html` template
// (lib/http/html.ts), so a name or organization like `<img onerror=...>` arrives as text; catalogue messages with
// markup get their arguments escaped before the tags are filled in.

export type MailMessage = { subject: string; text: string; html: string };

/**
 * The language of an e-mail to a member: their own interface language, else their organization's public language,
 * else English.
 */
export function mailLocale(interfaceLanguage: unknown, publicLanguage: unknown): InterfaceLocale {
  if (isInterfaceLocale(interfaceLanguage)) return interfaceLanguage;
  return isInterfaceLocale(publicLanguage) ? publicLanguage : DEFAULT_LOCALE;
}

// A subject is one header line: a line break in a name must not start another header (nodemailer folds, we flatten).
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, " ");

// Dates in e-mails name their time zone (the reader may be anywhere), in the recipient's language.
const formatExpiry = (date: Date, locale: InterfaceLocale) => formatDate(date, "dateTime", { locale });

type Values = Record<string, string | number>;
const escapeValues = (values: Values): Values =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));

function layout(locale: InterfaceLocale, title: string, body: SafeHtml): string {
  const t = translatorFor(locale, "email");
  return html`<!doctype html><html lang="${locale}" dir="${localeDirection(locale)}"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">${body}</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#64748b">${t("layout.sentBy")}</p>
</body></html>`.toString();
}

function button(locale: InterfaceLocale, href: string, label: string): SafeHtml {
  const t = translatorFor(locale, "email");
  return html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">${label}</a></p>
<p style="font-size:13px;color:#475569">${t("layout.copyLink")}<br><span dir="ltr" style="word-break:break-all">${href}</span></p>`;
}

export function invitationMessage(input: {
  orgName: string;
  inviterName: string | null;
  role: "ADMIN" | "EDITOR" | "REVIEWER";
  link: string;
  expiresAt: Date;
  locale?: InterfaceLocale;
}): MailMessage {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "email");
  const expires = formatExpiry(input.expiresAt, locale);
  const key = input.inviterName ? "invitation.invitedBy" : "invitation.invited";
  const values = { inviter: input.inviterName ?? "", organization: input.orgName, role: input.role };
  const subject = oneLine(t("invitation.subject", { organization: input.orgName }));
  const text = [
    t.markup(key, { ...values, strong: (chunks) => chunks }),
    "",
    t("invitation.joinHere"),
    input.link,
    "",
    t("invitation.expires", { date: expires }),
  ].join("\n");
  const invited = t.markup(key, { ...escapeValues(values), strong: (chunks) => `<strong>${chunks}</strong>` });
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${subject}</h1>
<p>${trustedHtml(invited)}</p>
${button(locale, input.link, t("invitation.button"))}
<p style="font-size:13px;color:#475569">${t("invitation.expiresOnce", { date: expires })}</p>`;
  return { subject, text, html: layout(locale, subject, body) };
}

export function passwordResetMessage(input: {
  name: string;
  link: string;
  expiresAt: Date;
  locale?: InterfaceLocale;
}): MailMessage {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "email");
  const expires = formatExpiry(input.expiresAt, locale);
  const subject = t("reset.subject");
  const hello = t("reset.hello", { name: input.name });
  const text = [
    hello,
    "",
    `${t("reset.asked")} ${t("reset.chooseHere")}`,
    input.link,
    "",
    t("reset.expires", { date: expires }),
    t("reset.ignore"),
  ].join("\n");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${t("reset.heading")}</h1>
<p>${hello}</p>
<p>${t("reset.asked")}</p>
${button(locale, input.link, t("reset.button"))}
<p style="font-size:13px;color:#475569">${t("reset.expires", { date: expires })} ${t("reset.ignore")}</p>`;
  return { subject, text, html: layout(locale, subject, body) };
}

export type DigestItem = { message: string; link: string; createdAt: Date };

export function digestMessage(input: {
  name: string;
  orgName: string;
  items: readonly DigestItem[];
  settingsLink: string;
  locale?: InterfaceLocale;
}): MailMessage {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "email");
  const count = input.items.length;
  const subject = oneLine(t("digest.subject", { count, organization: input.orgName }));
  const text = [
    t("digest.hello", { name: input.name }),
    "",
    t("digest.intro", { count, organization: input.orgName }),
    "",
    ...input.items.flatMap((item) => [`- ${item.message}`, `  ${item.link}`]),
    "",
    `${t("digest.why")} ${t("digest.turnOffHere", { link: input.settingsLink })}`,
  ].join("\n");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${subject}</h1>
<p>${t("digest.hello", { name: input.name })}</p>
<ul style="padding-inline-start:20px">${input.items.map((item) => html`<li style="margin:0 0 8px"><a href="${item.link}">${item.message}</a></li>`)}</ul>
<p style="font-size:13px;color:#475569">${t("digest.why")} <a href="${input.settingsLink}">${t("digest.turnOff")}</a>.</p>`;
  return { subject, text, html: layout(locale, subject, body) };
}

import { formatDisplayDate } from "@/lib/export/display";
import { html, type SafeHtml } from "@/lib/http/html";

// Pure: every message FactDesk sends, as a subject, a plain-text part and an HTML part. The HTML is built with the
// escaping `html` template (lib/http/html.ts), so a name or organization like `<img onerror=...>` arrives as text.

export type MailMessage = { subject: string; text: string; html: string };

// A subject is one header line: a line break in a name must not start another header (nodemailer folds, we flatten).
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, " ");

const ROLE_NAMES = { ADMIN: "an admin", EDITOR: "an editor", REVIEWER: "a reviewer" } as const;

// Dates in e-mails name their time zone (the reader may be anywhere), written as everywhere else in FactDesk.
function formatExpiry(date: Date): string {
  return formatDisplayDate(date.toISOString());
}

function layout(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#0f172a">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">${body}</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#64748b">Sent by FactDesk.</p>
</body></html>`.toString();
}

function button(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">${label}</a></p>
<p style="font-size:13px;color:#475569">Or copy this address into your browser:<br><span style="word-break:break-all">${href}</span></p>`;
}

export function invitationMessage(input: {
  orgName: string;
  inviterName: string | null;
  role: keyof typeof ROLE_NAMES;
  link: string;
  expiresAt: Date;
}): MailMessage {
  const who = input.inviterName ? `${input.inviterName} invited you` : "You are invited";
  const role = ROLE_NAMES[input.role];
  const expires = formatExpiry(input.expiresAt);
  const subject = oneLine(`Join ${input.orgName} on FactDesk`);
  const text = [
    `${who} to join ${input.orgName} on FactDesk as ${role}.`,
    "",
    "Choose your password and join here (the link works once):",
    input.link,
    "",
    `The link expires on ${expires}. If you did not expect this invitation, ignore this message.`,
  ].join("\n");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">Join ${input.orgName} on FactDesk</h1>
<p>${who} to join <strong>${input.orgName}</strong> on FactDesk as ${role}.</p>
${button(input.link, "Choose a password and join")}
<p style="font-size:13px;color:#475569">The link works once and expires on ${expires}. If you did not expect this invitation, ignore this message.</p>`;
  return { subject, text, html: layout(subject, body) };
}

export function passwordResetMessage(input: { name: string; link: string; expiresAt: Date }): MailMessage {
  const expires = formatExpiry(input.expiresAt);
  const subject = "Reset your FactDesk password";
  const text = [
    `Hello ${input.name},`,
    "",
    "Someone (hopefully you) asked to reset the password of your FactDesk account. Choose a new one here:",
    input.link,
    "",
    `The link works once and expires on ${expires}. Setting a new password signs you out everywhere else.`,
    "If you did not ask for this, ignore this message: your password stays as it is.",
  ].join("\n");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">Reset your password</h1>
<p>Hello ${input.name},</p>
<p>Someone (hopefully you) asked to reset the password of your FactDesk account.</p>
${button(input.link, "Choose a new password")}
<p style="font-size:13px;color:#475569">The link works once and expires on ${expires}. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this message: your password stays as it is.</p>`;
  return { subject, text, html: layout(subject, body) };
}

export type DigestItem = { message: string; link: string; createdAt: Date };

export function digestMessage(input: {
  name: string;
  orgName: string;
  items: readonly DigestItem[];
  settingsLink: string;
}): MailMessage {
  const count = input.items.length;
  const subject = oneLine(`${count} unread notification${count === 1 ? "" : "s"} in ${input.orgName}`);
  const text = [
    `Hello ${input.name},`,
    "",
    `You have ${count} unread notification${count === 1 ? "" : "s"} in ${input.orgName} on FactDesk:`,
    "",
    ...input.items.flatMap((item) => [`- ${item.message}`, `  ${item.link}`]),
    "",
    `You get this daily summary because you turned it on. Turn it off here: ${input.settingsLink}`,
  ].join("\n");
  const body = html`<h1 style="font-size:20px;margin:0 0 12px">${subject}</h1>
<p>Hello ${input.name},</p>
<ul style="padding-left:20px">${input.items.map((item) => html`<li style="margin:0 0 8px"><a href="${item.link}">${item.message}</a></li>`)}</ul>
<p style="font-size:13px;color:#475569">You get this daily summary because you turned it on. <a href="${input.settingsLink}">Turn it off</a>.</p>`;
  return { subject, text, html: layout(subject, body) };
}

import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import type { MailMessage } from "./messages";

// One SMTP transport per process (nodemailer keeps the connection details; it opens a connection per message
// unless pooled). Unset SMTP_URL: no transport, and callers show the link to a person instead of sending it.

let cached: { url: string; transporter: Transporter } | undefined;

export function isMailConfigured(): boolean {
  return Boolean(getEnv().SMTP_URL);
}

function transporter(): Transporter {
  const url = getEnv().SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (cached?.url !== url) {
    // bounded waits: a mail server that does not answer must not hold a request (or the digest run) for minutes
    cached = {
      url,
      transporter: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    };
  }
  return cached.transporter;
}

async function fromAddress(): Promise<string> {
  return getEnv().MAIL_FROM ?? `FactDesk <factdesk@${new URL(await publicBaseUrl()).hostname}>`;
}

/** Sends one message; throws when the server refuses it or cannot be reached (callers decide what the user sees). */
export async function sendMail(to: string, message: MailMessage): Promise<void> {
  await transporter().sendMail({
    from: await fromAddress(),
    to,
    subject: message.subject,
    text: message.text,
    html: message.html,
  });
}

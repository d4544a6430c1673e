import "server-only";
import { publicLink } from "@/lib/mail/links";
import { invitationMessage } from "@/lib/mail/messages";
import { invitationMailLocale } from "@/lib/mail/recipient-locale";
import { isMailConfigured, sendMail } from "@/lib/mail/transport";
import type { IssuedInvitation } from "./mutations";

export type InvitationDelivery = { email: string; emailed: boolean; link: string | null; mailError: string | null };

export function invitationLink(token: string): Promise<string> {
  return publicLink(`/invite/${token}`);
}

/**
 * E-mails the link when SMTP is configured; otherwise (or when the mail server refuses) hands the link back so the
 * admin can copy it. The link is shown only in this one answer: it is never stored.
 */
export async function deliverInvitation(issued: IssuedInvitation): Promise<InvitationDelivery> {
  const link = await invitationLink(issued.token);
  if (!isMailConfigured()) return { email: issued.email, emailed: false, link, mailError: null };
  try {
    await sendMail(
      issued.email,
      invitationMessage({
        orgName: issued.orgName,
        inviterName: issued.inviterName,
        role: issued.role,
        link,
        expiresAt: issued.expiresAt,
        locale: await invitationMailLocale(issued.invitationId),
      }),
    );
    return { email: issued.email, emailed: true, link: null, mailError: null };
  } catch (e) {
    console.error(
      JSON.stringify({
        event: "mail_failed",
        kind: "invitation",
        invitationId: issued.invitationId,
        error: (e as Error).message,
      }),
    );
    return {
      email: issued.email,
      emailed: false,
      link,
      mailError:
        "The invitation e-mail could not be sent. Copy the link below and send it yourself, or try again later.",
    };
  }
}

import "server-only";
import { db } from "@/lib/db";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { mailLocale } from "./messages";

/**
 * A password reset goes to a person, not to one organization: their own language, else the public language of the
 * organization of their oldest active membership, else English.
 */
export async function userMailLocale(userId: string): Promise<InterfaceLocale> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      interfaceLanguage: true,
      memberships: {
        where: { deactivatedAt: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { org: { select: { publicLanguage: true } } },
      },
    },
  });
  return mailLocale(user?.interfaceLanguage, user?.memberships[0]?.org.publicLanguage);
}

/**
 * An invitation goes to someone who has no account yet, so no language of their own: the inviting organization's
 * public language.
 */
export async function invitationMailLocale(invitationId: string): Promise<InterfaceLocale> {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    select: { org: { select: { publicLanguage: true } } },
  });
  return mailLocale(null, invitation?.org.publicLanguage);
}

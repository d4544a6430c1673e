import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { InterfaceLocale } from "@/lib/i18n/locales";

/**
 * The member's own interface language (null follows their browser). Row-level: the viewer's own user row is the only
 * row this touches. Audited in their organization, like their other preferences.
 */
export async function setInterfaceLanguage(
  viewer: { userId: string; orgId: string },
  language: InterfaceLocale | null,
): Promise<{ language: InterfaceLocale | null }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { interfaceLanguage: true },
    });
    if (user.interfaceLanguage !== language) {
      await tx.user.update({ where: { id: viewer.userId }, data: { interfaceLanguage: language } });
      await recordAudit(tx, {
        orgId: viewer.orgId,
        actorId: viewer.userId,
        entityType: "membership",
        entityId: viewer.userId,
        action: "member.interface_language_changed",
        before: { interfaceLanguage: user.interfaceLanguage },
        after: { interfaceLanguage: language },
      });
    }
    return { language };
  });
}

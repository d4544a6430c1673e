import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import type { InterfaceLocale } from "@/lib/i18n/locales";

/** Replaces the organization's embed allow-list; the audit row keeps the list before and after. */
export async function saveEmbedDomains(actor: Actor, input: { domains: string[] }): Promise<{ domains: string[] }> {
  return db.$transaction(async (tx) => {
    // the row lock makes two admins' saves queue, so each audit row's "before" is what that save replaced
    const [current] = await tx.$queryRaw<
      { embedDomains: string[] | null }[]
    >`SELECT "embedDomains" FROM "Organization" WHERE id = ${actor.orgId} FOR UPDATE`;
    const before = current?.embedDomains ?? [];
    const updated = await tx.organization.update({
      where: { id: actor.orgId },
      data: { embedDomains: input.domains },
      select: { embedDomains: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "organization",
      entityId: actor.orgId,
      action: "embed_domains.saved",
      before: { domains: before },
      after: { domains: updated.embedDomains },
    });
    return { domains: updated.embedDomains };
  });
}

/** Sets the language readers get; the audit row keeps the language before and after. */
export async function savePublicLanguage(
  actor: Actor,
  input: { language: InterfaceLocale },
): Promise<{ language: InterfaceLocale }> {
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<
      { publicLanguage: string }[]
    >`SELECT "publicLanguage" FROM "Organization" WHERE id = ${actor.orgId} FOR UPDATE`;
    await tx.organization.update({ where: { id: actor.orgId }, data: { publicLanguage: input.language } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "organization",
      entityId: actor.orgId,
      action: "public_language.saved",
      before: { language: current?.publicLanguage ?? null },
      after: { language: input.language },
    });
    return { language: input.language };
  });
}

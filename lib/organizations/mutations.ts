import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { issueInvitationInTx, type IssuedInvitation } from "@/lib/invitations/mutations";
import { SIX_LEVEL_PRESET } from "@/lib/scales/presets";
import { errorText } from "@/lib/i18n/error-text";

/**
 * A new organization with the six-level rating scale as its default, so its first reviewer can give verdicts at
 * once. Runs inside the caller's transaction (first-run setup, `npm run org:create`), which also creates its admin
 * or the admin's invitation.
 */
export async function createOrganizationInTx(
  tx: Tx,
  input: { name: string; slug: string },
): Promise<{ id: string; name: string; slug: string }> {
  const clash = await tx.organization.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (clash)
    throw new AppError("CONFLICT", errorText("organizations.slugTaken", { slug: input.slug }), { field: "slug" });
  const org = await tx.organization.create({
    data: { name: input.name, slug: input.slug },
    select: { id: true, name: true, slug: true },
  });
  const scale = await tx.ratingScale.create({
    data: {
      orgId: org.id,
      name: SIX_LEVEL_PRESET.name,
      description: SIX_LEVEL_PRESET.description,
      options: { create: SIX_LEVEL_PRESET.options.map((o, position) => ({ ...o, position })) },
    },
    select: { id: true },
  });
  await tx.organization.update({ where: { id: org.id }, data: { defaultScaleId: scale.id } });
  return org;
}

/**
 * `npm run org:create`: a new organization (the first of an instance or another one beside it) and an admin
 * invitation for its first admin, who chooses their own password from the link. Uses up any first-run setup link.
 */
export async function createOrganizationWithAdminInvitation(input: {
  name: string;
  slug: string;
  adminEmail: string;
}): Promise<{ org: { id: string; name: string; slug: string }; invitation: IssuedInvitation }> {
  try {
    return await db.$transaction(async (tx) => {
      const org = await createOrganizationInTx(tx, input);
      const invitation = await issueInvitationInTx(tx, {
        orgId: org.id,
        email: input.adminEmail,
        role: "ADMIN",
        invitedById: null,
      });
      await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } });
      await recordAudit(tx, {
        orgId: org.id,
        actorId: null,
        entityType: "organization",
        entityId: org.id,
        action: "organization.created",
        after: { name: org.name, slug: org.slug, via: "org:create", adminEmail: input.adminEmail },
      });
      return { org, invitation };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", errorText("organizations.slugTaken", { slug: input.slug }), { field: "slug" });
    throw e;
  }
}

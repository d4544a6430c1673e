import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { generateOneTimeToken, hashOneTimeToken, isOneTimeTokenShaped } from "@/lib/auth/one-time-token";
import { recordAudit } from "@/lib/audit/record";
import { createOrganizationInTx } from "@/lib/organizations/mutations";
import type { CompleteSetupInput } from "./schema";
import { errorText } from "@/lib/i18n/error-text";

// Any number of app servers may start on one empty database and print links, and two people may submit the form at
// once: creating the first organization is serialized by this advisory lock, and checked again under it.
const SETUP_LOCK = 7_150_001;

async function lockSetup(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})::text AS locked`;
}

/** A new setup link's token when the instance has no organization yet; null when it has one. */
export async function createSetupTokenIfEmpty(): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await lockSetup(tx);
    if (await tx.organization.count()) return null;
    const token = generateOneTimeToken();
    await tx.setupToken.create({ data: { tokenHash: hashOneTimeToken(token) } });
    return token;
  });
}

/** Creates the first organization and its admin, and uses up every setup link. */
export async function completeSetup(input: CompleteSetupInput): Promise<{ orgSlug: string; email: string }> {
  if (!isOneTimeTokenShaped(input.token)) throw new AppError("NOT_FOUND", "setup.linkInvalid");
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      await lockSetup(tx);
      const token = await tx.setupToken.findUnique({ where: { tokenHash }, select: { usedAt: true } });
      if (await tx.organization.count()) throw new AppError("CONFLICT", "setup.alreadyDone");
      if (!token || token.usedAt) throw new AppError("NOT_FOUND", "setup.linkInvalid");
      const org = await createOrganizationInTx(tx, { name: input.orgName, slug: input.slug });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          memberships: { create: { orgId: org.id, role: "ADMIN" } },
        },
        select: { id: true },
      });
      await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } });
      await recordAudit(tx, {
        orgId: org.id,
        actorId: user.id,
        entityType: "organization",
        entityId: org.id,
        action: "organization.created",
        after: { name: org.name, slug: org.slug, via: "setup" },
      });
      await recordAudit(tx, {
        orgId: org.id,
        actorId: user.id,
        entityType: "membership",
        entityId: user.id,
        action: "member.joined",
        after: { email: input.email, role: "ADMIN" },
      });
      return { orgSlug: org.slug, email: input.email };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", errorText("setup.emailTaken", { email: input.email }), { field: "email" });
    throw e;
  }
}

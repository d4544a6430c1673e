import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { generateApiToken, hashApiToken } from "./token";
import type { Actor } from "@/lib/auth/actor";
import { errorText } from "@/lib/i18n/error-text";

/** Creates a token and returns its value: the only time it exists outside the caller's hands. */
export async function createApiToken(
  actor: Actor,
  input: { name: string },
): Promise<{ id: string; name: string; token: string }> {
  const token = generateApiToken();
  return db.$transaction(async (tx) => {
    // Two live tokens with one name could not be told apart when one has to be revoked.
    const clash = await tx.apiToken.findFirst({
      where: { orgId: actor.orgId, name: input.name, revokedAt: null },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", errorText("tokens.nameTaken", { name: input.name }), { field: "name" });
    const row = await tx.apiToken.create({
      data: { orgId: actor.orgId, name: input.name, tokenHash: hashApiToken(token), createdById: actor.userId },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "api_token",
      entityId: row.id,
      action: "api_token.created",
      after: { name: row.name },
    });
    return { ...row, token };
  });
}

export async function revokeApiToken(actor: Actor, input: { tokenId: string }): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({
      where: { id: input.tokenId, orgId: actor.orgId, revokedAt: null },
      select: { id: true, name: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "tokens.notFound");
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "api_token",
      entityId: row.id,
      action: "api_token.revoked",
      before: { name: row.name },
    });
    return { name: row.name };
  });
}

// Not audited: it is bookkeeping for the token list, and every write the token makes has its own audit row.
export async function markApiTokenUsed(tokenId: string): Promise<void> {
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } });
}

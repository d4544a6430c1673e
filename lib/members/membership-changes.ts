import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessionsOfUser } from "@/lib/auth/sessions";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { errorText } from "@/lib/i18n/error-text";

// An admin changes a member's role, deactivates, reactivates or removes them. Each change ends the member's
// sessions (they sign in again and get exactly what the change allows), writes an audit row in the same transaction,
// and never leaves the organization without an active admin.
//
// Race safety: every change first locks the organization's row, so two admins acting at once (each demoting the
// other, say) run one after the other, and the second one counts the admins the first one left.
// A removed member's user row stays: their claims, verdicts, comments and history keep their name.

type MembershipRow = { id: string; role: Role; deactivatedAt: Date | null; user: { name: string; email: string } };

async function lockMembership(tx: Tx, actor: Actor, userId: string): Promise<MembershipRow> {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${actor.orgId} FOR UPDATE`;
  const membership = await tx.membership.findUnique({
    where: { userId_orgId: { userId, orgId: actor.orgId } },
    select: { id: true, role: true, deactivatedAt: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "members.notFound");
  return membership;
}

const isActiveAdmin = (m: { role: Role; deactivatedAt: Date | null }) => m.role === "ADMIN" && m.deactivatedAt === null;

/** What would leave the organization without an admin (errors.members.lastAdmin's `change`). */
type AdminLoss = "ADMIN" | "EDITOR" | "REVIEWER" | "deactivated" | "removed";

async function refuseIfLastAdmin(tx: Tx, actor: Actor, membership: MembershipRow, change: AdminLoss): Promise<void> {
  if (!isActiveAdmin(membership)) return;
  const admins = await tx.membership.count({ where: { orgId: actor.orgId, role: "ADMIN", deactivatedAt: null } });
  if (admins <= 1) {
    throw new AppError("CONFLICT", errorText("members.lastAdmin", { name: membership.user.name, change }));
  }
}

function refuseOwn(actor: Actor, userId: string, doing: "deactivate" | "remove"): void {
  if (actor.userId === userId) throw new AppError("CONFLICT", errorText("members.notYourself", { doing }));
}

export async function changeMemberRole(
  actor: Actor,
  input: { userId: string; role: Role },
): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, actor, input.userId);
    if (membership.role === input.role) return { changed: false };
    if (input.role !== "ADMIN") await refuseIfLastAdmin(tx, actor, membership, input.role);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await endAllSessionsOfUser(tx, input.userId);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "membership",
      entityId: input.userId,
      action: "member.role_changed",
      before: { email: membership.user.email, role: membership.role },
      after: { email: membership.user.email, role: input.role },
    });
    return { changed: true };
  });
}

export async function deactivateMember(actor: Actor, input: { userId: string }): Promise<void> {
  refuseOwn(actor, input.userId, "deactivate");
  await db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, actor, input.userId);
    if (membership.deactivatedAt) return;
    await refuseIfLastAdmin(tx, actor, membership, "deactivated");
    await tx.membership.update({ where: { id: membership.id }, data: { deactivatedAt: new Date() } });
    await endAllSessionsOfUser(tx, input.userId);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "membership",
      entityId: input.userId,
      action: "member.deactivated",
      after: { email: membership.user.email, role: membership.role },
    });
  });
}

export async function reactivateMember(actor: Actor, input: { userId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, actor, input.userId);
    if (!membership.deactivatedAt) return;
    await tx.membership.update({ where: { id: membership.id }, data: { deactivatedAt: null } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "membership",
      entityId: input.userId,
      action: "member.reactivated",
      after: { email: membership.user.email, role: membership.role },
    });
  });
}

export async function removeMember(actor: Actor, input: { userId: string }): Promise<void> {
  refuseOwn(actor, input.userId, "remove");
  await db.$transaction(async (tx) => {
    const membership = await lockMembership(tx, actor, input.userId);
    await refuseIfLastAdmin(tx, actor, membership, "removed");
    await tx.membership.delete({ where: { id: membership.id } });
    // their sessions end whether or not they belong to another organization: they sign in again there
    await endAllSessionsOfUser(tx, input.userId);
    await tx.articlePresence.deleteMany({ where: { userId: input.userId, article: { orgId: actor.orgId } } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "membership",
      entityId: input.userId,
      action: "member.removed",
      before: { email: membership.user.email, role: membership.role },
    });
  });
}

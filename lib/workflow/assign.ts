import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { findMembersForPicker } from "@/lib/members/data";
import { createNotifications } from "@/lib/notifications/mutations";
import type { Role } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";

export type AssigneeOptions = { assigneeId: string | null; members: { userId: string; name: string; role: Role }[] };

/** The claim's current assignee and the members it can be given to, for the picker in the claim card. */
export async function findAssigneeOptions(orgId: string, claimId: string): Promise<AssigneeOptions> {
  const claim = await db.claim.findFirst({
    where: { id: claimId, orgId, deletedAt: null },
    select: { assigneeId: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "common.claimGone");
  const members = await findMembersForPicker(orgId);
  return { assigneeId: claim.assigneeId, members: members.map(({ userId, name, role }) => ({ userId, name, role })) };
}

// Assignment says who works on a claim, not what it says: it leaves lockVersion alone, so it neither conflicts
// with a colleague's open edits nor voids approvals given on the current version.
export async function assignClaim(
  actor: Actor,
  claimId: string,
  assigneeId: string | null,
): Promise<{ assigneeId: string | null; assigneeName: string | null }> {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, orgId: actor.orgId, deletedAt: null },
      select: { id: true, articleId: true, quote: true, assigneeId: true, assignee: { select: { name: true } } },
    });
    if (!claim) throw new AppError("NOT_FOUND", "common.claimGone");
    let assigneeName: string | null = null;
    if (assigneeId) {
      const membership = await tx.membership.findFirst({
        where: { userId: assigneeId, orgId: actor.orgId, deactivatedAt: null },
        select: { user: { select: { name: true } } },
      });
      if (!membership)
        throw new AppError("INVALID", "workflow.assigneeNotMember", {
          field: "assigneeId",
        });
      assigneeName = membership.user.name;
    }
    if (claim.assigneeId === assigneeId) return { assigneeId, assigneeName };
    await tx.claim.update({ where: { id: claim.id }, data: { assigneeId } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "claim",
      entityId: claim.id,
      claimId: claim.id,
      articleId: claim.articleId,
      action: "claim.assigned",
      before: { assigneeId: claim.assigneeId, assignee: claim.assignee?.name ?? null },
      after: { assigneeId, assignee: assigneeName },
    });
    if (assigneeId && assigneeId !== actor.userId) {
      await createNotifications(tx, actor, {
        userIds: [assigneeId],
        kind: "assignment",
        claimId: claim.id,
        articleId: claim.articleId,
        subject: claim.quote,
      });
    }
    return { assigneeId, assigneeName };
  });
}

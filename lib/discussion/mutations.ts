import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { createNotifications } from "@/lib/notifications/mutations";
import { findMentionedMemberIds } from "./mentions";
import type { CreateCommentInput } from "./schema";
import type { Actor } from "@/lib/auth/actor";

async function findClaimInOrg(tx: Tx, orgId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, orgId, deletedAt: null },
    select: { id: true, articleId: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "common.claimGone");
  return claim;
}

// One level of nesting: a reply to a reply joins the thread of the comment it answers.
async function findThreadId(tx: Tx, claimId: string, parentId: string): Promise<string> {
  const parent = await tx.comment.findFirst({ where: { id: parentId, claimId }, select: { id: true, parentId: true } });
  if (!parent) throw new AppError("NOT_FOUND", "discussion.parentGone", { field: "parentId" });
  return parent.parentId ?? parent.id;
}

// Comments may name anyone in the organization; the mentioned members (never the author) get a notification in
// the same transaction, and the audit row keeps who was mentioned (the "Mentioned me" list reads it).
export async function createComment(
  actor: Actor,
  input: CreateCommentInput,
): Promise<{ id: string; claimId: string; mentionedUserIds: string[] }> {
  return db.$transaction(async (tx) => {
    const claim = await findClaimInOrg(tx, actor.orgId, input.claimId);
    const threadId = input.parentId ? await findThreadId(tx, claim.id, input.parentId) : null;
    const members = (
      await tx.membership.findMany({
        where: { orgId: actor.orgId, deactivatedAt: null },
        select: { user: { select: { id: true, name: true, email: true } } },
      })
    ).map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email }));
    const mentionedUserIds = findMentionedMemberIds(input.body, members).filter((id) => id !== actor.userId);
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.userId, parentId: threadId, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "comment",
      entityId: comment.id,
      claimId: claim.id,
      articleId: claim.articleId,
      action: "comment.created",
      after: { parentId: threadId, body: input.body, mentionedUserIds },
    });
    await createNotifications(tx, actor, {
      userIds: mentionedUserIds,
      kind: "mention",
      claimId: claim.id,
      articleId: claim.articleId,
      subject: input.body,
    });
    return { id: comment.id, claimId: claim.id, mentionedUserIds };
  });
}

/** Resolves or reopens a thread (its first comment); the comment keeps who resolved it and when. */
export async function setThreadResolved(
  actor: Actor,
  commentId: string,
  resolved: boolean,
): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const thread = await tx.comment.findFirst({
      where: { id: commentId, claim: { orgId: actor.orgId, deletedAt: null } },
      select: {
        id: true,
        parentId: true,
        claimId: true,
        resolvedAt: true,
        resolvedById: true,
        claim: { select: { articleId: true } },
      },
    });
    if (!thread) throw new AppError("NOT_FOUND", "discussion.threadGone");
    if (thread.parentId) throw new AppError("INVALID", "discussion.resolveFromFirst");
    const now = new Date();
    // compare-and-set: of two colleagues resolving at once, one wins and the other is told
    const { count } = await tx.comment.updateMany({
      where: { id: thread.id, resolvedAt: resolved ? null : { not: null } },
      data: resolved ? { resolvedAt: now, resolvedById: actor.userId } : { resolvedAt: null, resolvedById: null },
    });
    if (count === 0) throw new AppError("CONFLICT", resolved ? "discussion.alreadyResolved" : "discussion.alreadyOpen");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "comment",
      entityId: thread.id,
      claimId: thread.claimId,
      articleId: thread.claim.articleId,
      action: resolved ? "comment.resolved" : "comment.reopened",
      before: { resolvedAt: thread.resolvedAt?.toISOString() ?? null, resolvedById: thread.resolvedById },
      after: resolved
        ? { resolvedAt: now.toISOString(), resolvedById: actor.userId }
        : { resolvedAt: null, resolvedById: null },
    });
    return { claimId: thread.claimId };
  });
}

/** Members delete only their own comments, softly: the audit row keeps what was said. */
export async function deleteComment(actor: Actor, commentId: string): Promise<{ claimId: string }> {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { id: commentId, deletedAt: null, claim: { orgId: actor.orgId, deletedAt: null } },
      select: {
        id: true,
        authorId: true,
        parentId: true,
        body: true,
        claimId: true,
        claim: { select: { articleId: true } },
      },
    });
    if (!comment) throw new AppError("NOT_FOUND", "discussion.commentGone");
    if (comment.authorId !== actor.userId) throw new AppError("FORBIDDEN", "discussion.notYourComment");
    await tx.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      entityType: "comment",
      entityId: comment.id,
      claimId: comment.claimId,
      articleId: comment.claim.articleId,
      action: "comment.deleted",
      before: { body: comment.body, parentId: comment.parentId },
    });
    return { claimId: comment.claimId };
  });
}

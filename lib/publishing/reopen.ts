import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import type { Actor as MemberActor } from "@/lib/auth/actor";

// The one rule every write path follows: a change a reader could see (words or position, verdict, rationale,
// evidence, claimant, date, context) to a claim an editor has approved or published sends it back to review. Readers
// keep the last published snapshot (lib/reader reads only ClaimPublication rows), and only an editor's approval and
// publication make a new one. A claim in review that has been published before is "changed since publication".
export const REVIEWED_STATES: ReadonlySet<string> = new Set(["APPROVED", "PUBLISHED", "CORRECTED"]);

/** The audit actions that are reader-visible changes by their actor (see findChangeAuthorsSincePublication). */
export const READER_VISIBLE_CHANGE_ACTIONS = ["claim.updated", "claim.reattached", "claim.moved"] as const;

// the system (an API token's replacement, a text edit by a script) may act without a member
type Actor = Omit<MemberActor, "userId"> & { userId: string | null };

/** Sends a reviewed claim back to review after a reader-visible change; returns the state it is in now. */
export async function reopenAfterReaderVisibleChange(
  tx: Tx,
  actor: Actor,
  claim: { id: string; articleId: string; state: string },
  reason: string,
): Promise<string> {
  if (!REVIEWED_STATES.has(claim.state)) return claim.state;
  await tx.claim.update({ where: { id: claim.id }, data: { state: "IN_REVIEW" } });
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.userId,
    entityType: "claim",
    entityId: claim.id,
    claimId: claim.id,
    articleId: claim.articleId,
    action: "claim.state_changed",
    before: { state: claim.state },
    after: { state: "IN_REVIEW", reason },
  });
  return "IN_REVIEW";
}

/**
 * Who made a reader-visible change to a published claim since its last publication: none of them may approve it
 * (the no-self-approval rule, extended from the verdict's author to every author of the change). Empty for a claim
 * never published, where the verdict-author rule alone applies.
 */
export async function findChangeAuthorsSincePublication(tx: Tx, claimId: string): Promise<Set<string>> {
  const last = await tx.claimPublication.findFirst({
    where: { claimId },
    orderBy: { publishedAt: "desc" },
    select: { publishedAt: true },
  });
  if (!last) return new Set();
  const events = await tx.auditEvent.findMany({
    where: {
      claimId,
      createdAt: { gte: last.publishedAt },
      action: { in: [...READER_VISIBLE_CHANGE_ACTIONS] },
      actorId: { not: null },
    },
    select: { actorId: true, action: true, after: true },
  });
  // a move that kept the very same words is the text edit's doing, which the editor reviews as article text
  const counts = events.filter(
    (e) => e.action !== "claim.moved" || (e.after as { quoteChanged?: boolean } | null)?.quoteChanged !== false,
  );
  return new Set(counts.map((e) => e.actorId!));
}

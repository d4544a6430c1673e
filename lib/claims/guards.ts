import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";

export const CLAIM_GONE = "This claim no longer exists (it may have been deleted by a colleague).";

export async function findEditableClaim(tx: Tx, orgId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, orgId, deletedAt: null },
    select: {
      id: true,
      articleId: true,
      quote: true,
      start: true,
      end: true,
      state: true,
      lockVersion: true,
      claimant: true,
      claimDate: true,
      claimContext: true,
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", CLAIM_GONE);
  return claim;
}

// Optimistic locking: a save that did not start from the latest version is refused, naming who changed what.
export async function assertLockVersion(
  tx: Tx,
  claim: { id: string; lockVersion: number },
  startedFrom: number,
): Promise<void> {
  if (claim.lockVersion === startedFrom) return;
  const last = await tx.auditEvent.findFirst({
    where: { claimId: claim.id },
    orderBy: { createdAt: "desc" },
    select: { action: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "A colleague";
  const what =
    last?.after && typeof last.after === "object" && "changed" in last.after
      ? ` (${(last.after as { changed: string[] }).changed.join(", ")})`
      : "";
  const when = last ? ` at ${formatDate(last.createdAt, "dayMonthTime")}` : "";
  throw new AppError(
    "CONFLICT",
    `${who} changed this claim${what}${when} after you opened it. Your edits are kept below: review the latest version and apply them again.`,
    { latestLockVersion: claim.lockVersion },
  );
}

import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

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
  if (!claim) throw new AppError("NOT_FOUND", "claims.gone");
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
  const changed =
    last?.after && typeof last.after === "object" && "changed" in last.after
      ? (last.after as { changed: string[] }).changed.join(", ")
      : "";
  throw new AppError(
    "CONFLICT",
    errorText("claims.changedMeanwhile", {
      colleague: last?.actor?.name ? "named" : "unknown",
      who: last?.actor?.name ?? "",
      changed: changed || "none",
      timed: last ? "yes" : "no",
      when: last?.createdAt ?? "",
    }),
    { latestLockVersion: claim.lockVersion },
  );
}

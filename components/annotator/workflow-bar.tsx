"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { approveClaimAction, requestChangesAction, submitForReviewAction } from "@/lib/workflow/actions";
import type { ClaimView } from "@/lib/claims/view";
import { Button } from "@/components/ui/button";

// The claim's next editorial step, shown only to those who may take it.
export function WorkflowBar({
  claim,
  articleId,
  viewer,
  dirty,
}: {
  claim: ClaimView;
  articleId: string;
  viewer: { userId: string; canApprove: boolean };
  dirty: boolean;
}) {
  const t = useTranslations("annotator.workflow");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (action: (i: unknown) => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await action({ claimId: claim.id, articleId });
      setError(result.ok ? null : (result.message ?? t("failed")));
      if (result.ok) router.refresh();
    });
  const ownVerdict = claim.verdict?.authorId === viewer.userId;
  const blockedByEdits = dirty ? t("saveFirst") : null;
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 px-3 py-3">
      {claim.state === "DRAFT" && (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || !!blockedByEdits}
          onClick={() => run(submitForReviewAction)}
        >
          {t("submit")}
        </Button>
      )}
      {claim.state === "IN_REVIEW" && viewer.canApprove && (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={pending || ownVerdict || !!blockedByEdits}
            onClick={() => run(approveClaimAction)}
          >
            {t("approve")}
          </Button>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(requestChangesAction)}>
            {t("requestChanges")}
          </Button>
          {ownVerdict && <p className="w-full text-xs text-muted">{t("ownVerdict")}</p>}
        </div>
      )}
      {claim.state === "IN_REVIEW" && !viewer.canApprove && <p className="text-xs text-muted">{t("waiting")}</p>}
      {claim.state === "APPROVED" && <p className="text-xs text-muted">{t("approved")}</p>}
      {(claim.state === "PUBLISHED" || claim.state === "CORRECTED") && (
        <p className="text-xs text-muted">{t("published")}</p>
      )}
      {claim.wasPublished && claim.state !== "PUBLISHED" && claim.state !== "CORRECTED" && (
        <p className="text-xs text-amber-800">{t("changedSincePublication")}</p>
      )}
      {blockedByEdits && claim.state !== "APPROVED" && claim.state !== "PUBLISHED" && (
        <p className="text-xs text-muted">{blockedByEdits}</p>
      )}
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

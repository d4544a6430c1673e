"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
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
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (action: (i: unknown) => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await action({ claimId: claim.id, articleId });
      setError(result.ok ? null : (result.message ?? "That did not work."));
      if (result.ok) router.refresh();
    });
  const ownVerdict = claim.verdict?.authorId === viewer.userId;
  const blockedByEdits = dirty ? "Save your changes first." : null;
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 px-3 py-3">
      {claim.state === "DRAFT" && (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || !!blockedByEdits}
          onClick={() => run(submitForReviewAction)}
        >
          Submit for review
        </Button>
      )}
      {claim.state === "IN_REVIEW" && viewer.canApprove && (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            disabled={pending || ownVerdict || !!blockedByEdits}
            onClick={() => run(approveClaimAction)}
          >
            Approve
          </Button>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(requestChangesAction)}>
            Request changes
          </Button>
          {ownVerdict && (
            <p className="w-full text-xs text-muted">You wrote this verdict, so another editor must approve it.</p>
          )}
        </div>
      )}
      {claim.state === "IN_REVIEW" && !viewer.canApprove && (
        <p className="text-xs text-muted">Waiting for an editor’s approval.</p>
      )}
      {claim.state === "APPROVED" && (
        <p className="text-xs text-muted">Approved: it goes live when an editor publishes the article.</p>
      )}
      {(claim.state === "PUBLISHED" || claim.state === "CORRECTED") && (
        <p className="text-xs text-muted">
          Published. Changing anything readers see (its words, verdict, rationale, evidence, claimant, date or context)
          sends it back to review; readers keep this version until an editor publishes the change.
        </p>
      )}
      {claim.wasPublished && claim.state !== "PUBLISHED" && claim.state !== "CORRECTED" && (
        <p className="text-xs text-amber-800">
          Changed since publication: readers still see the published version. An editor who did not make the change
          approves it, then publishes with a note if the verdict or its words changed.
        </p>
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

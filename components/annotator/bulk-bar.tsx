"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import {
  bulkApproveClaimsAction,
  bulkAssignClaimsAction,
  bulkRequestChangesAction,
  bulkSubmitForReviewAction,
  loadAssigneeOptionsAction,
} from "@/lib/workflow/actions";
import { describeBulkResult, isEligible, type BulkOperation, type BulkWording } from "@/lib/workflow/bulk-selection";
import type { AssigneeOptions } from "@/lib/workflow/assign";
import type { ClaimView } from "@/lib/claims/view";
import { Button } from "@/components/ui/button";

export type BulkStatus =
  | { kind: "working"; message: string }
  | { kind: "done"; headline: string; refused: { claimId: string; text: string }[] }
  | { kind: "failed"; message: string };

const ACTIONS = {
  submit: bulkSubmitForReviewAction,
  approve: bulkApproveClaimsAction,
  request_changes: bulkRequestChangesAction,
  assign: bulkAssignClaimsAction,
} as const;

// The bar over the claim list when claims are selected: one editorial step for all of them at once. Each claim is
// still checked on its own on the server; claims that were refused stay selected, with the reason, the rest clear.
export function BulkBar({
  articleId,
  viewer,
  selected,
  onSettled,
  onClear,
  onStatus,
}: {
  articleId: string;
  viewer: { canApprove: boolean };
  selected: ClaimView[];
  onSettled: (refusedIds: string[]) => void;
  onClear: () => void;
  onStatus: (status: BulkStatus) => void;
}) {
  const t = useTranslations("annotator.bulk");
  const roles = useTranslations("vocabulary.role");
  const locale = useLocale();
  const n = (count: number) => formatNumber(count, locale);
  const wording: BulkWording = {
    headline: (operation, done, total) =>
      t("done", {
        operation,
        claims:
          done === total
            ? total === 1
              ? t("claimsOne")
              : t("claimsAll", { n: n(total) })
            : t("claimsSome", { done: n(done), total, n: n(total) }),
      }),
    refused: (operation, quote, reason) => t("refused", { operation, quote, reason }),
    gone: t("goneClaim"),
  };
  const router = useRouter();
  const assigneeId = useId();
  const [pending, start] = useTransition();
  const [members, setMembers] = useState<AssigneeOptions["members"] | null>(null);
  const [assignee, setAssignee] = useState("");
  const firstId = selected[0]?.id;
  const hasSelection = !!firstId;
  useEffect(() => {
    if (!hasSelection || members || !firstId) return;
    let current = true;
    void loadAssigneeOptionsAction(firstId).then((r) => current && r.ok && setMembers(r.data.members));
    return () => {
      current = false;
    };
  }, [hasSelection, firstId, members]);

  const eligible = (operation: BulkOperation) => selected.filter((c) => isEligible(operation, c.state));
  function run(operation: BulkOperation) {
    const claims = eligible(operation);
    if (claims.length === 0) return;
    onStatus({ kind: "working", message: t("working", { operation, count: claims.length, n: n(claims.length) }) });
    start(async () => {
      const input = {
        articleId,
        claims: claims.map((c) => ({ claimId: c.id, lockVersion: c.lockVersion })),
        ...(operation === "assign" ? { assigneeId: assignee || null } : {}),
      };
      const result = await ACTIONS[operation](input);
      if (!result.ok) return onStatus({ kind: "failed", message: result.message });
      const quotes = new Map(claims.map((c) => [c.id, c.quote]));
      onStatus({
        kind: "done",
        ...describeBulkResult(operation, result.data.outcomes, (id) => quotes.get(id), wording),
      });
      onSettled(result.data.outcomes.filter((o) => !o.ok).map((o) => o.claimId));
      router.refresh();
    });
  }

  const counted = (operation: BulkOperation) => n(eligible(operation).length);
  return (
    <div
      data-testid="bulk-bar"
      className="sticky top-0 z-10 space-y-2 border-b border-line bg-indigo-50 px-4 py-3"
      aria-label={t("label")}
      role="group"
    >
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-medium">{t("selected", { count: selected.length, n: n(selected.length) })}</span>
        <button type="button" className="text-xs font-medium text-accent underline" onClick={onClear}>
          {t("clear")} <span className="text-muted">{t("esc")}</span>
        </button>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || eligible("submit").length === 0}
          onClick={() => run("submit")}
        >
          {t("submit", { count: counted("submit") })}
        </Button>
        {viewer.canApprove && (
          <>
            <Button size="sm" disabled={pending || eligible("approve").length === 0} onClick={() => run("approve")}>
              {t("approve", { count: counted("approve") })}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={pending || eligible("request_changes").length === 0}
              onClick={() => run("request_changes")}
            >
              {t("requestChanges", { count: counted("request_changes") })}
            </Button>
          </>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label htmlFor={assigneeId} className="font-medium text-muted">
          {t("assignTo")}
        </label>
        <select
          id={assigneeId}
          value={assignee}
          disabled={!members || pending}
          onChange={(e) => setAssignee(e.target.value)}
          className="rounded-md border border-line bg-white px-2 py-1 text-xs focus:border-accent focus:ring-2 focus:ring-accent/25 focus:outline-none"
        >
          <option value="">{members ? t("unassigned") : t("loading")}</option>
          {members?.map((m) => (
            <option key={m.userId} value={m.userId}>
              {t("member", { name: m.name, role: roles(m.role) })}
            </option>
          ))}
        </select>
        <Button size="sm" variant="secondary" disabled={pending || !members} onClick={() => run("assign")}>
          {assignee ? t("assign", { count: n(selected.length) }) : t("unassign", { count: n(selected.length) })}
        </Button>
      </div>
    </div>
  );
}

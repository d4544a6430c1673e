"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { saveClaimAction } from "@/lib/claims/actions";
import type { ClaimView, ExpertView } from "@/lib/claims/view";
import type { ScaleOptionView } from "@/lib/claims/data";
import { Button } from "@/components/ui/button";
import { CitationList } from "./citation-list";
import { copyCitation, isDirty, toDraft, toSavePayload, type ClaimDraft } from "./claim-draft";
import { AlreadyChecked } from "@/components/claim-finder/already-checked";
import { StateBadge } from "./badges";
import { VerdictPicker } from "./verdict-picker";
import { WorkflowBar } from "./workflow-bar";
import { SaveStatus, type SaveState } from "./save-status";
import { AssigneePicker } from "./assignee-picker";
import { ClaimDiscussion } from "@/components/discussion/claim-discussion";
import { ClaimHistory } from "@/components/history/claim-history";
import { cn } from "@/lib/class-names";
import { findRemovedMarkup } from "@/lib/text/allowed-markup";
import { RemovedMarkupNote } from "@/components/ui/removed-markup-note";

const INPUT =
  "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/25";

export function ClaimCard({
  viewer,
  articleId,
  claim,
  options,
  experts,
  onClose,
  onSaved,
  onDelete,
  onReattach,
}: {
  viewer: { userId: string; canApprove: boolean };
  articleId: string;
  claim: ClaimView;
  options: ScaleOptionView[];
  experts: ExpertView[];
  onClose: () => void;
  onSaved: (c: ClaimView) => void;
  onDelete: () => void;
  onReattach: () => void;
}) {
  const t = useTranslations("annotator.card");
  const [draft, setDraft] = useState<ClaimDraft>(() => toDraft(claim));
  const [base, setBase] = useState(claim); // the saved version the draft started from
  if (claim.lockVersion > base.lockVersion && !isDirty(base, draft)) {
    // a colleague's save arrived live: show it
    setBase(claim);
    setDraft(toDraft(claim));
  }
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const dirty = isDirty(base, draft);
  const removedMarkup = useMemo(() => findRemovedMarkup(draft.rationale), [draft.rationale]);
  const update = (patch: Partial<ClaimDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (save.kind === "saved") setSave({ kind: "idle" });
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSave({ kind: "saving" });
    startTransition(async () => {
      // from the draft's own version, so a colleague's newer save is a conflict, not silently overwritten
      const result = await saveClaimAction(toSavePayload(save.kind === "conflict" ? claim : base, draft));
      if (result.ok) {
        setFieldErrors({});
        onSaved(result.data);
        setBase(result.data);
        setDraft(toDraft(result.data));
        setSave({ kind: "saved", at: new Date() });
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setSave({ kind: result.code === "CONFLICT" ? "conflict" : "failed", message: result.message });
        if (result.code === "CONFLICT") router.refresh();
      }
    });
  }

  return (
    <section aria-label={t("label")} className="rounded-xl border border-accent/40 bg-white shadow-sm">
      <header className="flex items-start justify-between gap-3 border-b border-line px-4 py-3">
        <div>
          <h2 className="text-sm font-semibold">{t("title")}</h2>
          <blockquote dir="auto" className="mt-1 text-sm text-ink italic">
            {t("quote", { quote: claim.quote })}
          </blockquote>
          <div className="mt-2">
            <StateBadge state={claim.state} wasPublished={claim.wasPublished} />
            {claim.needsReanchor && (
              <span className="ms-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs">{t("needsReanchor")}</span>
            )}
          </div>
          <AssigneePicker claimId={claim.id} />
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          className="rounded-md p-1.5 text-muted hover:bg-slate-100"
        >
          ✕
        </button>
      </header>
      <form onSubmit={submit} className="space-y-5 px-4 py-4" noValidate>
        <fieldset className="space-y-3">
          <legend className="text-xs font-semibold tracking-wide text-muted uppercase">{t("whoWhenWhere")}</legend>
          <label className="block text-sm font-medium">
            {t("claimant")}
            <input
              className={INPUT}
              dir="auto"
              value={draft.claimant}
              onChange={(e) => update({ claimant: e.target.value })}
              placeholder={t("claimantPlaceholder")}
            />
          </label>
          <div className="grid grid-cols-2 gap-3">
            <label className="block text-sm font-medium">
              {t("claimDate")}
              <input
                type="date"
                className={INPUT}
                value={draft.claimDate}
                onChange={(e) => update({ claimDate: e.target.value })}
                aria-invalid={!!fieldErrors.claimDate}
              />
            </label>
            <label className="block text-sm font-medium">
              {t("context")}
              <input
                className={INPUT}
                dir="auto"
                value={draft.claimContext}
                onChange={(e) => update({ claimContext: e.target.value })}
                placeholder={t("contextPlaceholder")}
              />
            </label>
          </div>
          {fieldErrors.claimDate && <p className="text-xs text-danger">{fieldErrors.claimDate}</p>}
        </fieldset>
        <VerdictPicker
          options={options}
          value={draft.verdictOptionId}
          onChange={(verdictOptionId) => update({ verdictOptionId })}
          error={fieldErrors.verdictOptionId}
        />
        <label className="block text-sm font-medium">
          {t("rationale")} <span className="font-normal text-muted">{t("markdown")}</span>
          <textarea
            dir="auto"
            className={cn(INPUT, "min-h-28 font-mono text-[13px]")}
            value={draft.rationale}
            onChange={(e) => update({ rationale: e.target.value })}
            placeholder={t("rationalePlaceholder")}
            aria-invalid={!!fieldErrors.rationale}
            aria-describedby={removedMarkup.length > 0 ? "rationale-markup-note" : undefined}
          />
        </label>
        {fieldErrors.rationale && <p className="text-xs text-danger">{fieldErrors.rationale}</p>}
        <RemovedMarkupNote id="rationale-markup-note" removed={removedMarkup} field="rationale" />
        <AlreadyChecked
          claimId={claim.id}
          quote={claim.quote}
          onCopyCitations={(copied) => update({ citations: [...draft.citations, ...copied.map(copyCitation)] })}
        />
        <CitationList
          citations={draft.citations}
          experts={experts}
          errors={fieldErrors}
          onChange={(citations) => update({ citations })}
        />
        <SaveStatus state={save} dirty={dirty} />
        <WorkflowBar claim={claim} articleId={articleId} viewer={viewer} dirty={dirty} />
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line pt-4">
          <div className="flex gap-2">
            <Button variant="ghost" size="sm" onClick={onReattach}>
              {t("reattach")}
            </Button>
            <Button variant="ghost" size="sm" className="text-danger" onClick={onDelete}>
              {t("delete")}
            </Button>
          </div>
          <Button type="submit" disabled={pending || (!dirty && save.kind !== "conflict")}>
            {pending ? t("saving") : save.kind === "conflict" ? t("saveMine") : t("save")}
          </Button>
        </div>
      </form>
      <ClaimDiscussion claimId={claim.id} articleId={articleId} viewer={viewer} />
      <ClaimHistory claimId={claim.id} />
    </section>
  );
}

"use client";
import type { ClaimView, ExpertView } from "@/lib/claims/view";
import type { ScaleOptionView } from "@/lib/claims/data";
import { ClaimCard } from "./claim-card";
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { StateBadge, VerdictBadge } from "./badges";
import { BulkBar, type BulkStatus } from "./bulk-bar";
import { applyCheckboxClick } from "@/lib/workflow/bulk-selection";
import { CLAIM_STATES, type ClaimState } from "@/lib/vocabulary/claim-states";

// "Select all in this state" offers the states a bulk step starts from.
const SELECTABLE_STATES: ClaimState[] = CLAIM_STATES.filter(
  (s) => s === "DRAFT" || s === "IN_REVIEW" || s === "APPROVED",
);

type Props = {
  viewer: { userId: string; canApprove: boolean };
  articleId: string;
  claims: ClaimView[];
  placed: ClaimView[];
  selectedId: string | null;
  options: ScaleOptionView[];
  experts: ExpertView[];
  onSelect: (id: string | null) => void;
  onSaved: (c: ClaimView) => void;
  onDelete: (id: string) => void;
  onReattach: (id: string) => void;
  /** the claim finder's suggestions, shown below the article's claims */
  children?: ReactNode;
};

export function ClaimPanel({
  viewer,
  articleId,
  claims,
  placed,
  selectedId,
  options,
  experts,
  onSelect,
  onSaved,
  onDelete,
  onReattach,
  children,
}: Props) {
  const t = useTranslations("annotator.panel");
  const states = useTranslations("vocabulary.claimState");
  const locale = useLocale();
  const n = (count: number) => formatNumber(count, locale);
  const flagged = claims.filter((c) => c.needsReanchor);
  const selected = claims.find((c) => c.id === selectedId);
  const optionOf = (c: ClaimView) => options.find((o) => o.id === c.verdict?.optionId);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchorId, setAnchorId] = useState<string | null>(null);
  const [bulkStatus, setBulkStatus] = useState<BulkStatus | null>(null);
  const order = placed.filter((c) => !c.id.startsWith("pending-")).map((c) => c.id);
  const checkedClaims = placed.filter((c) => checked.has(c.id));
  const clearSelection = () => {
    setChecked(new Set());
    setAnchorId(null);
  };
  const selectState = (state: ClaimState) => {
    setChecked(new Set(placed.filter((c) => c.state === state).map((c) => c.id)));
    setAnchorId(null);
  };
  return (
    <aside
      aria-label={t("label")}
      className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
    >
      {selected ? (
        <ClaimCard
          key={selected.id}
          viewer={viewer}
          articleId={articleId}
          claim={selected}
          options={options}
          experts={experts}
          onClose={() => onSelect(null)}
          onSaved={onSaved}
          onDelete={() => onDelete(selected.id)}
          onReattach={() => onReattach(selected.id)}
        />
      ) : null}
      {flagged.length > 0 && (
        <section aria-labelledby="flagged-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="flagged-heading" className="text-sm font-semibold">
            {t("flaggedHeading", { count: n(flagged.length) })}
          </h2>
          <p className="mt-1 text-xs text-muted">{t("flaggedIntro")}</p>
          <ul className="mt-3 space-y-2">
            {flagged.map((c) => (
              <li key={c.id} className="rounded-lg border border-amber-200 bg-white p-3 text-sm">
                <p dir="auto" className="line-clamp-2 italic">
                  {t("quoted", { quote: c.quote })}
                </p>
                <div className="mt-2 flex items-center justify-between gap-2">
                  <VerdictBadge option={optionOf(c)} />
                  <span className="flex gap-2">
                    <button
                      type="button"
                      className="text-xs font-medium text-accent underline"
                      onClick={() => onSelect(c.id)}
                    >
                      {t.rich("open", { sr: (chunks) => <span className="sr-only">{chunks}</span> })}
                    </button>
                    <button
                      type="button"
                      className="text-xs font-medium text-accent underline"
                      onClick={() => onReattach(c.id)}
                    >
                      {t.rich("reattach", {
                        quote: c.quote.slice(0, 40),
                        sr: (chunks) => <span className="sr-only">{chunks}</span>,
                      })}
                    </button>
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section
        aria-labelledby="claims-heading"
        className="rounded-xl border border-line bg-white"
        onKeyDown={(e) => {
          if (e.key === "Escape" && checked.size > 0) {
            e.stopPropagation();
            clearSelection();
          }
        }}
      >
        <h2 id="claims-heading" className="border-b border-line px-4 py-3 text-sm font-semibold">
          {t("heading", { count: n(placed.length) })}
        </h2>
        {placed.length > 0 && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line px-4 py-2 text-xs">
            <span className="text-muted">{t("selectAll")}</span>
            {SELECTABLE_STATES.map((state) => {
              const count = placed.filter((c) => c.state === state).length;
              return count === 0 ? null : (
                <button
                  key={state}
                  type="button"
                  className="font-medium text-accent underline"
                  onClick={() => selectState(state)}
                >
                  {t("selectState", { state: states(state).toLocaleLowerCase(locale), count: n(count) })}
                </button>
              );
            })}
          </div>
        )}
        {checkedClaims.length > 0 && (
          <BulkBar
            articleId={articleId}
            viewer={viewer}
            selected={checkedClaims}
            onClear={clearSelection}
            onStatus={setBulkStatus}
            onSettled={(refused) => setChecked(new Set(refused))}
          />
        )}
        <div role="status" aria-live="polite" className={bulkStatus ? "border-b border-line px-4 py-2 text-sm" : ""}>
          {bulkStatus?.kind === "working" && <p className="text-muted">{bulkStatus.message}</p>}
          {bulkStatus?.kind === "failed" && <p className="text-danger">{bulkStatus.message}</p>}
          {bulkStatus?.kind === "done" && (
            <>
              <p className="font-medium">{bulkStatus.headline}</p>
              {bulkStatus.refused.length > 0 && (
                <ul className="mt-1 list-disc space-y-1 ps-5 text-xs">
                  {bulkStatus.refused.map((r) => (
                    <li key={r.claimId}>{r.text}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
        {placed.length === 0 ? (
          <p className="px-4 py-6 text-sm text-muted">{t("empty")}</p>
        ) : (
          <ol className="divide-y divide-line">
            {placed.map((c) => (
              <li key={c.id} className="flex items-start">
                <input
                  type="checkbox"
                  className="ms-4 mt-3.5 size-4 shrink-0 accent-accent"
                  checked={checked.has(c.id)}
                  disabled={c.id.startsWith("pending-")}
                  aria-label={t("selectClaim", { quote: c.quote.slice(0, 60) })}
                  onChange={() => undefined}
                  onClick={(e) => {
                    setChecked(applyCheckboxClick(order, checked, anchorId, c.id, e.currentTarget.checked, e.shiftKey));
                    setAnchorId(c.id);
                  }}
                />
                <button
                  type="button"
                  onClick={() => onSelect(c.id)}
                  aria-current={c.id === selectedId ? "true" : undefined}
                  className={`block w-full px-4 py-3 text-start text-sm hover:bg-slate-50 ${c.id === selectedId ? "bg-indigo-50" : ""}`}
                >
                  <span dir="auto" className="line-clamp-2">
                    {t("quoted", { quote: c.quote })}
                  </span>
                  <span className="mt-1.5 flex flex-wrap items-center gap-2">
                    <VerdictBadge option={optionOf(c)} />
                    <StateBadge state={c.state} wasPublished={c.wasPublished} />
                    {c.citations.length > 0 && (
                      <span className="text-xs text-muted">
                        {t("sources", { count: c.citations.length, n: n(c.citations.length) })}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      {children}
    </aside>
  );
}

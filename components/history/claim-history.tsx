"use client";
import { useState } from "react";
import { Collapsible } from "radix-ui";
import { useLocale, useTranslations } from "next-intl";
import { loadClaimHistoryAction } from "@/lib/history/actions";
import type { HistoryChange, HistoryEntry } from "@/lib/history/format";
import { historyFieldKey } from "@/lib/history/fields";
import { formatDate } from "@/lib/i18n/format";

// Loaded each time it opens, so it includes what was saved since (written on the server in the member's language).
export function ClaimHistory({ claimId }: { claimId: string }) {
  const t = useTranslations("history.panel");
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) return;
    const result = await loadClaimHistoryAction(claimId);
    if (result.ok) {
      setEntries(result.data);
      setError(null);
    } else setError(result.message);
  }

  return (
    <Collapsible.Root
      open={open}
      onOpenChange={(next) => void onOpenChange(next)}
      className="border-t border-line px-4 py-3"
    >
      <Collapsible.Trigger className="flex w-full items-center justify-between rounded-md py-1 text-sm font-semibold hover:text-accent">
        {t("title")}
        <span aria-hidden="true" className="text-muted">
          {open ? "▴" : "▾"}
        </span>
      </Collapsible.Trigger>
      <Collapsible.Content className="mt-2">
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        {!entries && !error && <p className="text-sm text-muted">{t("loading")}</p>}
        {entries?.length === 0 && <p className="text-sm text-muted">{t("empty")}</p>}
        {entries && entries.length > 0 && (
          <ol aria-label={t("list")} className="space-y-3">
            {entries.map((e) => (
              <Entry key={e.id} entry={e} />
            ))}
          </ol>
        )}
      </Collapsible.Content>
    </Collapsible.Root>
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const t = useTranslations("history.panel");
  const locale = useLocale();
  return (
    <li className="border-s-2 border-line ps-3 text-sm">
      <p>
        <span className="font-medium">{entry.who}</span> {entry.summary}
      </p>
      <time dateTime={entry.at} className="text-xs text-muted">
        {formatDate(entry.at, "dateTime", { locale })}
      </time>
      {entry.quote && (
        <p dir="auto" className="mt-1 text-xs italic">
          {t("quote", { quote: entry.quote })}
        </p>
      )}
      {entry.note && <p className="mt-1 text-xs">{entry.note}</p>}
      {entry.changes.length > 0 && (
        <dl className="mt-1 space-y-1 text-xs">
          {entry.changes.map((c) => (
            <Change key={c.field} change={c} />
          ))}
        </dl>
      )}
      <CitationList label={t("citationsAdded")} items={entry.citationsAdded} />
      <CitationList label={t("citationsRemoved")} items={entry.citationsRemoved} />
    </li>
  );
}

function Change({ change }: { change: HistoryChange }) {
  const t = useTranslations("history.panel");
  const labels = useTranslations("history.fieldLabel");
  const key = historyFieldKey(change.field);
  const label = key ? labels(key) : change.field.charAt(0).toLocaleUpperCase() + change.field.slice(1);
  const shown = (v: string | null) => v ?? <span className="text-muted italic">{t("none")}</span>;
  return (
    <div>
      <dt className="inline font-medium">{t("field", { field: label })}</dt>
      <dd className="inline">
        {change.words ? (
          // <del>/<ins> carry the meaning for screen readers; colour and strike-through are only the look
          change.words.map((w, i) =>
            w.kind === "same" ? (
              <span key={i}>{w.text}</span>
            ) : w.kind === "removed" ? (
              <del key={i} className="bg-red-50 text-red-800">
                {w.text}
              </del>
            ) : (
              <ins key={i} className="bg-green-50 text-green-800 no-underline">
                {w.text}
              </ins>
            ),
          )
        ) : (
          <>
            <span className="text-muted line-through decoration-1">{shown(change.before)}</span>{" "}
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              →
            </span>
            <span className="sr-only">{t("changedTo")}</span> {shown(change.after)}
          </>
        )}
      </dd>
    </div>
  );
}

function CitationList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-1 text-xs">
      <p className="font-medium">{label}</p>
      <ul className="list-disc ps-4">
        {items.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

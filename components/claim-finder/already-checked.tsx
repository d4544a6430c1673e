"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { findSimilarChecksAction } from "@/lib/claim-finder/actions";
import type { SimilarCheck } from "@/lib/claim-finder/similar";
import type { CitationView } from "@/lib/claims/view";

type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "done"; checks: SimilarCheck[] };

/**
 * "Already checked": published claims of this organization, and imported reviews of other fact-checkers, that make the
 * same or a similar claim. "Copy citations" adds a match's sources to this claim's draft as a starting point; the
 * verdict is never copied.
 */
export function AlreadyChecked({
  claimId,
  quote,
  onCopyCitations,
}: {
  claimId: string;
  quote: string;
  onCopyCitations: (citations: CitationView[]) => void;
}) {
  const t = useTranslations("claimFinder.alreadyChecked");
  const locale = useLocale();
  const day = (iso: string) => formatDate(iso, "short", { locale });
  // the answer for one claim text; a new claim or new words (re-attached) show "loading" until their answer comes
  const key = `${claimId}\n${quote}`;
  const [answer, setAnswer] = useState<{ key: string; state: State } | null>(null);
  const state: State = answer?.key === key ? answer.state : { kind: "loading" };
  const [copied, setCopied] = useState<string | null>(null);
  const loadFailed = t("loadFailed");
  useEffect(() => {
    let live = true;
    findSimilarChecksAction({ claimId }).then(
      (r) =>
        live &&
        setAnswer({ key, state: r.ok ? { kind: "done", checks: r.data } : { kind: "failed", message: r.message } }),
      () => live && setAnswer({ key, state: { kind: "failed", message: loadFailed } }),
    );
    return () => {
      live = false;
    };
  }, [claimId, key, loadFailed]);

  return (
    <section
      aria-labelledby={`already-${claimId}`}
      aria-busy={state.kind === "loading"}
      className="rounded-lg border border-line bg-slate-50 p-3"
    >
      <h3 id={`already-${claimId}`} className="text-xs font-semibold tracking-wide text-muted uppercase">
        {t("heading")}
      </h3>
      {state.kind === "loading" && <p className="mt-2 text-sm text-muted">{t("loading")}</p>}
      {state.kind === "failed" && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {state.message}
        </p>
      )}
      {state.kind === "done" && state.checks.length === 0 && <p className="mt-2 text-sm text-muted">{t("none")}</p>}
      {state.kind === "done" && state.checks.length > 0 && (
        <ul className="mt-2 space-y-2">
          {state.checks.map((c) =>
            c.kind === "own" ? (
              <li key={c.claimId} className="rounded-md border border-line bg-white p-2.5 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span
                    className="rounded-full px-2 py-0.5 text-xs font-medium text-white"
                    style={{ backgroundColor: c.colour }}
                  >
                    {c.verdict}
                  </span>
                  <span className="text-xs text-muted">{t("published", { date: day(c.publishedAt) })}</span>
                </p>
                <p dir="auto" className="mt-1 line-clamp-3">
                  {t("quote", { quote: c.quote })}
                </p>
                <p className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs">
                  <Link className="text-accent underline" href={`/articles/${c.articleId}?claim=${c.claimId}`}>
                    <bdi>{c.articleTitle}</bdi>
                  </Link>
                  {c.citations.length > 0 && (
                    <button
                      type="button"
                      className="font-medium text-accent underline"
                      onClick={() => {
                        onCopyCitations(c.citations);
                        setCopied(c.claimId);
                      }}
                    >
                      {t.rich("copy", {
                        count: c.citations.length,
                        n: formatNumber(c.citations.length, locale),
                        quote: c.quote.slice(0, 40),
                        sr: (chunks) => <span className="sr-only">{chunks}</span>,
                      })}
                    </button>
                  )}
                </p>
                {copied === c.claimId && (
                  <p role="status" className="mt-1 text-xs text-green-800">
                    {t("copied")}
                  </p>
                )}
              </li>
            ) : (
              <li key={c.id} className="rounded-md border border-dashed border-line bg-white p-2.5 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="rounded-full border border-line px-2 py-0.5 text-xs font-medium">
                    {t("external", { publisher: c.publisher })}
                  </span>
                  <span className="text-xs font-medium">{c.rating}</span>
                  {c.reviewedAt && <span className="text-xs text-muted">{day(c.reviewedAt)}</span>}
                </p>
                <p dir="auto" className="mt-1 line-clamp-3">
                  {t("quote", { quote: c.claim })}
                </p>
                <a
                  className="mt-1 inline-block text-xs text-accent underline"
                  href={c.url}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                >
                  {t.rich("read", {
                    publisher: c.publisher,
                    sr: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/i18n/format";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import { VerdictBar } from "@/components/articles/verdict-bar";
import type { VerdictCount } from "@/lib/articles/list-data";

// A client component only to keep the page light: React sends a client component its props (about 300 bytes of
// data a row) instead of the rendered tree of every row, which made the flight data 60% of a 243 KB page (issue 17,
// docs/benchmarks.md). Everything arrives formatted; nothing here runs but rendering.
export type ArticleTableRow = {
  id: string;
  title: string;
  outlet: string | null;
  status: "DRAFT" | "PUBLISHED";
  claimCount: number;
  unrated: number;
  verdicts: VerdictCount[];
  factCheckPublished: string;
  originalDate: string;
  lastChanged: string;
};
export type ArticleTableHeader = {
  label: string;
  /** set on the columns that sort: where the header's link goes and whether the rows follow this column now */
  sort?: { href: string; active: "ascending" | "descending" | null };
};

export function ArticleTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: ArticleTableHeader[];
  rows: ArticleTableRow[];
}) {
  const t = useTranslations("articles.table");
  const current = useLocale();
  const locale = isInterfaceLocale(current) ? current : "en";
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
          <tr>
            {headers.map((h) => (
              <th key={h.label} scope="col" className="px-4 py-3" aria-sort={h.sort?.active ?? undefined}>
                {h.sort ? (
                  <Link href={h.sort.href} className="hover:text-ink hover:underline">
                    {h.label}
                    {h.sort.active && <span aria-hidden="true">{h.sort.active === "ascending" ? " ↑" : " ↓"}</span>}
                  </Link>
                ) : (
                  h.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((a) => (
            <tr key={a.id} className="align-top hover:bg-slate-50">
              <td className="max-w-md px-4 py-3">
                <Link href={`/articles/${a.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                  {a.title}
                </Link>
                <p className="text-xs text-muted">
                  {a.outlet ?? t("unknownOutlet")} ·{" "}
                  {t("claims", { count: a.claimCount, countText: formatNumber(a.claimCount, locale) })}
                </p>
              </td>
              <td className="px-4 py-3">
                <StatusBadge status={a.status} />
              </td>
              <td className="px-4 py-3">
                <VerdictBar verdicts={a.verdicts} unrated={a.unrated} locale={locale} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">{a.factCheckPublished}</td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">{a.originalDate}</td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">{a.lastChanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatusBadge({ status }: { status: "DRAFT" | "PUBLISHED" }) {
  const t = useTranslations("articles.table");
  return status === "PUBLISHED" ? (
    <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-success ring-1 ring-green-200">
      {t("published")}
    </span>
  ) : (
    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-muted ring-1 ring-line">
      {t("draft")}
    </span>
  );
}

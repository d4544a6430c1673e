import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReviewReport } from "@/lib/export/report-model";
import { reportWords } from "@/lib/export/report-words";
import { DEFAULT_LOCALE, isInterfaceLocale } from "@/lib/i18n/locales";
import { PrintButton } from "./print-button";
import { ReportDate } from "./report-date";
import { ReportClaimItem } from "./report-claim";
import { ReportDownloads } from "./report-downloads";
import { VerdictSummary } from "./verdict-summary";

// The print-friendly review report: the same ReviewReport the downloads are made from, as HTML, in the member's
// interface language (the same words as the Markdown and PDF files: reports.export).
export function ReportView({ report }: { report: ReviewReport }) {
  const locale = useLocale();
  const words = reportWords(isInterfaceLocale(locale) ? locale : DEFAULT_LOCALE);
  const t = useTranslations("reports.page");
  const e = useTranslations("reports.export");
  const { article, organization, scale } = report;
  const link = (href: string) => (
    <a href={href} dir="ltr" className="break-all text-accent underline" rel="noopener noreferrer nofollow">
      {href}
    </a>
  );
  const meta: [string, React.ReactNode][] = (
    [
      [e("factCheckedBy"), organization.name],
      [e("outlet"), article.outlet],
      [e("author"), article.author],
      [e("published"), article.publishedAt && <ReportDate key="published" value={article.publishedAt} />],
      [e("originalArticle"), article.originalUrl && link(article.originalUrl)],
      // the reader page exists only once the article is published
      [e("readerPage"), article.status === "PUBLISHED" && link(article.readerUrl)],
      [e("version"), e("versionValue", { number: article.versionNumber, status: article.status })],
      [e("ratingScale"), scale.name],
      [e("generated"), <ReportDate key="generated" value={report.generatedAt} />],
    ] satisfies [string, React.ReactNode][]
  ).filter(([, value]) => Boolean(value));
  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none print:space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-muted">
          <Link href="/articles" className="hover:underline">
            {t("breadcrumbArticles")}
          </Link>{" "}
          /{" "}
          <Link href={`/articles/${article.id}`} className="hover:underline">
            {article.title}
          </Link>{" "}
          / {t("breadcrumbReport")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <ReportDownloads articleId={article.id} claimCount={report.claims.length} />
          <PrintButton />
        </div>
      </div>
      <header>
        <p className="text-sm font-medium tracking-wide text-muted uppercase">{t("title")}</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-semibold" dir="auto">
          {article.title}
        </h1>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          {meta.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <VerdictSummary counts={words.verdictCounts(report)} total={report.claims.length} />
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="text-lg font-semibold">
          {t("claimsHeading")}
        </h2>
        {report.claims.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t("noClaims")}</p>
        ) : (
          <ol className="mt-3 space-y-4 print:space-y-0">
            {report.claims.map((claim, i) => (
              <ReportClaimItem key={claim.id} claim={claim} number={i + 1} language={report.article.language ?? null} />
            ))}
          </ol>
        )}
      </section>
      <footer className="border-t border-line pt-4 text-sm text-muted">
        {t("howWeCheck")}{" "}
        {organization.methodologyUrl ? (
          <a href={organization.methodologyUrl} className="text-accent underline">
            {t("methodology")}
          </a>
        ) : (
          t("methodologyMissing")
        )}
        {" · "}
        {organization.correctionsUrl ? (
          <a href={organization.correctionsUrl} className="text-accent underline">
            {t("correctionsPolicy")}
          </a>
        ) : (
          t("correctionsMissing")
        )}
        {organization.methodologyUrl && <span className="hidden print:inline"> ({organization.methodologyUrl})</span>}
      </footer>
    </article>
  );
}

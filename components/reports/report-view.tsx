import Link from "next/link";
import { formatDisplayDate } from "@/lib/export/display";
import { countVerdicts, type ReviewReport } from "@/lib/export/report-model";
import { PrintButton } from "./print-button";
import { ReportClaimItem } from "./report-claim";
import { ReportDownloads } from "./report-downloads";
import { VerdictSummary } from "./verdict-summary";

// The print-friendly review report: the same ReviewReport the downloads are made from, as HTML.
export function ReportView({ report }: { report: ReviewReport }) {
  const { article, organization, scale } = report;
  const link = (href: string) => (
    <a href={href} className="break-all text-accent underline" rel="noopener noreferrer nofollow">
      {href}
    </a>
  );
  const meta: [string, React.ReactNode][] = (
    [
      ["Fact-checked by", organization.name],
      ["Outlet", article.outlet],
      ["Author", article.author],
      ["Published", article.publishedAt && formatDisplayDate(article.publishedAt)],
      ["Original article", article.originalUrl && link(article.originalUrl)],
      // the reader page exists only once the article is published
      ["Reader page", article.status === "PUBLISHED" && link(article.readerUrl)],
      ["Version", `${article.versionNumber} (${article.status === "PUBLISHED" ? "published" : "draft"})`],
      ["Rating scale", scale.name],
      ["Report generated", formatDisplayDate(report.generatedAt)],
    ] satisfies [string, React.ReactNode][]
  ).filter(([, value]) => Boolean(value));
  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none print:space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-muted">
          <Link href="/articles" className="hover:underline">
            Articles
          </Link>{" "}
          /{" "}
          <Link href={`/articles/${article.id}`} className="hover:underline">
            {article.title}
          </Link>{" "}
          / Report
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <ReportDownloads articleId={article.id} claimCount={report.claims.length} />
          <PrintButton />
        </div>
      </div>
      <header>
        <p className="text-sm font-medium tracking-wide text-muted uppercase">Review report</p>
        <h1 className="mt-1 font-serif text-3xl leading-tight font-semibold">{article.title}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          {meta.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <VerdictSummary counts={countVerdicts(report)} total={report.claims.length} />
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims, in the order they appear
        </h2>
        {report.claims.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No claims have been marked in this article yet.</p>
        ) : (
          <ol className="mt-3 space-y-4 print:space-y-0">
            {report.claims.map((claim, i) => (
              <ReportClaimItem key={claim.id} claim={claim} number={i + 1} />
            ))}
          </ol>
        )}
      </section>
      <footer className="border-t border-line pt-4 text-sm text-muted">
        How we check:{" "}
        {organization.methodologyUrl ? (
          <a href={organization.methodologyUrl} className="text-accent underline">
            methodology
          </a>
        ) : (
          "methodology not published"
        )}
        {" · "}
        {organization.correctionsUrl ? (
          <a href={organization.correctionsUrl} className="text-accent underline">
            corrections policy
          </a>
        ) : (
          "corrections policy not published"
        )}
        {organization.methodologyUrl && <span className="hidden print:inline"> ({organization.methodologyUrl})</span>}
      </footer>
    </article>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { ReportCitation, ReportClaim } from "@/lib/export/report-model";
import { reportWords, type ReportWords } from "@/lib/export/report-words";
import { DEFAULT_LOCALE, isInterfaceLocale } from "@/lib/i18n/locales";
import { renderRationale } from "@/lib/reader/render-rationale";
import { textDirection, toArticleLanguage } from "@/lib/vocabulary/languages";
import { ReportDate, WithReportDates } from "./report-date";

// One claim of the printable report: the quote, its verdict and why, the evidence, who reviewed it. The report's
// words are in the member's language; the quote keeps the article's language and direction.

function Evidence({ citation, words }: { citation: ReportCitation; words: ReportWords }) {
  const when = words.citationDates(citation);
  return (
    <li>
      {citation.expert ? (
        <span className="font-medium">{words.expert(citation.expert)}</span>
      ) : (
        <span>
          {words.citationKind(citation.kind)}:{" "}
          {citation.url ? (
            <a href={citation.url} className="text-accent underline" rel="noopener noreferrer nofollow">
              {words.source(citation)}
            </a>
          ) : (
            words.source(citation)
          )}
        </span>
      )}
      {citation.expert && citation.url && (
        <>
          {" "}
          ·{" "}
          <a href={citation.url} className="text-accent underline" rel="noopener noreferrer nofollow">
            {words.source(citation)}
          </a>
        </>
      )}
      {citation.quote && (
        <>
          {" "}
          — “<span dir="auto">{citation.quote}</span>”
        </>
      )}
      {when && (
        <span className="text-muted">
          {" "}
          (<WithReportDates text={when} />)
        </span>
      )}
      {citation.url && (
        <span dir="ltr" className="hidden text-xs break-all text-muted print:block">
          {citation.url}
        </span>
      )}
    </li>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="text-muted">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ReportClaimItem({
  claim,
  number,
  language = null,
}: {
  claim: ReportClaim;
  number: number;
  /** The article's language (BCP 47): the quote is shown in it. */
  language?: string | null;
}) {
  const locale = useLocale();
  const words = reportWords(isInterfaceLocale(locale) ? locale : DEFAULT_LOCALE);
  const t = useTranslations("reports.claim");
  const colour = claim.verdict?.colour ?? "#9ca3af";
  const said = [claim.claimant, claim.claimDate && words.date(claim.claimDate), claim.claimContext]
    .filter(Boolean)
    .join(" · ");
  const names = (list: string[]) => list.join(words.t("export.listSeparator"));
  const articleLanguage = toArticleLanguage(language);
  return (
    <li
      id={`claim-${claim.id}`}
      className="break-inside-avoid rounded-xl border border-line bg-white p-5 [-webkit-print-color-adjust:exact] [print-color-adjust:exact] print:rounded-none print:border-x-0 print:border-b-0 print:px-0"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold text-muted">{t("heading", { number: words.number(number) })}</h3>
        <span className="text-xs text-muted">
          {t("position", { state: words.state(claim.state), start: claim.start, end: claim.end })}
        </span>
      </div>
      <blockquote
        lang={articleLanguage ?? undefined}
        dir={articleLanguage ? textDirection(articleLanguage) : "auto"}
        className="mt-2 border-s-4 ps-3 font-serif text-lg leading-relaxed"
        style={{ borderColor: colour }}
      >
        {claim.quote}
      </blockquote>
      {said && (
        <p className="mt-1 text-sm text-muted">
          <WithReportDates text={said} />
        </p>
      )}
      <p className="mt-3 flex items-center gap-2 text-sm font-semibold">
        <span aria-hidden="true" className="h-3 w-3 rounded-sm border border-black/10" style={{ background: colour }} />
        {claim.verdict ? (
          t("verdict", { label: words.label(claim.verdict) })
        ) : (
          <span className="font-normal text-muted">{t("noVerdict")}</span>
        )}
      </p>
      {claim.verdict?.rationale.trim() && (
        <div
          dir="auto"
          className="mt-2 space-y-2 text-sm leading-6 [&_a]:text-accent [&_a]:underline [&_li]:ms-5 [&_ol]:list-decimal [&_ul]:list-disc"
          dangerouslySetInnerHTML={{ __html: renderRationale(claim.verdict.rationale) }}
        />
      )}
      {claim.citations.length > 0 && (
        <section className="mt-3">
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{t("evidence")}</h4>
          <ol className="mt-1 list-decimal space-y-1 ps-5 text-sm">
            {claim.citations.map((c) => (
              <Evidence key={c.id} citation={c} words={words} />
            ))}
          </ol>
        </section>
      )}
      <dl className="mt-3 space-y-1 text-sm">
        <Row label={t("reviewers")}>{names(claim.reviewers) || "—"}</Row>
        <Row label={t("approvedBy")}>{names(claim.approvers) || t("notApproved")}</Row>
        {claim.verdict && <Row label={t("verdictBy")}>{claim.verdict.author}</Row>}
        <Row label={t("published")}>
          {claim.publishedAt ? <ReportDate value={claim.publishedAt} /> : t("notPublished")}
        </Row>
        <Row label={t("lastChanged")}>
          <ReportDate value={claim.updatedAt} />
        </Row>
      </dl>
      {claim.corrections.length > 0 && (
        <section className="mt-3 rounded-md bg-amber-50 p-3 text-sm print:bg-transparent print:p-0">
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{t("corrections")}</h4>
          <ul className="mt-1 space-y-1">
            {claim.corrections.map((c) => (
              <li key={c.at}>
                <span className="text-muted">
                  <ReportDate value={c.at} />:
                </span>{" "}
                {c.note}
              </li>
            ))}
          </ul>
        </section>
      )}
    </li>
  );
}

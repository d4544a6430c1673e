import { countVerdicts, type ReportCitation, type ReportExpert, type ReviewReport } from "@/lib/export/report-model";
import { describeExpert } from "@/lib/export/display";
import { formatNumber, formatReportDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type InterfaceLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { CITATION_KINDS, type CitationKind } from "@/lib/vocabulary/citation-kinds";
import { REPORT_CLAIM_STATES, type ReportClaimState } from "@/lib/vocabulary/claim-states";
import { optionDescriptionIn, optionLabelIn, type TranslatableOption } from "@/lib/vocabulary/option-label";

// The words of the review report (the page, the Markdown and the PDF files) in the requesting member's interface
// language: the "reports.export" messages, the desk's vocabulary (claim states, kinds of evidence), the scale's
// labels in that language, and numbers formatted for it. Dates stay written as report dates ("2025-03-07",
// "2025-03-07 12:00 UTC"): a report is read anywhere, and filed and compared by date.

const isCitationKind = (kind: unknown): kind is CitationKind => (CITATION_KINDS as readonly unknown[]).includes(kind);
const isReportClaimState = (state: string): state is ReportClaimState =>
  (REPORT_CLAIM_STATES as readonly string[]).includes(state);

export function reportWords(locale: InterfaceLocale = DEFAULT_LOCALE) {
  const t = translatorFor(locale, "reports");
  const vocabulary = translatorFor(locale, "vocabulary");
  const words = {
    locale,
    t,
    date: formatReportDate,
    number: (value: number) => formatNumber(value, locale),
    state: (state: string) => (isReportClaimState(state) ? vocabulary(`claimState.${state}`) : state),
    citationKind: (kind: unknown) =>
      isCitationKind(kind) ? vocabulary(`citationKind.${kind}`) : vocabulary("citationKind.unknown"),
    /** The verdict or scale option's label in this language (its default label without a translation). */
    label: (option: TranslatableOption) => optionLabelIn(option, locale),
    description: (option: TranslatableOption) => optionDescriptionIn(option, locale),
    /** Title and publisher of a non-expert source, e.g. "Treaty text (Ministry of Foreign Affairs)". */
    source(citation: ReportCitation): string {
      const title = citation.sourceTitle?.trim() || citation.url || t("export.untitledSource");
      const publisher = citation.publisher?.trim();
      return publisher ? t("export.sourceWithPublisher", { title, publisher }) : title;
    },
    /** "said 2025-03-07, Interview with Kyodo News, accessed …": documents are "dated", people "said". */
    citationDates(citation: ReportCitation): string {
      const spoken =
        citation.expert !== null || citation.kind === "EXPERT_QUOTE" || citation.kind === "OFFICIAL_STATEMENT";
      return [
        citation.saidAt
          ? t(spoken ? "export.said" : "export.dated", { date: formatReportDate(citation.saidAt) })
          : null,
        citation.saidWhere?.trim() || null,
        citation.accessedAt ? t("export.accessed", { date: formatReportDate(citation.accessedAt) }) : null,
      ]
        .filter(Boolean)
        .join(t("export.listSeparator"));
    },
    expert: (expert: ReportExpert) => describeExpert(expert),
    /** Claims per verdict (lib/export/report-model.ts countVerdicts) with the labels in this language. */
    verdictCounts(report: ReviewReport) {
      const options = new Map(report.scale.options.map((o) => [o.label, o]));
      const verdicts = new Map(report.claims.flatMap((c) => (c.verdict ? [[c.verdict.label, c.verdict]] : [])));
      const counts = countVerdicts(report);
      return counts.map((row, i) => {
        const scaleOption = options.get(row.label);
        const verdict = verdicts.get(row.label);
        // the scale's translations, else those the verdict carries (a verdict given on another scale)
        const option =
          scaleOption || verdict
            ? { label: row.label, translations: scaleOption?.translations ?? verdict?.translations }
            : undefined;
        // the last row of a report with unrated claims is "No verdict", not a label of the scale
        const unrated = !option && i === counts.length - 1 && report.claims.some((c) => !c.verdict);
        return { ...row, label: option ? optionLabelIn(option, locale) : unrated ? t("export.noVerdict") : row.label };
      });
    },
  };
  return words;
}

export type ReportWords = ReturnType<typeof reportWords>;

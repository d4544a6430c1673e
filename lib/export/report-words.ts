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

/** A message with no ICU syntax but {name} slots (no plural, select, quoting or formats). */
const SLOTS_ONLY = /^[^{}']*(?:\{\w+\}[^{}']*)*$/;

/** One set per language for the process: a translator keeps its parsed messages, so a 600-claim report parses each once. */
const byLocale = new Map<InterfaceLocale, ReturnType<typeof makeReportWords>>();

export function reportWords(locale: InterfaceLocale = DEFAULT_LOCALE) {
  let words = byLocale.get(locale);
  if (!words) byLocale.set(locale, (words = makeReportWords(locale)));
  return words;
}

function makeReportWords(locale: InterfaceLocale) {
  const translate = translatorFor(locale, "reports");
  // messages without arguments are the same every time: worked out once (most of a report's words)
  const plain = new Map<string, string>();
  // messages whose only arguments are plain {name} slots are filled in directly: next-intl's formatting takes about
  // 0.4 ms a call, a report makes several per claim, and report files hold up to thousands of claims
  const filled = new Map<string, ((values: Record<string, unknown>) => string) | null>();
  const t = ((key: string, values?: Record<string, unknown>) => {
    if (values) {
      let fill = filled.get(key);
      if (fill === undefined) {
        const raw: unknown = (translate as unknown as { raw: (k: string) => unknown }).raw(key);
        fill =
          typeof raw === "string" && SLOTS_ONLY.test(raw)
            ? (v) => raw.replace(/\{(\w+)\}/g, (_, name: string) => String(v[name] ?? ""))
            : null;
        filled.set(key, fill);
      }
      return fill
        ? fill(values)
        : (translate as unknown as (k: string, v: Record<string, unknown>) => string)(key, values);
    }
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = (translate as (k: string) => string)(key)));
    return text;
  }) as typeof translate;
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

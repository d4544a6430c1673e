import { findScaleRange } from "@/lib/export/display";
import {
  embedMarkdownSection,
  escapeMarkdownInline as esc,
  formatMarkdownBlockquote,
  formatMarkdownLink,
} from "@/lib/export/markdown-escape";
import type { ReportCitation, ReportClaim, ReviewReport } from "@/lib/export/report-model";
import { reportWords, type ReportWords } from "@/lib/export/report-words";
import type { InterfaceLocale } from "@/lib/i18n/locales";

// The desk's human-readable report: everything a reviewer or an editor needs to
// audit the fact-check of one article version, readable both raw and rendered.
// Its words are in the requesting member's interface language (reports.export in the catalogue).

function formatMetadata(report: ReviewReport, words: ReportWords): string[] {
  const { article, organization, scale } = report;
  const { t, date } = words;
  const rows: Array<[string, string | null]> = [
    [t("export.factCheckedBy"), esc(organization.name)],
    [t("export.outlet"), article.outlet ? esc(article.outlet) : null],
    [t("export.author"), article.author ? esc(article.author) : null],
    [t("export.published"), article.publishedAt ? date(article.publishedAt) : null],
    [
      t("export.originalArticle"),
      article.originalUrl ? formatMarkdownLink(article.originalUrl, article.originalUrl) : null,
    ],
    [t("export.readerPage"), formatMarkdownLink(article.readerUrl, article.readerUrl)],
    [t("export.version"), t("export.versionValue", { number: article.versionNumber, status: article.status })],
    [t("export.ratingScale"), esc(scale.name)],
    [t("export.generated"), date(report.generatedAt)],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([label, value]) => `- **${label}:** ${value}`);
}

function formatSummary(report: ReviewReport, words: ReportWords): string[] {
  const { t } = words;
  const lines = [`| ${t("export.verdictColumn")} | ${t("export.claimsColumn")} |`, "| --- | ---: |"];
  for (const row of words.verdictCounts(report)) lines.push(`| ${esc(row.label)} | ${words.number(row.count)} |`);
  lines.push(`| **${t("export.total")}** | **${words.number(report.claims.length)}** |`);
  return lines;
}

function formatCitation(citation: ReportCitation, words: ReportWords): string {
  const parts: string[] = [];
  if (citation.expert) {
    const expert = citation.expert;
    parts.push(`**${esc(words.expert(expert))}**`);
    if (expert.profileUrl) parts.push(formatMarkdownLink(words.t("export.profile"), expert.profileUrl));
  } else {
    const source = words.source(citation);
    parts.push(
      `${words.citationKind(citation.kind)}: ${citation.url ? formatMarkdownLink(source, citation.url) : esc(source)}`,
    );
  }
  if (citation.expert && citation.url) parts.push(formatMarkdownLink(words.source(citation), citation.url));
  let line = parts.join(" · ");
  if (citation.quote) line += ` — “${esc(citation.quote)}”`;
  const when = words.citationDates(citation);
  return when ? `${line} (${esc(when)})` : line;
}

function formatNames(names: readonly string[], words: ReportWords): string {
  return names.length > 0 ? names.map(esc).join(words.t("export.listSeparator")) : words.t("export.none");
}

function formatClaim(report: ReviewReport, claim: ReportClaim, index: number, words: ReportWords): string[] {
  const { t, date, number } = words;
  const { worst, best } = findScaleRange(report.scale);
  const verdict = claim.verdict;
  const label = verdict ? esc(words.label(verdict)) : null;
  const lines = [
    `<a id="claim-${encodeURIComponent(claim.id)}"></a>`,
    `### ${t("export.claimHeading", { number: number(index + 1), verdict: label ?? t("export.noVerdictYet") })}`,
    "",
    formatMarkdownBlockquote(claim.quote),
    "",
    `- **${t("export.verdict")}:** ${
      verdict && label
        ? t("export.verdictValue", {
            label,
            value: number(verdict.value),
            worst: number(worst),
            best: number(best),
          })
        : t("export.noneYet")
    }`,
    `- **${t("export.state")}:** ${words.state(claim.state)}`,
  ];
  if (claim.claimant) lines.push(`- **${t("export.claimant")}:** ${esc(claim.claimant)}`);
  if (claim.claimDate) lines.push(`- **${t("export.claimMade")}:** ${date(claim.claimDate)}`);
  if (claim.claimContext) lines.push(`- **${t("export.context")}:** ${esc(claim.claimContext)}`);
  lines.push(
    `- **${t("export.position")}:** ${t("export.positionValue", {
      start: claim.start,
      end: claim.end,
      version: report.article.versionNumber,
    })}`,
  );
  if (claim.publishedAt) lines.push(`- **${t("export.verdictPublished")}:** ${date(claim.publishedAt)}`);
  lines.push(`- **${t("export.lastUpdated")}:** ${date(claim.updatedAt)}`);

  if (verdict) {
    lines.push(
      "",
      `#### ${t("export.rationale")}`,
      "",
      `*${t("export.writtenBy", { name: esc(verdict.author) })}*`,
      "",
    );
    lines.push(
      verdict.rationale.trim() ? embedMarkdownSection(verdict.rationale).trimEnd() : `_${t("export.noRationale")}_`,
    );
  }

  lines.push("", `#### ${t("export.evidence")}`, "");
  if (claim.citations.length === 0) lines.push(`_${t("export.noEvidence")}_`);
  claim.citations.forEach((citation, i) => lines.push(`${i + 1}. ${formatCitation(citation, words)}`));

  lines.push(
    "",
    `#### ${t("export.review")}`,
    "",
    `- **${t("export.reviewers")}:** ${formatNames(claim.reviewers, words)}`,
    `- **${t("export.approvers")}:** ${formatNames(claim.approvers, words)}`,
  );

  if (claim.corrections.length > 0) {
    lines.push("", `#### ${t("export.corrections")}`, "");
    for (const correction of claim.corrections) lines.push(`- **${date(correction.at)}:** ${esc(correction.note)}`);
  }
  return lines;
}

function formatPolicies(report: ReviewReport, words: ReportWords): string[] {
  const { t } = words;
  const { methodologyUrl, correctionsUrl } = report.organization;
  const lines: string[] = [];
  if (methodologyUrl) lines.push(`- ${formatMarkdownLink(t("export.methodologyLink"), methodologyUrl)}`);
  if (correctionsUrl) lines.push(`- ${formatMarkdownLink(t("export.correctionsPolicy"), correctionsUrl)}`);
  const scale = report.scale.options.map(
    (option) =>
      `- **${esc(words.label(option))}** (${words.number(option.value)}): ${esc(words.description(option) ?? "")}`,
  );
  return [...lines, "", `**${esc(report.scale.name)}**`, "", ...scale];
}

/** The whole review as Markdown: metadata, verdict summary, every claim in document order, policies. */
export function formatReportMarkdown(report: ReviewReport, locale?: InterfaceLocale): string {
  const words = reportWords(locale);
  const { t } = words;
  const lines = [
    `# ${t("export.title", { title: esc(report.article.title) })}`,
    "",
    ...formatMetadata(report, words),
    "",
    `## ${t("export.verdictSummary")}`,
    "",
    ...formatSummary(report, words),
    "",
    `## ${t("export.claims")}`,
  ];
  if (report.claims.length === 0) lines.push("", `_${t("export.noClaims")}_`);
  report.claims.forEach((claim, index) => lines.push("", ...formatClaim(report, claim, index, words)));
  lines.push("", "---", "", `## ${t("export.methodology")}`, "", ...formatPolicies(report, words));
  return `${lines.join("\n")}\n`;
}

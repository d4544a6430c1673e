import {
  describeCitationDates,
  describeCitationKind,
  describeClaimState,
  describeExpert,
  describeSource,
  findScaleRange,
  formatDisplayDate,
} from "@/lib/export/display";
import {
  embedMarkdownSection,
  escapeMarkdownInline as esc,
  formatMarkdownBlockquote,
  formatMarkdownLink,
} from "@/lib/export/markdown-escape";
import { countVerdicts, type ReportCitation, type ReportClaim, type ReviewReport } from "@/lib/export/report-model";

// The desk's human-readable report: everything a reviewer or an editor needs to
// audit the fact-check of one article version, readable both raw and rendered.

function formatMetadata(report: ReviewReport): string[] {
  const { article, organization, scale } = report;
  const rows: Array<[string, string | null]> = [
    ["Fact-checked by", esc(organization.name)],
    ["Outlet", article.outlet ? esc(article.outlet) : null],
    ["Author", article.author ? esc(article.author) : null],
    ["Published", article.publishedAt ? formatDisplayDate(article.publishedAt) : null],
    ["Original article", article.originalUrl ? formatMarkdownLink(article.originalUrl, article.originalUrl) : null],
    ["Reader page", formatMarkdownLink(article.readerUrl, article.readerUrl)],
    ["Version", `${article.versionNumber} (${article.status === "PUBLISHED" ? "published" : "draft"})`],
    ["Rating scale", esc(scale.name)],
    ["Report generated", formatDisplayDate(report.generatedAt)],
  ];
  return rows
    .filter((row): row is [string, string] => row[1] !== null)
    .map(([label, value]) => `- **${label}:** ${value}`);
}

function formatSummary(report: ReviewReport): string[] {
  const lines = ["| Verdict | Claims |", "| --- | ---: |"];
  for (const row of countVerdicts(report)) lines.push(`| ${esc(row.label)} | ${row.count} |`);
  lines.push(`| **Total** | **${report.claims.length}** |`);
  return lines;
}

function formatCitation(citation: ReportCitation): string {
  const parts: string[] = [];
  if (citation.expert) {
    const expert = citation.expert;
    parts.push(`**${esc(describeExpert(expert))}**`);
    if (expert.profileUrl) parts.push(formatMarkdownLink("profile", expert.profileUrl));
  } else {
    const source = describeSource(citation);
    parts.push(
      `${describeCitationKind(citation.kind)}: ${citation.url ? formatMarkdownLink(source, citation.url) : esc(source)}`,
    );
  }
  if (citation.expert && citation.url) parts.push(formatMarkdownLink(describeSource(citation), citation.url));
  let line = parts.join(" · ");
  if (citation.quote) line += ` — “${esc(citation.quote)}”`;
  const when = describeCitationDates(citation);
  return when ? `${line} (${esc(when)})` : line;
}

function formatNames(names: readonly string[]): string {
  return names.length > 0 ? names.map(esc).join(", ") : "none";
}

function formatClaim(report: ReviewReport, claim: ReportClaim, index: number): string[] {
  const { worst, best } = findScaleRange(report.scale);
  const verdict = claim.verdict;
  const lines = [
    `<a id="claim-${encodeURIComponent(claim.id)}"></a>`,
    `### Claim ${index + 1}: ${verdict ? esc(verdict.label) : "No verdict yet"}`,
    "",
    formatMarkdownBlockquote(claim.quote),
    "",
    `- **Verdict:** ${verdict ? `${esc(verdict.label)} (${verdict.value} on a scale from ${worst} to ${best})` : "none yet"}`,
    `- **State:** ${describeClaimState(claim.state)}`,
  ];
  if (claim.claimant) lines.push(`- **Claimant:** ${esc(claim.claimant)}`);
  if (claim.claimDate) lines.push(`- **Claim made:** ${formatDisplayDate(claim.claimDate)}`);
  if (claim.claimContext) lines.push(`- **Context:** ${esc(claim.claimContext)}`);
  lines.push(
    `- **Position in text:** characters ${claim.start}–${claim.end} of version ${report.article.versionNumber}`,
  );
  if (claim.publishedAt) lines.push(`- **Verdict published:** ${formatDisplayDate(claim.publishedAt)}`);
  lines.push(`- **Last updated:** ${formatDisplayDate(claim.updatedAt)}`);

  if (verdict) {
    lines.push("", `#### Rationale`, "", `*Written by ${esc(verdict.author)}.*`, "");
    lines.push(
      verdict.rationale.trim() ? embedMarkdownSection(verdict.rationale).trimEnd() : "_No rationale written._",
    );
  }

  lines.push("", "#### Evidence", "");
  if (claim.citations.length === 0) lines.push("_No evidence cited._");
  claim.citations.forEach((citation, i) => lines.push(`${i + 1}. ${formatCitation(citation)}`));

  lines.push(
    "",
    "#### Review",
    "",
    `- **Reviewers:** ${formatNames(claim.reviewers)}`,
    `- **Approvers:** ${formatNames(claim.approvers)}`,
  );

  if (claim.corrections.length > 0) {
    lines.push("", "#### Corrections", "");
    for (const correction of claim.corrections)
      lines.push(`- **${formatDisplayDate(correction.at)}:** ${esc(correction.note)}`);
  }
  return lines;
}

function formatPolicies(report: ReviewReport): string[] {
  const { methodologyUrl, correctionsUrl } = report.organization;
  const lines: string[] = [];
  if (methodologyUrl) lines.push(`- ${formatMarkdownLink("How we fact-check (methodology)", methodologyUrl)}`);
  if (correctionsUrl) lines.push(`- ${formatMarkdownLink("Corrections policy", correctionsUrl)}`);
  const scale = report.scale.options.map(
    (option) => `- **${esc(option.label)}** (${option.value}): ${esc(option.description)}`,
  );
  return [...lines, "", `**${esc(report.scale.name)}**`, "", ...scale];
}

/** The whole review as Markdown: metadata, verdict summary, every claim in document order, policies. */
export function formatReportMarkdown(report: ReviewReport): string {
  const lines = [
    `# Fact-check report: ${esc(report.article.title)}`,
    "",
    ...formatMetadata(report),
    "",
    "## Verdict summary",
    "",
    ...formatSummary(report),
    "",
    "## Claims",
  ];
  if (report.claims.length === 0) lines.push("", "_No claims have been highlighted in this article._");
  report.claims.forEach((claim, index) => lines.push("", ...formatClaim(report, claim, index)));
  lines.push("", "---", "", "## Methodology", "", ...formatPolicies(report));
  return `${lines.join("\n")}\n`;
}

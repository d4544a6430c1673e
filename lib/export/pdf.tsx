import { Document, Link, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import {
  describeCitationDates,
  describeCitationKind,
  describeClaimState,
  describeExpert,
  describeSource,
  findScaleRange,
  formatDisplayDate,
} from "@/lib/export/display";
import { toWinAnsiText as w } from "@/lib/export/pdf-text";
import { extractPlainParagraphs } from "@/lib/export/plain-text";
import { countVerdicts, type ReportCitation, type ReportClaim, type ReviewReport } from "@/lib/export/report-model";

// Printable report rendered in-process with @react-pdf/renderer. Every piece
// of user text goes through w() (WinAnsi folding, see pdf-text.ts) because the
// built-in Helvetica cannot draw anything else.

const GREY = "#4b5563";
const KEEP_TOGETHER_MAX_CHARS = 1500;
const RULE = "#d1d5db";

const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 56, paddingHorizontal: 48, fontFamily: "Helvetica", fontSize: 10, color: "#111827" },
  header: { position: "absolute", top: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between" },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between" },
  small: { fontSize: 8, color: GREY },
  kicker: { fontSize: 9, color: GREY },
  // react-pdf resolves a unitless lineHeight against the text's own fontSize (default 18), not
  // the inherited one, and a page-level lineHeight hides render-prop text (page numbers): so
  // every text states both. Styles below that change fontSize restate lineHeight too.
  text: { fontSize: 10, lineHeight: 1.4 },
  title: { fontSize: 18, lineHeight: 1.25, fontWeight: "bold", marginTop: 4, marginBottom: 12 },
  h2: { fontSize: 13, lineHeight: 1.3, fontWeight: "bold", marginTop: 18, marginBottom: 6 },
  h3: { fontSize: 10, fontWeight: "bold", marginTop: 8, marginBottom: 2 },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 110, color: GREY },
  value: { flex: 1 },
  swatch: { width: 9, height: 9, marginRight: 6, marginTop: 2 },
  claim: { borderTopWidth: 1, borderTopColor: RULE, paddingTop: 10, marginTop: 12 },
  claimHeader: { flexDirection: "row", justifyContent: "space-between", marginBottom: 6 },
  quote: { borderLeftWidth: 3, borderLeftColor: RULE, paddingLeft: 8, fontStyle: "italic", marginBottom: 6 },
  badgeRow: { flexDirection: "row", alignItems: "center", marginBottom: 4 },
  badge: { paddingVertical: 2, paddingHorizontal: 6, borderRadius: 3, fontWeight: "bold", marginRight: 8 },
  muted: { color: GREY },
  paragraph: { marginBottom: 4 },
  link: { color: "#1d4ed8", textDecoration: "underline" },
});

/** Ordinary words are never hyphenated (the text must stay searchable); only tokens too long for a line, like URLs, are split. */
function splitOnlyLongWords(word: string): string[] {
  return word.length <= 40 ? [word] : (word.match(/.{1,24}/gsu) ?? [word]);
}

type PdfStyle = Parameters<typeof StyleSheet.create>[0][string];

function P({ children, style }: { children: ReactNode; style?: PdfStyle | PdfStyle[] }) {
  return (
    <Text style={[styles.text, ...(Array.isArray(style) ? style : style ? [style] : [])]} hyphenationCallback={splitOnlyLongWords}>
      {children}
    </Text>
  );
}

/** White or near-black label text, whichever reads better on the verdict colour (WCAG relative luminance). */
function pickTextColour(hex: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? "#111827" : "#ffffff";
}

function MetaRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={styles.row}>
      <P style={styles.label}>{label}</P>
      <P style={styles.value}>{children}</P>
    </View>
  );
}

function WebLink({ url, label }: { url: string; label?: string }) {
  return (
    <Link src={url} style={styles.link}>
      {w(label ?? url)}
    </Link>
  );
}

function Citation({ citation, index }: { citation: ReportCitation; index: number }) {
  const who = citation.expert ? describeExpert(citation.expert) : `${describeCitationKind(citation.kind)}: ${describeSource(citation)}`;
  const when = describeCitationDates(citation);
  return (
    <View style={styles.paragraph} wrap={false}>
      <P>
        {`${index + 1}. `}
        <Text style={{ fontWeight: "bold" }}>{w(who)}</Text>
        {citation.quote ? ` - "${w(citation.quote)}"` : ""}
        {when ? ` (${w(when)})` : ""}
      </P>
      {citation.url ? <P style={styles.muted}><WebLink url={citation.url} /></P> : null}
      {citation.expert?.profileUrl ? <P style={styles.muted}>Profile: <WebLink url={citation.expert.profileUrl} /></P> : null}
    </View>
  );
}

function ClaimSection({ report, claim, index }: { report: ReviewReport; claim: ReportClaim; index: number }) {
  const { worst, best } = findScaleRange(report.scale);
  const verdict = claim.verdict;
  const rationale = verdict ? extractPlainParagraphs(verdict.rationale) : [];
  return (
    <View style={styles.claim} id={`claim-${claim.id}`}>
      {/* Keep heading, quote and verdict on one page, unless the quote alone is page-sized. */}
      <View wrap={claim.quote.length > KEEP_TOGETHER_MAX_CHARS}>
        <View style={styles.claimHeader}>
          <P style={{ fontWeight: "bold" }}>{`Claim ${index + 1}`}</P>
          <P style={styles.muted}>{describeClaimState(claim.state)}</P>
        </View>
        <P style={styles.quote}>{w(claim.quote)}</P>
        <View style={styles.badgeRow}>
          {verdict ? (
            <>
              <P style={[styles.badge, { backgroundColor: verdict.colour, color: pickTextColour(verdict.colour) }]}>{w(verdict.label)}</P>
              <P style={styles.muted}>{`Verdict: ${w(verdict.label)} (${verdict.value} on a scale from ${worst} to ${best})`}</P>
            </>
          ) : (
            <P style={styles.muted}>No verdict yet</P>
          )}
        </View>
      </View>
      {claim.claimant ? <MetaRow label="Claimant">{w(claim.claimant)}</MetaRow> : null}
      {claim.claimDate ? <MetaRow label="Claim made">{formatDisplayDate(claim.claimDate)}</MetaRow> : null}
      {claim.claimContext ? <MetaRow label="Context">{w(claim.claimContext)}</MetaRow> : null}
      {claim.publishedAt ? <MetaRow label="Verdict published">{formatDisplayDate(claim.publishedAt)}</MetaRow> : null}

      {verdict ? (
        <>
          <P style={styles.h3}>{`Rationale (by ${w(verdict.author)})`}</P>
          {rationale.length > 0 ? rationale.map((text, i) => <P key={i} style={styles.paragraph}>{w(text)}</P>) : <P style={styles.muted}>No rationale written.</P>}
        </>
      ) : null}

      <P style={styles.h3}>Evidence</P>
      {claim.citations.length > 0 ? claim.citations.map((citation, i) => <Citation key={citation.id} citation={citation} index={i} />) : <P style={styles.muted}>No evidence cited.</P>}

      <P style={styles.h3}>Review</P>
      <MetaRow label="Reviewers">{w(claim.reviewers.join(", ") || "none")}</MetaRow>
      <MetaRow label="Approvers">{w(claim.approvers.join(", ") || "none")}</MetaRow>

      {claim.corrections.length > 0 ? (
        <>
          <P style={styles.h3}>Corrections</P>
          {claim.corrections.map((correction, i) => (
            <P key={i} style={styles.paragraph}>{`${formatDisplayDate(correction.at)}: ${w(correction.note)}`}</P>
          ))}
        </>
      ) : null}
    </View>
  );
}

/**
 * Claims per <Page> element. react-pdf lays out one flowing page tree in roughly quadratic time (measured: 500
 * claims on one <Page> took 16 minutes and 2.7 GB), so the claims are split across page elements of this size; each
 * still wraps onto as many sheets as it needs.
 */
const CLAIMS_PER_PAGE_ELEMENT = 10;

function PageFrame({ report, children }: { report: ReviewReport; children: React.ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.header} fixed>
        <P style={styles.small}>{w(report.organization.name)}</P>
        <P style={styles.small}>Fact-check report</P>
      </View>
      <View style={styles.footer} fixed>
        <P style={styles.small}>{`Generated ${formatDisplayDate(report.generatedAt)}`}</P>
        <Text style={styles.small} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
      {children}
    </Page>
  );
}

function ReportDocument({ report }: { report: ReviewReport }) {
  const { article, organization, scale } = report;
  const chunks: ReviewReport["claims"][] = [];
  for (let i = 0; i < report.claims.length; i += CLAIMS_PER_PAGE_ELEMENT) chunks.push(report.claims.slice(i, i + CLAIMS_PER_PAGE_ELEMENT));
  return (
    <Document title={w(`Fact-check report: ${article.title}`)} author={w(organization.name)} creator="FactDesk" producer="FactDesk" language="en">
      <PageFrame report={report}>
        <P style={styles.kicker}>Fact-check report</P>
        <P style={styles.title}>{w(article.title)}</P>
        <MetaRow label="Fact-checked by">{w(organization.name)}</MetaRow>
        {article.outlet ? <MetaRow label="Outlet">{w(article.outlet)}</MetaRow> : null}
        {article.author ? <MetaRow label="Author">{w(article.author)}</MetaRow> : null}
        {article.publishedAt ? <MetaRow label="Published">{formatDisplayDate(article.publishedAt)}</MetaRow> : null}
        {article.originalUrl ? <MetaRow label="Original article"><WebLink url={article.originalUrl} /></MetaRow> : null}
        <MetaRow label="Reader page"><WebLink url={article.readerUrl} /></MetaRow>
        <MetaRow label="Version">{`${article.versionNumber} (${article.status === "PUBLISHED" ? "published" : "draft"})`}</MetaRow>
        <MetaRow label="Rating scale">{w(scale.name)}</MetaRow>

        <P style={styles.h2}>Verdict summary</P>
        {countVerdicts(report).map((row) => (
          <View key={row.label} style={styles.row}>
            <View style={[styles.swatch, { backgroundColor: row.colour }]} />
            <P style={styles.value}>{w(row.label)}</P>
            <P>{String(row.count)}</P>
          </View>
        ))}
        <MetaRow label="Total claims">{String(report.claims.length)}</MetaRow>

        <P style={styles.h2}>Claims</P>
        {report.claims.length === 0 ? <P style={styles.muted}>No claims have been highlighted in this article.</P> : null}
      </PageFrame>
      {chunks.map((claims, chunk) => (
        <PageFrame key={chunk} report={report}>
          {claims.map((claim, i) => (
            <ClaimSection key={claim.id} report={report} claim={claim} index={chunk * CLAIMS_PER_PAGE_ELEMENT + i} />
          ))}
        </PageFrame>
      ))}
      <PageFrame report={report}>
        <P style={styles.h2}>Methodology</P>
        {organization.methodologyUrl ? <P>How we fact-check: <WebLink url={organization.methodologyUrl} /></P> : null}
        {organization.correctionsUrl ? <P>Corrections policy: <WebLink url={organization.correctionsUrl} /></P> : null}
        <P style={styles.h3}>{w(scale.name)}</P>
        {scale.options.map((option) => (
          <P key={option.label} style={styles.paragraph}>{`${w(option.label)} (${option.value}): ${w(option.description)}`}</P>
        ))}
      </PageFrame>
    </Document>
  );
}

/** The review as a PDF file (bytes), rendered in this process; no browser involved. */
export async function renderReportPdf(report: ReviewReport): Promise<Uint8Array> {
  return renderToBuffer(<ReportDocument report={report} />);
}

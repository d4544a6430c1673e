import PDFDocument from "pdfkit";
import { findScaleRange } from "@/lib/export/display";
import { toWinAnsiText as w } from "@/lib/export/pdf-text";
import { extractPlainParagraphs } from "@/lib/export/plain-text";
import type { ReportCitation, ReportClaim, ReviewReport } from "@/lib/export/report-model";
import { reportWords, type ReportWords } from "@/lib/export/report-words";
import type { InterfaceLocale } from "@/lib/i18n/locales";

// Printable report drawn with pdfkit, straight onto the page: no layout tree, so 500 claims take about a second
// where react-pdf's flexbox layout took 33 s and 560 MB. Every piece of user text goes through w() (WinAnsi
// folding, see pdf-text.ts) because the built-in Helvetica cannot draw anything else; the text stays extractable.
// The report's own words are in the member's interface language, except Arabic, which Helvetica cannot draw: an
// Arabic-speaking member gets the PDF's words in English (the HTML report and the Markdown file are in Arabic).

const INK = "#111827";
const GREY = "#4b5563";
const RULE = "#d1d5db";
const LINK = "#1d4ed8";
const MARGIN = { top: 56, bottom: 56, left: 48, right: 48 };
const LABEL_WIDTH = 110;
const BODY_SIZE = 10;
/** Line gap giving a line height of about 1.4 at 10 pt, as the report had before. */
const LINE_GAP = 2.5;
/** Heading, quote and verdict of a claim stay on one page unless they alone fill most of one. */
const KEEP_TOGETHER_MAX_HEIGHT = 400;

type Doc = PDFKit.PDFDocument;
type Font = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique";
type TextStyle = { font?: Font; size?: number; colour?: string; gapAfter?: number; link?: string };

/** White or near-black label text, whichever reads better on the verdict colour (WCAG relative luminance). */
function pickTextColour(hex: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? INK : "#ffffff";
}

class ReportWriter {
  readonly left = MARGIN.left;
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  private style({ font = "Helvetica", size = BODY_SIZE, colour = INK }: TextStyle): void {
    this.doc.font(font).fontSize(size).fillColor(colour);
  }

  /** Starts a new sheet when fewer than `height` points are left on this one. */
  keepRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heightOf(text: string, style: TextStyle, width = this.width, indent = 0): number {
    this.style(style);
    return this.doc.heightOfString(text, { width: width - indent, lineGap: LINE_GAP }) + (style.gapAfter ?? 0);
  }

  /** A paragraph across the full width (or from `indent`), wrapping onto new sheets as needed. */
  text(text: string, style: TextStyle = {}, indent = 0): void {
    this.style(style);
    const link = style.link ? { link: style.link, underline: true } : {};
    this.doc.text(text, this.left + indent, this.doc.y, { width: this.width - indent, lineGap: LINE_GAP, ...link });
    this.doc.y += style.gapAfter ?? 0;
  }

  heading(text: string, size: number, gapBefore: number): void {
    this.doc.y += gapBefore;
    this.keepRoom(this.heightOf(text, { font: "Helvetica-Bold", size }) + 30);
    this.text(text, { font: "Helvetica-Bold", size, gapAfter: size > BODY_SIZE ? 6 : 2 });
  }

  /** "Label    value" on one row; the value wraps in its own column. */
  metaRow(label: string, value: string, link?: string): void {
    const valueWidth = this.width - LABEL_WIDTH;
    const height = Math.max(this.heightOf(label, {}, LABEL_WIDTH), this.heightOf(value, {}, valueWidth));
    if (height < this.bottom - MARGIN.top) this.keepRoom(height);
    const top = this.doc.y;
    this.style({ colour: GREY });
    this.doc.text(label, this.left, top, { width: LABEL_WIDTH, lineGap: LINE_GAP });
    const labelEnd = this.doc.y;
    this.style({ colour: link ? LINK : INK });
    this.doc.text(value, this.left + LABEL_WIDTH, top, {
      width: valueWidth,
      lineGap: LINE_GAP,
      ...(link ? { link, underline: true } : {}),
    });
    this.doc.y = Math.max(this.doc.y, labelEnd) + 2;
  }

  rule(): void {
    this.doc
      .moveTo(this.left, this.doc.y)
      .lineTo(this.left + this.width, this.doc.y)
      .lineWidth(1)
      .strokeColor(RULE)
      .stroke();
  }

  /** Quote in italics with a bar on its left, on every sheet it runs over. */
  quote(text: string): void {
    const startPage = this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1;
    const top = this.doc.y;
    this.text(text, { font: "Helvetica-Oblique" }, 11);
    const endPage = this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1;
    const barTop = startPage === endPage ? top : MARGIN.top;
    this.doc.rect(this.left, barTop, 3, this.doc.y - barTop).fill(RULE);
    this.doc.y += 6;
  }

  /** A coloured label with its value in words beside it. */
  badge(label: string, colour: string, caption: string): void {
    this.style({ font: "Helvetica-Bold" });
    const labelWidth = Math.min(this.doc.widthOfString(label), this.width / 2);
    const height = this.doc.heightOfString(label, { width: labelWidth + 1 });
    const top = this.doc.y;
    this.doc.roundedRect(this.left, top - 2, labelWidth + 12, height + 4, 3).fill(colour);
    this.style({ font: "Helvetica-Bold", colour: pickTextColour(colour) });
    this.doc.text(label, this.left + 6, top, { width: labelWidth + 1 });
    const labelEnd = this.doc.y;
    this.style({ colour: GREY });
    this.doc.text(caption, this.left + labelWidth + 20, top, {
      width: this.width - labelWidth - 20,
      lineGap: LINE_GAP,
    });
    this.doc.y = Math.max(this.doc.y, labelEnd) + 6;
  }

  swatchRow(colour: string, label: string, count: string): void {
    this.keepRoom(16);
    const top = this.doc.y;
    this.doc.rect(this.left, top + 1, 9, 9).fill(colour);
    this.style({});
    this.doc.text(count, this.left, top, { width: this.width, align: "right" });
    const countEnd = this.doc.y;
    this.doc.text(label, this.left + 15, top, { width: this.width - 60, lineGap: LINE_GAP });
    this.doc.y = Math.max(this.doc.y, countEnd) + 2;
  }
}

function writeCitation(out: ReportWriter, citation: ReportCitation, index: number, words: ReportWords): void {
  const who = citation.expert
    ? words.expert(citation.expert)
    : `${words.citationKind(citation.kind)}: ${words.source(citation)}`;
  const when = words.citationDates(citation);
  const line = `${index + 1}. ${w(who)}${citation.quote ? ` - "${w(citation.quote)}"` : ""}${when ? ` (${w(when)})` : ""}`;
  out.keepRoom(Math.min(out.heightOf(line, {}), 200) + (citation.url ? 14 : 0));
  // the source's name in bold, the rest of the line in the body face
  const doc = out.doc;
  doc.font("Helvetica").fontSize(BODY_SIZE).fillColor(INK);
  doc.text(`${index + 1}. `, out.left, doc.y, { width: out.width, lineGap: LINE_GAP, continued: true });
  doc.font("Helvetica-Bold").text(w(who), { continued: true });
  doc.font("Helvetica").text(line.slice(`${index + 1}. `.length + w(who).length));
  doc.y += citation.url || citation.expert?.profileUrl ? 0 : 4;
  if (citation.url)
    out.text(w(citation.url), { colour: LINK, link: citation.url, gapAfter: citation.expert?.profileUrl ? 0 : 4 });
  if (citation.expert?.profileUrl)
    out.text(w(words.t("export.profileLine", { url: citation.expert.profileUrl })), {
      colour: LINK,
      link: citation.expert.profileUrl,
      gapAfter: 4,
    });
}

function writeClaim(
  out: ReportWriter,
  report: ReviewReport,
  claim: ReportClaim,
  index: number,
  words: ReportWords,
): void {
  const { t, date, number } = words;
  const { worst, best } = findScaleRange(report.scale);
  const verdict = claim.verdict;
  const quote = w(claim.quote);
  out.doc.y += 12;
  const headHeight = 16 + out.heightOf(quote, { font: "Helvetica-Oblique" }, out.width, 11) + 30;
  out.keepRoom(Math.min(headHeight, KEEP_TOGETHER_MAX_HEIGHT));
  out.rule();
  out.doc.y += 10;
  out.doc.addNamedDestination(`claim-${claim.id}`, "XYZ", out.left, out.doc.page.height - out.doc.y, null);
  const top = out.doc.y;
  out.doc
    .font("Helvetica")
    .fontSize(BODY_SIZE)
    .fillColor(GREY)
    .text(w(words.state(claim.state)), out.left, top, { width: out.width, align: "right" });
  out.doc
    .font("Helvetica-Bold")
    .fillColor(INK)
    .text(w(t("export.claimNumber", { number: number(index + 1) })), out.left, top, { width: out.width / 2 });
  out.doc.y += 6;
  out.quote(quote);
  if (verdict) {
    const label = w(words.label(verdict));
    out.badge(
      label,
      verdict.colour,
      w(t("export.verdictCaption", { label, value: number(verdict.value), worst: number(worst), best: number(best) })),
    );
  } else out.text(w(t("export.noVerdictYet")), { colour: GREY, gapAfter: 4 });

  if (claim.claimant) out.metaRow(w(t("export.claimant")), w(claim.claimant));
  if (claim.claimDate) out.metaRow(w(t("export.claimMade")), date(claim.claimDate));
  if (claim.claimContext) out.metaRow(w(t("export.context")), w(claim.claimContext));
  if (claim.publishedAt) out.metaRow(w(t("export.verdictPublished")), date(claim.publishedAt));

  if (verdict) {
    out.heading(w(t("export.rationaleBy", { name: verdict.author })), BODY_SIZE, 8);
    const paragraphs = extractPlainParagraphs(verdict.rationale);
    if (paragraphs.length === 0) out.text(w(t("export.noRationale")), { colour: GREY });
    for (const paragraph of paragraphs) out.text(w(paragraph), { gapAfter: 4 });
  }

  out.heading(w(t("export.evidence")), BODY_SIZE, 8);
  if (claim.citations.length === 0) out.text(w(t("export.noEvidence")), { colour: GREY });
  claim.citations.forEach((citation, i) => writeCitation(out, citation, i, words));

  const names = (list: string[]) => w(list.join(t("export.listSeparator")) || t("export.none"));
  out.heading(w(t("export.review")), BODY_SIZE, 8);
  out.metaRow(w(t("export.reviewers")), names(claim.reviewers));
  out.metaRow(w(t("export.approvers")), names(claim.approvers));

  if (claim.corrections.length > 0) {
    out.heading(w(t("export.corrections")), BODY_SIZE, 8);
    for (const correction of claim.corrections)
      out.text(`${date(correction.at)}: ${w(correction.note)}`, { gapAfter: 4 });
  }
}

function writeCover(out: ReportWriter, report: ReviewReport, words: ReportWords): void {
  const { article, organization, scale } = report;
  const { t, date, number } = words;
  out.text(w(t("export.reportName")), { size: 9, colour: GREY, gapAfter: 4 });
  out.text(w(article.title), { font: "Helvetica-Bold", size: 18, gapAfter: 12 });
  out.metaRow(w(t("export.factCheckedBy")), w(organization.name));
  if (article.outlet) out.metaRow(w(t("export.outlet")), w(article.outlet));
  if (article.author) out.metaRow(w(t("export.author")), w(article.author));
  if (article.publishedAt) out.metaRow(w(t("export.published")), date(article.publishedAt));
  if (article.originalUrl) out.metaRow(w(t("export.originalArticle")), w(article.originalUrl), article.originalUrl);
  out.metaRow(w(t("export.readerPage")), w(article.readerUrl), article.readerUrl);
  out.metaRow(
    w(t("export.version")),
    w(t("export.versionValue", { number: article.versionNumber, status: article.status })),
  );
  out.metaRow(w(t("export.ratingScale")), w(scale.name));

  out.heading(w(t("export.verdictSummary")), 13, 18);
  for (const row of words.verdictCounts(report)) out.swatchRow(row.colour, w(row.label), number(row.count));
  out.metaRow(w(t("export.totalClaims")), number(report.claims.length));
  out.heading(w(t("export.claims")), 13, 18);
  if (report.claims.length === 0) out.text(w(t("export.noClaims")), { colour: GREY });
}

function writeMethodology(out: ReportWriter, report: ReviewReport, words: ReportWords): void {
  const { organization, scale } = report;
  const { t } = words;
  out.doc.addPage();
  out.heading(w(t("export.methodology")), 13, 0);
  if (organization.methodologyUrl)
    out.text(w(t("export.howWeCheckLine", { url: organization.methodologyUrl })), {
      link: organization.methodologyUrl,
      gapAfter: 2,
    });
  if (organization.correctionsUrl)
    out.text(w(t("export.correctionsPolicyLine", { url: organization.correctionsUrl })), {
      link: organization.correctionsUrl,
      gapAfter: 2,
    });
  out.heading(w(scale.name), BODY_SIZE, 8);
  for (const option of scale.options)
    out.text(`${w(words.label(option))} (${words.number(option.value)}): ${w(words.description(option) ?? "")}`, {
      gapAfter: 4,
    });
}

/** Header and "Page n of N" footer on every sheet, drawn once the number of sheets is known. */
function writePageFrames(doc: Doc, report: ReviewReport, words: ReportWords): void {
  const { start, count } = doc.bufferedPageRange();
  const { t, number } = words;
  const generated = w(t("export.generatedOn", { date: words.date(report.generatedAt) }));
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    // drawing inside the margins must not start a new sheet
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor(GREY);
    doc.text(w(report.organization.name), MARGIN.left, 24, { width: width / 2, lineBreak: false });
    doc.text(w(t("export.reportName")), MARGIN.left, 24, { width, align: "right", lineBreak: false });
    const footerY = doc.page.height - 24 - 8;
    doc.text(generated, MARGIN.left, footerY, { width: width / 2, lineBreak: false });
    doc.text(w(t("export.pageOf", { page: number(i + 1), count: number(count) })), MARGIN.left, footerY, {
      width,
      align: "right",
      lineBreak: false,
    });
  }
}

/** Called after each claim with how many are done; lets a worker report progress. */
export type PdfProgress = (done: number, total: number) => void;

/** The review as a PDF file (bytes); no browser involved. */
export async function renderReportPdf(
  report: ReviewReport,
  onProgress?: PdfProgress,
  locale?: InterfaceLocale,
): Promise<Uint8Array> {
  const { article, organization } = report;
  const words = reportWords(locale === "ar" ? "en" : locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: words.locale,
    info: {
      Title: w(words.t("export.title", { title: article.title })),
      Author: w(organization.name),
      Creator: "FactDesk",
      Producer: "FactDesk",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const out = new ReportWriter(doc);
  writeCover(out, report, words);
  report.claims.forEach((claim, i) => {
    writeClaim(out, report, claim, i, words);
    onProgress?.(i + 1, report.claims.length);
  });
  writeMethodology(out, report, words);
  writePageFrames(doc, report, words);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

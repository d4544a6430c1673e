import PDFDocument from "pdfkit";
import { BidiTextWriter, hasArabic, type Direction, type Face, type FontNames, type Span } from "@/lib/export/pdf-bidi";
import { findScaleRange } from "@/lib/export/display";
import { toWinAnsiText as w } from "@/lib/export/pdf-text";
import { extractPlainParagraphs } from "@/lib/export/plain-text";
import type { ReportCitation, ReportClaim, ReviewReport } from "@/lib/export/report-model";
import { reportWords, type ReportWords } from "@/lib/export/report-words";
import { localeDirection, type InterfaceLocale } from "@/lib/i18n/locales";

// Printable report drawn with pdfkit, straight onto the page: no layout tree, so 500 claims take about a second
// where react-pdf's flexbox layout took 33 s and 560 MB. Latin text is set in the built-in Helvetica, folded to
// WinAnsi (pdf-text.ts), which is all it can draw; Arabic letters in an embedded Arabic font (ReportFonts), laid
// out right to left by pdf-bidi.ts. The report's own words are in the member's interface language; in Arabic the
// page is mirrored (labels on the right, the quote's bar on the right, page numbers on the left). The text stays
// extractable (the embedded font carries a ToUnicode map).

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

/** A font file's bytes (TTF, OTF, WOFF, WOFF2) or a font fontkit opened (shared by every PDF a thread draws). */
export type FontSource = Uint8Array | { layout: (text: string) => unknown };
/** The fonts to embed: an Arabic face, regular and bold. */
export type ReportFonts = { arabic: { regular: FontSource; bold: FontSource } };

const FONT_NAMES: FontNames = {
  latin: { regular: "Helvetica", bold: "Helvetica-Bold", oblique: "Helvetica-Oblique" },
  // Arabic has no italics: quotes keep the upright face
  arabic: { regular: "Arabic", bold: "Arabic-Bold", oblique: "Arabic" },
};

type Doc = PDFKit.PDFDocument;
type TextStyle = {
  face?: Face;
  size?: number;
  colour?: string;
  gapAfter?: number;
  link?: string;
  /** pdfkit's default (0) where the report never set one. */
  lineGap?: number;
  align?: "start" | "end";
  lineBreak?: false;
  /**
   * How right-to-left and mixed text flows: "composed" (the report's own sentences and labels, which may hold names:
   * in the report's direction), "field" (a value in a label's column: its own direction, at the report's start) or
   * "paragraph" (prose someone wrote, such as a quote or a rationale: its own direction and side, as dir="auto").
   */
  flow?: "composed" | "field" | "paragraph";
};

/** White or near-black label text, whichever reads better on the verdict colour (WCAG relative luminance). */
function pickTextColour(hex: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? INK : "#ffffff";
}

const textOf = (spans: readonly Span[]) => spans.map((span) => span.text).join("");

class ReportWriter {
  readonly left = MARGIN.left;
  readonly width: number;
  private readonly bidi: BidiTextWriter;
  constructor(
    readonly doc: Doc,
    readonly direction: Direction,
  ) {
    this.width = doc.page.width - MARGIN.left - MARGIN.right;
    this.bidi = new BidiTextWriter(doc, FONT_NAMES);
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** The x of a box `offset` points from the start edge (the left, or the right in a right-to-left report). */
  x(offset: number, width: number): number {
    return this.direction === "rtl" ? this.left + this.width - offset - width : this.left + offset;
  }

  /** Left-to-right Latin text keeps pdfkit's own layout (and the file the report always had). */
  private isPlain(text: string): boolean {
    return this.direction === "ltr" && !hasArabic(text);
  }

  private style({ face = "regular", size = BODY_SIZE, colour = INK }: TextStyle): void {
    this.doc.font(FONT_NAMES.latin[face]).fontSize(size).fillColor(colour);
  }

  /** Starts a new sheet when fewer than `height` points are left on this one. */
  keepRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heightOf(text: string, style: TextStyle, width = this.width, indent = 0): number {
    const lineGap = style.lineGap ?? LINE_GAP;
    const gapAfter = style.gapAfter ?? 0;
    if (!this.isPlain(text)) {
      const size = style.size ?? BODY_SIZE;
      return this.bidi.heightOf([{ text, face: style.face }], { width: width - indent, size, lineGap }) + gapAfter;
    }
    this.style(style);
    return this.doc.heightOfString(w(text), { width: width - indent, lineGap }) + gapAfter;
  }

  widthOf(text: string, style: TextStyle): number {
    if (!this.isPlain(text)) return this.bidi.widthOf([{ text, face: style.face }], style.size ?? BODY_SIZE);
    this.style(style);
    return this.doc.widthOfString(w(text));
  }

  /** Text in a box `offset` points from the start edge, from `top` down, wrapping onto new sheets as needed. */
  draw(spans: readonly Span[], offset: number, top: number, width: number, style: TextStyle = {}): void {
    const lineGap = style.lineGap ?? LINE_GAP;
    const link = style.link ? { link: style.link, underline: true } : {};
    if (this.isPlain(textOf(spans))) {
      const options = {
        width,
        lineGap,
        ...(style.align === "end" ? { align: "right" as const } : {}),
        ...(style.lineBreak === false ? { lineBreak: false } : {}),
        ...link,
      };
      spans.forEach((span, i) => {
        this.style({ ...style, face: span.face ?? style.face });
        const last = i === spans.length - 1;
        if (i === 0) this.doc.text(w(span.text), this.left + offset, top, { ...options, continued: !last });
        else this.doc.text(w(span.text), { continued: !last });
      });
      return;
    }
    const flow = style.flow ?? "composed";
    const startsRight = (this.direction === "rtl") !== (style.align === "end");
    this.bidi.text(
      spans.map((span) => ({ text: span.text, face: span.face ?? style.face })),
      this.x(offset, width),
      top,
      {
        width,
        size: style.size ?? BODY_SIZE,
        colour: style.colour ?? INK,
        lineGap,
        align: flow === "paragraph" ? "auto" : startsRight ? "right" : "left",
        direction: flow === "composed" ? this.direction : "auto",
        fallbackDirection: this.direction,
        link: style.link,
        lineBreak: style.lineBreak,
        bottom: this.bottom,
      },
    );
  }

  /** A paragraph across the full width (or from `indent`), wrapping onto new sheets as needed. */
  text(text: string, style: TextStyle = {}, indent = 0): void {
    this.draw([{ text }], indent, this.doc.y, this.width - indent, style);
    this.doc.y += style.gapAfter ?? 0;
  }

  heading(text: string, size: number, gapBefore: number, flow?: TextStyle["flow"]): void {
    this.doc.y += gapBefore;
    this.keepRoom(this.heightOf(text, { face: "bold", size }) + 30);
    this.text(text, { face: "bold", size, gapAfter: size > BODY_SIZE ? 6 : 2, flow });
  }

  /** "Label    value" on one row; the value wraps in its own column. */
  metaRow(label: string, value: string, link?: string): void {
    const valueWidth = this.width - LABEL_WIDTH;
    const height = Math.max(this.heightOf(label, {}, LABEL_WIDTH), this.heightOf(value, {}, valueWidth));
    if (height < this.bottom - MARGIN.top) this.keepRoom(height);
    const top = this.doc.y;
    this.draw([{ text: label }], 0, top, LABEL_WIDTH, { colour: GREY });
    const labelEnd = this.doc.y;
    this.draw([{ text: value }], LABEL_WIDTH, top, valueWidth, { colour: link ? LINK : INK, link, flow: "field" });
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

  /** Quote in italics with a bar at its start, on every sheet it runs over. */
  quote(text: string): void {
    const startPage = this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1;
    const top = this.doc.y;
    this.text(text, { face: "oblique", flow: "paragraph" }, 11);
    const endPage = this.doc.bufferedPageRange().start + this.doc.bufferedPageRange().count - 1;
    const barTop = startPage === endPage ? top : MARGIN.top;
    this.doc.rect(this.x(0, 3), barTop, 3, this.doc.y - barTop).fill(RULE);
    this.doc.y += 6;
  }

  /** A coloured label with its value in words beside it. */
  badge(label: string, colour: string, caption: string): void {
    const labelWidth = Math.min(this.widthOf(label, { face: "bold" }), this.width / 2);
    const height = this.heightOf(label, { face: "bold", lineGap: 0 }, labelWidth + 1);
    const top = this.doc.y;
    this.doc.roundedRect(this.x(0, labelWidth + 12), top - 2, labelWidth + 12, height + 4, 3).fill(colour);
    this.draw([{ text: label }], 6, top, labelWidth + 1, {
      face: "bold",
      colour: pickTextColour(colour),
      lineGap: 0,
      flow: "field",
    });
    const labelEnd = this.doc.y;
    this.draw([{ text: caption }], labelWidth + 20, top, this.width - labelWidth - 20, { colour: GREY });
    this.doc.y = Math.max(this.doc.y, labelEnd) + 6;
  }

  swatchRow(colour: string, label: string, count: string): void {
    this.keepRoom(16);
    const top = this.doc.y;
    this.doc.rect(this.x(0, 9), top + 1, 9, 9).fill(colour);
    this.draw([{ text: count }], 0, top, this.width, { align: "end", lineGap: 0 });
    const countEnd = this.doc.y;
    this.draw([{ text: label }], 15, top, this.width - 60, { flow: "field" });
    this.doc.y = Math.max(this.doc.y, countEnd) + 2;
  }
}

function writeCitation(out: ReportWriter, citation: ReportCitation, index: number, words: ReportWords): void {
  const who = citation.expert
    ? words.expert(citation.expert)
    : `${words.citationKind(citation.kind)}: ${words.source(citation)}`;
  const when = words.citationDates(citation);
  const number = `${index + 1}. `;
  const rest = `${citation.quote ? ` - "${citation.quote}"` : ""}${when ? ` (${when})` : ""}`;
  out.keepRoom(Math.min(out.heightOf(number + who + rest, {}), 200) + (citation.url ? 14 : 0));
  // the source's name in bold, the rest of the line in the body face
  out.draw([{ text: number }, { text: who, face: "bold" }, { text: rest }], 0, out.doc.y, out.width);
  out.doc.y += citation.url || citation.expert?.profileUrl ? 0 : 4;
  if (citation.url)
    out.text(citation.url, { colour: LINK, link: citation.url, gapAfter: citation.expert?.profileUrl ? 0 : 4 });
  if (citation.expert?.profileUrl)
    out.text(words.t("export.profileLine", { url: citation.expert.profileUrl }), {
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
  out.doc.y += 12;
  const headHeight = 16 + out.heightOf(claim.quote, { face: "oblique" }, out.width, 11) + 30;
  out.keepRoom(Math.min(headHeight, KEEP_TOGETHER_MAX_HEIGHT));
  out.rule();
  out.doc.y += 10;
  out.doc.addNamedDestination(`claim-${claim.id}`, "XYZ", out.left, out.doc.page.height - out.doc.y, null);
  const top = out.doc.y;
  out.draw([{ text: words.state(claim.state) }], 0, top, out.width, { colour: GREY, align: "end", lineGap: 0 });
  out.draw([{ text: t("export.claimNumber", { number: number(index + 1) }) }], 0, top, out.width / 2, {
    face: "bold",
    lineGap: 0,
  });
  out.doc.y += 6;
  out.quote(claim.quote);
  if (verdict) {
    const label = words.label(verdict);
    out.badge(
      label,
      verdict.colour,
      t("export.verdictCaption", { label, value: number(verdict.value), worst: number(worst), best: number(best) }),
    );
  } else out.text(t("export.noVerdictYet"), { colour: GREY, gapAfter: 4 });

  if (claim.claimant) out.metaRow(t("export.claimant"), claim.claimant);
  if (claim.claimDate) out.metaRow(t("export.claimMade"), date(claim.claimDate));
  if (claim.claimContext) out.metaRow(t("export.context"), claim.claimContext);
  if (claim.publishedAt) out.metaRow(t("export.verdictPublished"), date(claim.publishedAt));

  if (verdict) {
    out.heading(t("export.rationaleBy", { name: verdict.author }), BODY_SIZE, 8);
    const paragraphs = extractPlainParagraphs(verdict.rationale);
    if (paragraphs.length === 0) out.text(t("export.noRationale"), { colour: GREY });
    for (const paragraph of paragraphs) out.text(paragraph, { gapAfter: 4, flow: "paragraph" });
  }

  out.heading(t("export.evidence"), BODY_SIZE, 8);
  if (claim.citations.length === 0) out.text(t("export.noEvidence"), { colour: GREY });
  claim.citations.forEach((citation, i) => writeCitation(out, citation, i, words));

  const names = (list: string[]) => list.join(t("export.listSeparator")) || t("export.none");
  out.heading(t("export.review"), BODY_SIZE, 8);
  out.metaRow(t("export.reviewers"), names(claim.reviewers));
  out.metaRow(t("export.approvers"), names(claim.approvers));

  if (claim.corrections.length > 0) {
    out.heading(t("export.corrections"), BODY_SIZE, 8);
    for (const correction of claim.corrections)
      out.text(`${date(correction.at)}: ${correction.note}`, { gapAfter: 4, flow: "paragraph" });
  }
}

function writeCover(out: ReportWriter, report: ReviewReport, words: ReportWords): void {
  const { article, organization, scale } = report;
  const { t, date, number } = words;
  out.text(t("export.reportName"), { size: 9, colour: GREY, gapAfter: 4 });
  out.text(article.title, { face: "bold", size: 18, gapAfter: 12, flow: "paragraph" });
  out.metaRow(t("export.factCheckedBy"), organization.name);
  if (article.outlet) out.metaRow(t("export.outlet"), article.outlet);
  if (article.author) out.metaRow(t("export.author"), article.author);
  if (article.publishedAt) out.metaRow(t("export.published"), date(article.publishedAt));
  if (article.originalUrl) out.metaRow(t("export.originalArticle"), article.originalUrl, article.originalUrl);
  out.metaRow(t("export.readerPage"), article.readerUrl, article.readerUrl);
  out.metaRow(t("export.version"), t("export.versionValue", { number: article.versionNumber, status: article.status }));
  out.metaRow(t("export.ratingScale"), scale.name);

  out.heading(t("export.verdictSummary"), 13, 18);
  for (const row of words.verdictCounts(report)) out.swatchRow(row.colour, row.label, number(row.count));
  out.metaRow(t("export.totalClaims"), number(report.claims.length));
  out.heading(t("export.claims"), 13, 18);
  if (report.claims.length === 0) out.text(t("export.noClaims"), { colour: GREY });
}

function writeMethodology(out: ReportWriter, report: ReviewReport, words: ReportWords): void {
  const { organization, scale } = report;
  const { t } = words;
  out.doc.addPage();
  out.heading(t("export.methodology"), 13, 0);
  if (organization.methodologyUrl)
    out.text(t("export.howWeCheckLine", { url: organization.methodologyUrl }), {
      link: organization.methodologyUrl,
      gapAfter: 2,
    });
  if (organization.correctionsUrl)
    out.text(t("export.correctionsPolicyLine", { url: organization.correctionsUrl }), {
      link: organization.correctionsUrl,
      gapAfter: 2,
    });
  out.heading(scale.name, BODY_SIZE, 8, "field");
  for (const option of scale.options)
    out.text(`${words.label(option)} (${words.number(option.value)}): ${words.description(option) ?? ""}`, {
      gapAfter: 4,
    });
}

/** Header and "Page n of N" footer on every sheet, drawn once the number of sheets is known. */
function writePageFrames(out: ReportWriter, report: ReviewReport, words: ReportWords): void {
  const doc = out.doc;
  const { start, count } = doc.bufferedPageRange();
  const { t, number } = words;
  const generated = t("export.generatedOn", { date: words.date(report.generatedAt) });
  const small = { size: 8, colour: GREY, lineGap: 0, lineBreak: false } as const;
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    // drawing inside the margins must not start a new sheet
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - 24 - 8;
    out.draw([{ text: report.organization.name }], 0, 24, out.width / 2, { ...small, flow: "field" });
    out.draw([{ text: t("export.reportName") }], 0, 24, out.width, { ...small, align: "end" });
    out.draw([{ text: generated }], 0, footerY, out.width / 2, small);
    out.draw([{ text: t("export.pageOf", { page: number(i + 1), count: number(count) }) }], 0, footerY, out.width, {
      ...small,
      align: "end",
    });
  }
}

/** Called after each claim with how many are done; lets a worker report progress. */
export type PdfProgress = (done: number, total: number) => void;

/** The review as a PDF file (bytes), in the member's interface language; no browser involved. */
export async function renderReportPdf(
  report: ReviewReport,
  fonts: ReportFonts,
  { onProgress, locale }: { onProgress?: PdfProgress; locale?: InterfaceLocale } = {},
): Promise<Uint8Array> {
  const { article, organization } = report;
  const words = reportWords(locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: words.locale,
    info: {
      // the document's title and author are UTF-16 strings: no folding needed
      Title: words.t("export.title", { title: article.title }),
      Author: organization.name,
      Creator: "FactDesk",
      Producer: "FactDesk",
    },
  });
  // registered only: a font is embedded (as a subset of the glyphs drawn) when some text uses it
  // pdfkit takes an opened fontkit font as it takes bytes (its types only list bytes and paths)
  doc.registerFont(FONT_NAMES.arabic.regular, fonts.arabic.regular as Uint8Array);
  doc.registerFont(FONT_NAMES.arabic.bold, fonts.arabic.bold as Uint8Array);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const out = new ReportWriter(doc, localeDirection(words.locale));
  writeCover(out, report, words);
  report.claims.forEach((claim, i) => {
    writeClaim(out, report, claim, i, words);
    onProgress?.(i + 1, report.claims.length);
  });
  writeMethodology(out, report, words);
  writePageFrames(out, report, words);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

import { describe, expect, it } from "vitest";
import { ARABIC_QUOTE, arabicReport, MIXED_QUOTE } from "@/test/fixtures/arabic-report";
import { sampleReport } from "@/test/fixtures/sample-report";
import { readPdfPages, type PdfPage } from "@/test/support/pdf-lines";
import { renderReportPdf } from "@/lib/export/pdf";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { loadReportFonts } from "@/lib/workers/report-fonts";

// The PDF report in Arabic: the report's words in Arabic, Arabic text shaped by the embedded font and laid out right
// to left (Latin names, numbers and dates inside it in their own order), right-aligned, and extractable.

const render = (report = arabicReport, locale: InterfaceLocale = "ar") =>
  renderReportPdf(report, loadReportFonts(), { locale });
const linesOf = (pages: PdfPage[]) => pages.flatMap((page) => page.lines);
/** The PDF's own objects (fonts, their ToUnicode maps), as text; page content is compressed and not in it. */
const objectsOf = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

const A4_WIDTH = 595.28;
const RIGHT_EDGE = A4_WIDTH - 48;

describe("the PDF report in Arabic", () => {
  it("gives an Arabic member the report's headings, labels, states and page numbers in Arabic", async () => {
    const pages = await readPdfPages(await render());
    const lines = linesOf(pages);
    for (const words of [
      "تقرير التحقق",
      "ملخص الأحكام",
      "مجموع الادعاءات 2",
      "الادعاء 1 منشور", // the claim's number and, at the other end of the line, its state
      "الأدلة",
      "المراجعة",
      "المنهجية",
      `الصفحة 1 من ${pages.length}`,
    ])
      expect(lines.find((line) => line.includes(words))).toBeDefined();
    const text = lines.join("\n");
    // (pdf.js may read a gap after a letter that does not join the next one as a space: "بر يا")
    expect(text).toMatch(/^التعليل \(بقلم بر ?يا رامان\)$/m);
    for (const english of ["Fact-check report", "Verdict summary", "Claims", "Evidence", "Reviewers", "Page 1 of"])
      expect(text).not.toContain(english);
    // nothing folded to "?" (as Helvetica's fallback did to every Arabic word); URLs may hold a "?" of their own
    expect(text.replace(/https?:\S+/g, "")).not.toContain("?");
  }, 30_000);

  it("draws Arabic quotes in reading order, right-aligned, with Latin names, numbers and dates in their own order", async () => {
    const pages = await readPdfPages(await render());
    const lines = linesOf(pages);
    expect(lines).toContain(ARABIC_QUOTE);
    expect(lines).toContain(MIXED_QUOTE);
    expect(lines).toContain("ترامب يصف التحالف الأمريكي الياباني بأنه «مثير للاهتمام»");
    // the quote's last word ends at the right edge, inside the bar: right to left, aligned to the start
    const quoteItems = pages[0].items.filter((item) => ARABIC_QUOTE.split(" ").includes(item.str));
    expect(Math.max(...quoteItems.map((item) => item.right))).toBeCloseTo(RIGHT_EDGE - 11, 0);
    // a date after Arabic words reads 2025-03-10, not 10-03-2025 (one left-to-right run)
    expect(pages[0].items.some((item) => item.str === "2025-03-10 08:00 UTC")).toBe(true);
    // the Latin name inside the Arabic sentence: "قال" right of it, "إن" left of it
    const mixed = pages.flatMap((page) => page.items).filter((item) => item.y === lineY(pages, "Nicholas Szechenyi"));
    const at = (str: string) => mixed.find((item) => item.str === str)!.x;
    expect(at("قال")).toBeGreaterThan(at("Nicholas Szechenyi"));
    expect(at("Nicholas Szechenyi")).toBeGreaterThan(at("إن"));
  }, 30_000);

  it("embeds the Arabic font as a subset with a ToUnicode map, and only when Arabic is drawn", async () => {
    const arabic = objectsOf(await render());
    expect(arabic).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri-Regular/);
    expect(arabic).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri-Bold/);
    expect(arabic).toContain("/ToUnicode");
    expect(arabic).toContain("/FontFile2");
    const spanish = objectsOf(await render(sampleReport, "es"));
    expect(spanish).not.toContain("Amiri");
    expect(spanish).not.toContain("/FontFile");
  }, 30_000);

  it("lays out Arabic content in an English report the same way, with the report's words in English", async () => {
    const lines = linesOf(await readPdfPages(await render(arabicReport, "en")));
    expect(lines).toContain(ARABIC_QUOTE);
    expect(lines).toContain(MIXED_QUOTE);
    expect(lines.join("\n")).toContain("Verdict summary");
  }, 30_000);
});

function lineY(pages: PdfPage[], str: string): number {
  const item = pages
    .flatMap((page) => page.items)
    .find((candidate) => candidate.str === str && candidate.rtl === false);
  if (!item) throw new Error(`no item ${str}`);
  return item.y;
}

import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { renderReportPdf } from "@/lib/export/pdf";
import { loadReportFonts } from "@/lib/workers/report-fonts";
import { toWinAnsiText } from "@/lib/export/pdf-text";
import { extractPlainParagraphs } from "@/lib/export/plain-text";
import type { ReviewReport } from "@/lib/export/report-model";

// pdfjs wants its standard font metrics to lay out Helvetica; serve them from the package.
const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/** All text of the PDF, lines joined with spaces and whitespace collapsed, as a reader would search it. */
async function extractPdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 })
    .promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ("str" in item) text += item.str + (item.hasEOL ? " " : "");
    }
    text += " ";
  }
  return { text: normalise(text), pages: pdf.numPages };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("renderReportPdf", () => {
  it("writes a PDF with every claim's quote, verdict, evidence and review", async () => {
    const bytes = await renderReportPdf(sampleReport, loadReportFonts());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const { text } = await extractPdfText(bytes);

    expect(text).toContain(normalise(sampleReport.article.title));
    for (const claim of sampleReport.claims) {
      expect(text).toContain(normalise(toWinAnsiText(claim.quote)));
      if (claim.verdict) expect(text).toContain(`Verdict: ${claim.verdict.label}`);
    }
    expect(text).toContain("Nicholas Szechenyi, Japan expert, Center for Strategic and International Studies");
    expect(text).toContain('"technically inaccurate"');
    expect(text).toContain("Reviewers Ana Lima, Kenji Watanabe");
    expect(text).toContain("An earlier version dated the treaty to 1951");
    expect(text).toContain("Missing context 1");
  }, 60_000);

  it("prints the rationale as plain paragraphs, without Markdown markup", async () => {
    const { text } = await extractPdfText(await renderReportPdf(sampleReport, loadReportFonts()));
    expect(text).toContain("Japan's obligations are not zero:");
    expect(text).toContain("• since the 2015 security laws, Japan may exercise collective self-defence");
    expect(text).not.toContain("**not zero**");
    expect(text).not.toContain("# Expert view");
  }, 60_000);

  it("does not crash on text Helvetica cannot draw", async () => {
    const report: ReviewReport = {
      ...sampleReport,
      article: { ...sampleReport.article, title: "日本語の見出し — Заголовок 🇯🇵 ✅ Łódź" },
      claims: sampleReport.claims.map((claim) => ({
        ...claim,
        claimant: "石破茂 👍🏽",
        claimContext: "\u{1F600}\u200d",
      })),
    };
    const { text } = await extractPdfText(await renderReportPdf(report, loadReportFonts()));
    expect(text).toContain("? — ? Lódz");
    expect(text).toContain("Claimant ?");
  }, 60_000);
});

describe("toWinAnsiText", () => {
  it.each([
    ["“Curly” quotes, dashes – — and € stay", "“Curly” quotes, dashes – — and € stay"],
    ["Ōno Łódź Jōyaku", "Ono Lódz Joyaku"],
    ["cafe\u0301", "café"],
    ["日米安全保障条約, *Nichibei*", "?, *Nichibei*"],
    ["ok ✅ 🇯🇵 👍🏽 © ®", "ok    © ®"],
    ["ﬁne ½", "fine ½"],
  ])("folds %j", (input, expected) => {
    expect(toWinAnsiText(input)).toBe(expected);
  });
});

describe("extractPlainParagraphs", () => {
  it("drops markup and keeps link targets", () => {
    expect(
      extractPlainParagraphs(
        "Some **bold** and [a link](https://a.example/x) &amp; `code`.\n\n# Heading\n\n1. one\n2. two\n\n<div>raw</div>",
      ),
    ).toEqual(["Some bold and a link (https://a.example/x) & code.", "Heading", "1. one", "2. two"]);
  });
});

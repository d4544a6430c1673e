import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { renderReportPdf } from "@/lib/export/pdf";
import { loadReportFonts } from "@/lib/workers/report-fonts";
import type { ReviewReport } from "@/lib/export/report-model";

// The review report's own words in the requesting member's interface language (reports.export in the catalogue),
// with the scale's labels in that language where the scale has them; the desk's content stays as written.

const translated: ReviewReport = {
  ...sampleReport,
  claims: sampleReport.claims.map((claim) =>
    claim.verdict?.label === "Technically inaccurate"
      ? {
          ...claim,
          verdict: {
            ...claim.verdict,
            translations: {
              es: { label: "Técnicamente inexacto", description: null },
              ar: { label: "غير دقيق من الناحية الفنية", description: null },
            },
          },
        }
      : claim,
  ),
  scale: {
    ...sampleReport.scale,
    options: sampleReport.scale.options.map((o) =>
      o.label === "Technically inaccurate"
        ? {
            ...o,
            translations: {
              es: { label: "Técnicamente inexacto", description: "Erróneo en una cuestión de hecho." },
              ar: { label: "غير دقيق من الناحية الفنية", description: "خاطئ في مسألة واقعية." },
            },
          }
        : o,
    ),
  },
};

const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 })
    .promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n += 1)
    for (const item of (await (await pdf.getPage(n)).getTextContent()).items)
      if ("str" in item) text += item.str + (item.hasEOL ? " " : "");
  return text.replace(/\s+/g, " ");
}

describe("the review report in the member's language", () => {
  it("writes the Markdown report's words in Arabic, with the Arabic verdict labels", () => {
    const markdown = formatReportMarkdown(translated, "ar");
    expect(markdown).toContain(`# تقرير التحقق: ${sampleReport.article.title}`);
    expect(markdown).toContain("## ملخص الأحكام");
    expect(markdown).toContain("| الحكم | الادعاءات |");
    expect(markdown).toContain("- **الحالة:** منشور");
    expect(markdown).toContain("### الادعاء 3: غير دقيق من الناحية الفنية");
    expect(markdown).toContain("#### الأدلة");
    expect(markdown).toContain("- **غير دقيق من الناحية الفنية** (2): خاطئ في مسألة واقعية.");
    // an untranslated label stays the scale's own; the desk's text (quotes, names) stays as written
    expect(markdown).toContain("Missing context");
    expect(markdown).toContain(sampleReport.claims[0].quote);
    // no English words of the report's own left (the content may be English)
    for (const english of ["Verdict summary", "Fact-checked by", "Reviewers", "Evidence", "Methodology", "Claim 1"])
      expect(markdown).not.toContain(english);
  });

  it("writes the Markdown report in Spanish", () => {
    const markdown = formatReportMarkdown(translated, "es");
    expect(markdown).toContain(`# Informe de verificación: ${sampleReport.article.title}`);
    expect(markdown).toContain("- **Verificado por:** ");
    expect(markdown).toContain("## Resumen de veredictos");
    expect(markdown).toContain("### Afirmación 3: Técnicamente inexacto");
    expect(markdown).toMatch(/- \*\*Veredicto:\*\* Técnicamente inexacto \(2 en una escala de 1 a 4\)/);
    expect(markdown).toContain("- **Estado:** Borrador");
    expect(markdown).toContain("_No se citaron pruebas._");
    expect(markdown).toContain("## Metodología");
  });

  it("English stays the default and reads as before", () => {
    expect(formatReportMarkdown(translated)).toBe(formatReportMarkdown(sampleReport));
    expect(formatReportMarkdown(translated, "en")).toContain("### Claim 3: Technically inaccurate");
  });

  it("draws the PDF's words in Spanish, and in Arabic for an Arabic member", { timeout: 30_000 }, async () => {
    const spanish = await pdfText(await renderReportPdf(translated, loadReportFonts(), { locale: "es" }));
    expect(spanish).toContain("Informe de verificación");
    expect(spanish).toContain("Resumen de veredictos");
    expect(spanish).toContain("Técnicamente inexacto");
    expect(spanish).toMatch(/Página 1 de \d/);
    expect(spanish).not.toContain("Verdict summary");
    // Arabic words are drawn right to left: each is checked here, their order in lib/export/pdf-arabic.test.ts
    const arabic = await pdfText(await renderReportPdf(translated, loadReportFonts(), { locale: "ar" }));
    for (const word of ["ملخص", "الأحكام", "الادعاء", "الأدلة", "المراجعة", "المنهجية", "الصفحة"])
      expect(arabic).toContain(word);
    expect(arabic).not.toContain("Verdict summary");
    expect(arabic).not.toMatch(/\?{3}/);
  });
});

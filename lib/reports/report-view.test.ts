import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ReportView } from "@/components/reports/report-view";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { sampleReport } from "@/test/fixtures/sample-report";
import { renderInLanguage } from "@/test/support/render-in-language";

// The review report page in the member's interface language: the page's words from the catalogue, the verdict labels
// from the scale's translations, the article's own text untouched.
const report = {
  ...sampleReport,
  claims: sampleReport.claims.map((c) =>
    c.verdict?.label === "Accurate"
      ? { ...c, verdict: { ...c.verdict, translations: { ar: { label: "دقيق", description: null } } } }
      : c,
  ),
};
const render = (locale: InterfaceLocale) => renderInLanguage(createElement(ReportView, { report }), locale);
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the report page", () => {
  it("reads in Arabic: headings, labels, plural counts, claim states, verdict labels", () => {
    const page = text(render("ar"));
    expect(page).toContain("تقرير المراجعة");
    expect(page).toContain("الأحكام");
    expect(page).toContain("في هذه المراجعة 5 ادعاءات.");
    expect(page).toContain("الادعاءات بترتيب ورودها");
    expect(page).toContain("الحكم: دقيق");
    expect(page).toContain("دقيق 1"); // the summary too
    expect(page).toContain("بلا حكم 1");
    expect(page).toContain("منشور · المحارف");
    expect(page).toContain("تحقّق منه");
    expect(page).toContain("طباعة");
    expect(page).toContain("urged Japan to increase its defence spending");
    for (const english of ["Review report", "Verdicts", "claims in this review", "Reviewers", "Evidence", "Print"])
      expect(page).not.toContain(english);
  });

  it("reads in Spanish, and in English as before", () => {
    const spanish = text(render("es"));
    expect(spanish).toContain("Informe de revisión");
    expect(spanish).toContain("5 afirmaciones en esta revisión.");
    expect(spanish).toContain("Verificadores");
    expect(spanish).toContain("Veredicto: Accurate"); // no Spanish label on this scale: its own
    const english = text(render("en"));
    expect(english).toContain("5 claims in this review.");
    expect(english).toContain("Claims, in the order they appear");
    expect(english).toContain("Verdict: Technically inaccurate");
  });
});

describe("the report's dates", () => {
  it("keep their own left-to-right order inside an Arabic page, with the time and zone", () => {
    const page = render("ar");
    const times = [...page.matchAll(/<time dateTime="([^"]+)" dir="ltr">([^<]+)<\/time>/g)].map((m) => m[2]);
    expect(times).toContain(`${sampleReport.generatedAt.slice(0, 16).replace("T", " ")} UTC`);
    expect(times.length).toBeGreaterThanOrEqual(1 + sampleReport.claims.length); // generated, each claim's last change
    // and inside sentences: "accessed 2025-03-08 09:15 UTC" in the evidence
    expect(page).toContain('<bdi dir="ltr">2025-03-08 09:15 UTC</bdi>');
    const outside = page.replace(/<(time|bdi)\b[^>]*>[^<]*<\/\1>/g, "");
    expect(outside).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });
});

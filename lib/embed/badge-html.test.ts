import { describe, expect, it } from "vitest";
import { badgeFrameSnippet, renderBadgeHtml, renderBadgeNotAllowedHtml } from "./badge-html";

describe("renderBadgeHtml", () => {
  const html = renderBadgeHtml({
    organization: "Demo <Desk>",
    readerUrl: "https://desk.example/r/demo/a?x=1&y=2",
    verdicts: [
      { label: "Accurate", colour: "#1b7a3e", count: 2 },
      { label: "Misleading", colour: "url(x)", count: 1 },
    ],
  });
  it("says how many claims were checked, by whom, with a link to the fact-check", () => {
    expect(html).toContain(
      '3 claims checked by Demo &lt;Desk&gt; — <a href="https://desk.example/r/demo/a?x=1&amp;y=2" target="_blank" rel="noopener">see the fact-check</a>',
    );
  });
  it("shows each verdict as a coloured pill with its label and count, never an unsafe colour", () => {
    expect(html).toContain('<li style="background:#1b7a3e">2 Accurate</li>');
    expect(html).toContain('<li style="background:#525252">1 Misleading</li>');
  });
  it("is self-contained: no script, no external resource", () => {
    expect(html).not.toMatch(/<script|<link|src=/i);
  });
});

describe("the badge in the reader's language", () => {
  const verdicts = [
    { label: "Falso", colour: "#b91c1c", count: 2 },
    { label: "Cierto", colour: "#1b7a3e", count: 1 },
  ];
  it("Arabic: html lang/dir, heading with the Arabic plural, link and list label", () => {
    const html = renderBadgeHtml({ organization: "Desk", readerUrl: "https://d.example/r", verdicts, locale: "ar" });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("دققت Desk 3 ادعاءات — ");
    expect(html).toContain(">اطلع على التدقيق</a>");
    expect(html).toContain('<ul aria-label="الأحكام">');
  });
  it("Spanish", () => {
    const html = renderBadgeHtml({ organization: "Desk", readerUrl: "https://d.example/r", verdicts, locale: "es" });
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain("3 afirmaciones verificadas por Desk — ");
    expect(renderBadgeNotAllowedHtml("es")).toContain("Esta verificación no se muestra en este sitio.");
  });
});

describe("badgeFrameSnippet", () => {
  const frame = (locale?: "en" | "es" | "ar") =>
    badgeFrameSnippet({ baseUrl: "https://desk.example", articleId: "a1", organization: 'Desk "Q" & co', locale });
  it("titles the frame in the readers' language, escaped", () => {
    expect(frame()).toBe(
      '<iframe src="https://desk.example/embed/badge/a1" title="Fact-check by Desk &quot;Q&quot; &amp; co" width="400" height="120"></iframe>',
    );
    expect(frame("es")).toContain('title="Verificación de Desk &quot;Q&quot; &amp; co"');
    expect(frame("ar")).toMatch(/title="تدقيق .*Desk &quot;Q&quot; &amp; co/);
  });
});

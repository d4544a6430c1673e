import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { ReaderClaim } from "../reader-claim";
import { renderReaderDocument, renderReaderNotFound, type ReaderDocumentInput } from "./reader-document";

const claim = (id: string, start: number, end: number, text: string, over: Partial<ReaderClaim> = {}): ReaderClaim => ({
  id,
  start,
  end,
  quote: text.slice(start, end),
  claimant: "A politician",
  claimDate: "2025-03-06T00:00:00.000Z",
  claimContext: null,
  verdict: { label: "Misleading", colour: "#b45309", description: "Partly true." },
  rationaleHtml: "<p>Because <strong>records</strong>.</p>",
  citations: [],
  reviewers: ["Riley Reviewer"],
  approvers: ["Erin Editor"],
  checkedAt: "2025-03-08T00:00:00.000Z",
  corrections: [],
  ...over,
});

const text = "The budget doubled in 2024.\nCrime fell by half, the mayor said.";
const outer = claim("outer", 28, 63, text);
const inner = claim("inner", 28, 46, text, { verdict: { label: "Accurate", colour: "#1b7a3e", description: null } });
const input = (claims: ReaderClaim[], over: Partial<ReaderDocumentInput["article"]> = {}): ReaderDocumentInput => ({
  article: {
    title: "Budget <speech>",
    outlet: "Daily",
    author: null,
    originalPublishedAt: null,
    originalUrl: "javascript:alert(1)",
    language: null,
    publishedAt: new Date("2025-03-08"),
    text,
    org: { name: "Desk", methodologyUrl: "https://desk.example/method", correctionsUrl: null },
    ...over,
  },
  claims,
  legend: [
    { label: "Accurate", colour: "#1b7a3e", description: null, count: 1 },
    { label: "Misleading", colour: "#b45309", description: "Partly true.", count: 1 },
  ],
  claimReviews: [{ "@type": "ClaimReview", claimReviewed: "</script><script>alert(1)</script>" }],
  readerUrl: "https://desk.example/r/desk/a1",
  annotationServiceUrl: "https://desk.example/api/annotations/a1/",
});
const parse = (html: string) => parseHTML(html).document;

describe("renderReaderDocument", () => {
  it("highlights nested claims as flat marks, each claim followed by a labelled chip in reading order", () => {
    const doc = parse(
      renderReaderDocument(input([outer, inner]), { script: "/reader/reader.js", stylesheet: "/reader/reader.css" }),
    );
    const marks = [...doc.querySelectorAll("mark")];
    expect(
      marks.map((m) => [m.textContent, m.getAttribute("data-claim-ids"), m.getAttribute("data-open-claim")]),
    ).toEqual([
      ["Crime fell by half", "outer inner", "inner"],
      [", the mayor said.", "outer", "outer"],
    ]);
    const chips = [...doc.querySelectorAll("button.verdict-chip")];
    expect(chips.map((c) => [c.id, c.textContent, c.getAttribute("data-verdict")])).toEqual([
      ["claim-inner", "✓Accurate", "0"],
      ["claim-outer", "✓Misleading", "1"],
    ]);
    expect(chips[1].getAttribute("aria-label")).toBe(
      "Fact-check: “Crime fell by half, the mayor said.” is rated Misleading. Open the evidence.",
    );
  });

  it("escapes every text, links only web addresses and keeps JSON-LD inside its script", () => {
    const html = renderReaderDocument(input([outer]), { script: "/s.js", stylesheet: "/s.css" });
    expect(html).toContain("Budget &lt;speech&gt;");
    expect(html).not.toContain("<speech>");
    expect(html).not.toContain('href="javascript:');
    const doc = parse(html);
    expect(doc.querySelectorAll("script:not([type]):not([src])")).toHaveLength(0);
    expect(doc.querySelectorAll("script[src]")).toHaveLength(1);
    const jsonLd = doc.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(JSON.parse(jsonLd)[0].claimReviewed).toBe("</script><script>alert(1)</script>");
    expect(doc.querySelector('a[href="https://desk.example/method"]')?.textContent).toBe("our methodology");
    expect(doc.querySelector("footer")?.textContent).toContain("corrections policy not published");
  });

  it("gives every claim a card with verdict, rationale, evidence and correction, and the head its sharing tags", () => {
    const corrected = claim("c1", 0, 27, text, {
      corrections: [{ note: "Verdict changed after new figures.", at: "2025-04-01T00:00:00.000Z" }],
      citations: [
        {
          kind: "EXPERT_QUOTE",
          expert: { name: "N. Expert", title: "Fellow", affiliation: "Institute" },
          quote: "technically inaccurate",
          sourceTitle: null,
          publisher: null,
          url: "https://source.example",
          accessedAt: null,
          saidAt: null,
          saidWhere: "Interview",
        },
      ] as ReaderClaim["citations"],
    });
    const doc = parse(renderReaderDocument(input([corrected]), { script: "/s.js", stylesheet: "/s.css" }));
    const card = doc.querySelector('[data-card="c1"]')!;
    expect(card.querySelector(".pill")?.textContent).toBe("✓Misleading");
    expect(card.querySelector(".rationale strong")?.textContent).toBe("records");
    expect(card.textContent).toContain("N. Expert, Fellow, Institute");
    expect(card.textContent).toContain("“technically inaccurate”");
    expect(card.querySelector(".correction")?.textContent).toContain(
      "1 April 2025: Verdict changed after new figures.",
    );
    expect(card.textContent).toContain("Checked 8 March 2025 by Riley Reviewer; approved by Erin Editor.");
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(
      "https://desk.example/r/desk/a1",
    );
    expect(doc.querySelector('link[rel="http://www.w3.org/ns/oa#annotationService"]')?.getAttribute("href")).toBe(
      "https://desk.example/api/annotations/a1/",
    );
    expect(doc.querySelector("title")?.textContent).toBe("Fact-check: Budget <speech> · FactDesk");
  });

  it("renders a not-found page that says nothing about the review", () => {
    const doc = parse(renderReaderNotFound({ script: "/s.js", stylesheet: "/s.css" }));
    expect(doc.querySelector("h1")?.textContent).toBe("This fact-check is not published");
    expect(doc.querySelectorAll("script")).toHaveLength(0);
  });
});

describe("the article's language on the reader page", () => {
  const assets = { script: "/reader/reader.js", stylesheet: "/reader/reader.css" };
  const arabic = "قال الرئيس إن البطالة انخفضت إلى 3 في المئة.\nوأضاف أن Apple ستفتح مصنعا.";
  const arabicClaim = claim("ar1", 0, 44, arabic);

  it("marks the article, its title and the quotes with lang and dir, and each paragraph dir=auto", () => {
    const doc = parse(renderReaderDocument(input([arabicClaim], { text: arabic, language: "ar" }), assets));
    const article = doc.querySelector("#article")!;
    expect([article.getAttribute("lang"), article.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(doc.querySelector("h1")?.getAttribute("dir")).toBe("rtl");
    expect([...article.querySelectorAll("p")].map((p) => p.getAttribute("dir"))).toEqual(["auto", "auto"]);
    const title = doc.querySelector(".card-title")!;
    expect([title.getAttribute("lang"), title.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    // the page around the article stays in the desk's language
    expect(doc.documentElement.getAttribute("lang")).toBe("en");
    expect(doc.querySelector("header")?.getAttribute("dir")).toBeNull();
  });

  it("adds nothing when the language is not set, and never writes a language it does not know", () => {
    for (const language of [null, 'en"><script>alert(1)</script>', "xx"]) {
      const page = renderReaderDocument(input([outer], { language }), assets);
      expect(parse(page).querySelector("#article")?.hasAttribute("lang")).toBe(false);
      expect(page).not.toContain("<script>alert(1)");
    }
  });
});

describe("the reader page in the reader's interface language", () => {
  const assets = { script: "/reader/reader.js", stylesheet: "/reader/reader.css" };
  const withCitation = claim("c1", 28, 63, text, {
    citations: [
      {
        kind: "EXPERT_QUOTE",
        expert: { name: "Dr Ana Ruiz", title: null, affiliation: null },
        quote: "It did not.",
        sourceTitle: null,
        publisher: null,
        url: null,
        saidWhere: null,
        saidAt: null,
        accessedAt: "2025-03-07T00:00:00.000Z",
      } as ReaderClaim["citations"][number],
    ],
    corrections: [{ at: "2025-03-09T00:00:00.000Z", note: "Date fixed." }],
  });
  const render = (locale: "en" | "es" | "ar", article: Partial<ReaderDocumentInput["article"]> = {}) =>
    parse(renderReaderDocument({ ...input([withCitation, inner], article), locale }, assets));

  it("Arabic: html lang=ar dir=rtl, Arabic words, plurals and dates, while the article keeps its own language", () => {
    const doc = render("ar", { language: "en" });
    expect([doc.documentElement.getAttribute("lang"), doc.documentElement.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    const article = doc.querySelector("#article")!;
    expect([article.getAttribute("lang"), article.getAttribute("dir")]).toEqual(["en", "ltr"]);
    expect(article.getAttribute("aria-label")).toBe("المقال مع نتائج التدقيق");
    expect(doc.querySelector(".eyebrow")?.textContent).toBe("مقال مدقق");
    expect(doc.querySelector("#summary-heading")?.textContent).toBe("تم تدقيق ادعاءين");
    expect(doc.querySelector(".skip-link")?.textContent).toBe("انتقل إلى المقال");
    // dates in Arabic month names with Western digits
    expect(doc.querySelectorAll(".byline")[1]?.textContent).toBe("دققته Desk، ونُشر في 8 مارس 2025.");
    const card = doc.querySelector('[data-card="c1"]')!;
    expect([...card.querySelectorAll("h4")].map((h) => h.textContent)).toEqual(["التعليل", "الأدلة", "تصحيح"]);
    expect(card.querySelector(".kind")?.textContent).toBe("اقتباس من خبير");
    expect(card.querySelector(".citation .small")?.textContent).toBe("تاريخ الاطلاع 7 مارس 2025");
    expect(card.querySelector(".correction li")?.textContent).toBe("9 مارس 2025: Date fixed.");
    expect(card.querySelector(".checked")?.textContent).toBe(
      "دققه Riley Reviewer في 8 مارس 2025، ووافق عليه Erin Editor.",
    );
    expect(doc.querySelector("#claim-c1")?.getAttribute("aria-label")).toBe(
      "تدقيق: «Crime fell by half, the mayor said.» حكمه Misleading. افتح الأدلة.",
    );
    expect(doc.querySelector("dialog")?.getAttribute("data-close-label")).toBe("إغلاق");
    expect(doc.querySelector("title")?.textContent).toBe("تدقيق: Budget <speech> · FactDesk");
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      "دققت Desk ادعاءين: 1 Accurate، 1 Misleading.",
    );
  });

  it("Spanish: html lang=es dir=ltr, Spanish words, plurals and dates", () => {
    const doc = render("es");
    expect([doc.documentElement.getAttribute("lang"), doc.documentElement.getAttribute("dir")]).toEqual(["es", "ltr"]);
    expect(doc.querySelector("#summary-heading")?.textContent).toBe("2 afirmaciones verificadas");
    expect(doc.querySelectorAll(".byline")[1]?.textContent).toBe(
      "Verificado por Desk, publicado el 8 de marzo de 2025.",
    );
    const card = doc.querySelector('[data-card="c1"]')!;
    expect(card.querySelector(".muted")?.textContent).toBe("Afirmación de A politician · 6 de marzo de 2025");
    expect(card.querySelector(".checked")?.textContent).toBe(
      "Verificado el 8 de marzo de 2025 por Riley Reviewer; aprobado por Erin Editor.",
    );
    expect(doc.querySelector(".page-footer")?.textContent).toBe(
      "Cómo verificamos: nuestra metodología · política de correcciones no publicada",
    );
  });

  it("English stays the default, word for word", () => {
    const doc = parse(renderReaderDocument(input([withCitation]), assets));
    expect([doc.documentElement.getAttribute("lang"), doc.documentElement.getAttribute("dir")]).toEqual(["en", "ltr"]);
    expect(doc.querySelector("#summary-heading")?.textContent).toBe("1 claim checked");
    expect(doc.querySelector('[data-card="c1"] .checked')?.textContent).toBe(
      "Checked 8 March 2025 by Riley Reviewer; approved by Erin Editor.",
    );
  });

  it("the 404 page speaks the language it is given", () => {
    const doc = parse(renderReaderNotFound(assets, "ar"));
    expect([doc.documentElement.getAttribute("lang"), doc.documentElement.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(doc.querySelector("h1")?.textContent).toBe("هذا التدقيق غير منشور");
  });
});

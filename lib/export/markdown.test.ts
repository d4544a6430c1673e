import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { formatReportMarkdown } from "@/lib/export/markdown";
import {
  embedMarkdownSection,
  escapeMarkdownInline,
  formatMarkdownBlockquote,
  formatMarkdownLink,
} from "@/lib/export/markdown-escape";
import type { ReviewReport } from "@/lib/export/report-model";

function renderHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

function countTags(html: string, tag: string): number {
  return html.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
}

describe("formatReportMarkdown", () => {
  const markdown = formatReportMarkdown(sampleReport);
  const html = renderHtml(markdown);

  it("starts with the article title and its metadata", () => {
    expect(markdown.startsWith("# Fact-check report: 'We have to protect them")).toBe(true);
    expect(markdown).toContain("- **Fact-checked by:** Facts & Figures Desk");
    expect(markdown).toContain("- **Outlet:** Example News");
    expect(markdown).toContain("(<https://news.example.com/2025/03/trump-us-japan-alliance>)");
    expect(markdown).toContain("- **Version:** 2 (published)");
  });

  it("summarises verdicts per label in scale order, including unrated claims", () => {
    expect(markdown).toContain(
      [
        "| Accurate | 1 |",
        "| Missing context | 1 |",
        "| Technically inaccurate | 1 |",
        "| False | 1 |",
        "| No verdict | 1 |",
        "| **Total** | **5** |",
      ].join("\n"),
    );
  });

  it("lists every claim once, in document order, with verdict, state, evidence and review", () => {
    const positions = sampleReport.claims.map((claim) => markdown.indexOf(`<a id="claim-${claim.id}"></a>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(countTags(html, "h3")).toBe(sampleReport.claims.length);

    expect(markdown).toContain("> We have to protect them, but they don't have to protect us");
    expect(markdown).toContain("- **Verdict:** Technically inaccurate (2 on a scale from 1 to 4)");
    expect(markdown).toContain("**Nicholas Szechenyi, Japan expert, Center for Strategic and International Studies**");
    expect(markdown).toContain("— “technically inaccurate” (said 2025-03-07, Interview with Kyodo News)");
    expect(markdown).toContain("- **Reviewers:** Ana Lima, Kenji Watanabe");
    expect(markdown).toContain("- **Approvers:** Tom O'Brien, Zoë Müller");
    expect(markdown).toContain("- **State:** Corrected");
    expect(markdown).toContain("- **2025-03-09 10:30 UTC:** An earlier version dated the treaty to 1951");
    expect(markdown).toContain("[How we fact-check (methodology)](<http://localhost:3000/methodology>)");
    expect(markdown).toContain("日米安全保障条約");
  });

  it("keeps the rationale's Markdown but not its headings", () => {
    expect(html).toContain("<strong>not zero</strong>");
    expect(html).toContain("<em>collective self-defence</em>");
    expect(countTags(html, "h1")).toBe(1);
    expect(markdown).toContain("**Expert view**");
  });

  it("renders a multi-line quote as one blockquote", () => {
    expect(markdown).toContain(
      '> "Who makes these deals?" Trump questioned.\n> Under the treaty, which was signed in 1960',
    );
  });

  it("does not let hostile text create structure", () => {
    const hostile =
      "# Title\n- item\n1. one\n[x](javascript:alert(1)) <script>alert(1)</script> *em* | pipe &amp; `code`";
    const report: ReviewReport = {
      ...sampleReport,
      article: { ...sampleReport.article, title: hostile },
      claims: sampleReport.claims.map((claim) => ({ ...claim, claimant: hostile, quote: hostile })),
    };
    const out = renderHtml(formatReportMarkdown(report));
    expect(out).not.toContain("<script>");
    expect(out).not.toContain('href="javascript:');
    expect(out).not.toContain("<em>em</em>");
    expect(out).not.toContain("<code>code</code>");
    expect(countTags(out, "h1")).toBe(1);
    expect(out).toContain("&amp;amp;");
  });
});

describe("Markdown escaping helpers", () => {
  it.each([
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["12. not a list", "12\\. not a list"],
    ["a *b* _c_ `d` [e] <f> | ~g~", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\<f\\> \\| \\~g\\~"],
    ["line one\nline two", "line one line two"],
    ["AT&T &copy;", "AT&T \\&copy;"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it("quotes every line of a blockquote", () => {
    expect(formatMarkdownBlockquote("a\n\n# b")).toBe("> a\n>\n> \\# b");
  });

  it("closes an unterminated code fence so the rest of the report survives", () => {
    const embedded = embedMarkdownSection("Intro\n\n```js\nconst x = '```';");
    const html = renderHtml(`${embedded}\n#### After`);
    expect(html).toContain("<h4>After</h4>");
  });

  it("shows raw HTML blocks as text", () => {
    expect(renderHtml(embedMarkdownSection("<div onclick=x>hi</div>"))).not.toContain("<div");
  });

  it("shows inline HTML and links to unsafe addresses as text, and keeps web links and formatting", () => {
    const html = renderHtml(
      embedMarkdownSection(
        "**Bold** <img src=x onerror=run()> and [bad](javascript:run()) and [good](https://example.org/a).",
      ),
    );
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://example.org/a">good</a>');
    expect(html).not.toMatch(/<img|href="javascript/);
    expect(html).toContain("&lt;img src=x onerror=run()&gt;");
  });

  it("escapes every line when raw HTML spreads over the lines of a quote", () => {
    const html = renderHtml(embedMarkdownSection("> <img src=x\n> onerror=run()>"));
    expect(html).not.toContain("<img");
  });
});

describe("user text never becomes a link", () => {
  it("breaks bare addresses, which would otherwise swallow the escape of a following tag", () => {
    const html = renderHtml(escapeMarkdownInline('https://example.org/"\\<img src=x onerror=run()> www.example.org'));
    expect(html).not.toMatch(/<a |<img/);
    expect(html).toContain("https://example.org/");
  });

  it("a link label cannot hold an image or a tag", () => {
    const html = renderHtml(formatMarkdownLink("![i](javascript:run()) <b onclick=run()>[x]", "https://example.org/"));
    expect(html).not.toMatch(/<img|<b /);
    expect(html).toContain('<a href="https://example.org/">![i](javascript:run()) &lt;b onclick=run()&gt;[x]</a>');
  });
});

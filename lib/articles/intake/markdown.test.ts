import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markdown";

describe("markdownToHtml", () => {
  it("renders prose Markdown to the allowed subset", () => {
    expect(markdownToHtml("## Sub\n\nSome *em* and **strong** and `code`.\n\n1. one\n2. two")).toBe(
      "<h2>Sub</h2>\n<p>Some <em>em</em> and <strong>strong</strong> and <code>code</code>.</p>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n",
    );
  });

  it("never lets raw HTML or unsafe links through", () => {
    const html = markdownToHtml(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](data:text/html,x) <a href="vbscript:x">c</a>\n\n<div onclick="x()">raw div</div>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|data:|vbscript:|<img|<div/i);
    expect(html).toContain("raw div");
  });

  it("splits a GFM table into one paragraph per cell", () => {
    expect(markdownToHtml("| a | b |\n|---|---|\n| 1 | 2 |").replace(/\s+/g, "")).toBe(
      "<p>a</p><p>b</p><p>1</p><p>2</p>",
    );
  });
});

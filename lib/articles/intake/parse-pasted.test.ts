import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IntakeError } from "./errors";
import { parsePasted } from "./parse-pasted";

const page = readFileSync(new URL("./fixtures/article-page.html", import.meta.url), "utf8");
const pageText = readFileSync(new URL("./fixtures/article-page.txt", import.meta.url), "utf8").trimEnd();
const MB = 1024 * 1024;

function catchIntakeError(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}

describe("parsePasted", () => {
  it("normalises plain text and leaves the title to the user", () => {
    const result = parsePasted({
      content: "\uFEFF  Title line\r\n\r\n\r\n\r\nSecond\u00a0 paragraph  \r\n",
      format: "text",
    });
    expect(result).toEqual({
      text: "Title line\n\nSecond paragraph",
      html: null,
      reading: "text",
      meta: { title: null, outlet: null, author: null, publishedAt: null, canonicalUrl: null, language: null },
    });
  });

  it("keeps the paragraphs of plain text with one HTML snippet among them, reading each block as what it is", () => {
    const content = [
      "The minister said unemployment fell to 3 percent.",
      "Opposition figures dispute the number & the method.",
      '<blockquote class="quote"><p>We will do <b>better</b>, she said.</p></blockquote>',
      "The statistics office publishes its own figures on Friday.\nA second line of the same paragraph.",
    ].join("\n\n");
    const result = parsePasted({ content, format: "auto" });
    expect(result.reading).toBe("mixed");
    expect(result.text).toBe(
      [
        "The minister said unemployment fell to 3 percent.",
        "Opposition figures dispute the number & the method.",
        "We will do better, she said.",
        "The statistics office publishes its own figures on Friday.",
        "A second line of the same paragraph.",
      ].join("\n"),
    );
    expect(result.html).toContain("<blockquote><p>We will do <b>better</b>, she said.</p></blockquote>");
    expect(result.html).toContain("<p>Opposition figures dispute the number &amp; the method.</p>");
  });

  it("reads the blocks the same when the form sent its line breaks as CRLF", () => {
    const content = "One plain paragraph.\r\n\r\n<p>A <b>snippet</b>.</p>\r\n\r\nTwo plain\r\nlines.";
    expect(parsePasted({ content, format: "auto" })).toMatchObject({
      reading: "mixed",
      text: "One plain paragraph.\nA snippet.\nTwo plain\nlines.",
    });
  });

  it("reads a paste that is mostly HTML as HTML, and says so", () => {
    const content = "<p>One</p>\n\n<p>Two <em>more</em></p>\n\nA plain line.";
    expect(parsePasted({ content, format: "auto" })).toMatchObject({
      reading: "html",
      text: "One\nTwo more\nA plain line.",
    });
    expect(parsePasted({ content: "Plain <b>only</b> once", format: "auto" }).reading).toBe("html");
  });

  it("keeps Markdown syntax as literal text when the format is text", () => {
    expect(parsePasted({ content: "# Not a heading\n**bold**", format: "text" }).text).toBe(
      "# Not a heading\n**bold**",
    );
  });

  it("renders Markdown, takes the first # heading as title, and sanitizes raw HTML in it", () => {
    const result = parsePasted({
      content:
        "# Bridge costs double\n\nThe city **said** so, per [the report](https://city.test/r).\n\n> A quote\n\n- one\n- two\n\n<script>alert(1)</script>\n[bad](javascript:alert(1))",
      format: "markdown",
    });
    expect(result.meta.title).toBe("Bridge costs double");
    expect(result.text).toBe("Bridge costs double\nThe city said so, per the report.\nA quote\none\ntwo\nbad");
    expect(result.html).toContain('<a href="https://city.test/r" rel="noopener noreferrer nofollow">the report</a>');
    expect(result.html).not.toMatch(/script|javascript/i);
  });

  it("sanitizes an HTML fragment and takes its <h1> as title", () => {
    const result = parsePasted({
      content: '<h1>Head <em>line</em></h1><div>One</div><div onclick="x()">Two <img src=x onerror=alert(1)></div>',
      format: "html",
    });
    expect(result).toEqual({
      text: "Head line\nOne\nTwo",
      html: "<h1>Head <em>line</em></h1><p>One</p><p>Two </p>",
      reading: "html",
      meta: { title: "Head line", outlet: null, author: null, publishedAt: null, canonicalUrl: null, language: null },
    });
  });

  it("decodes entities in a title taken from <h1>", () => {
    expect(
      parsePasted({
        content: "<h1>Q&amp;A: &lt;tags&gt; &quot;quoted&quot;&nbsp;<b>bold</b></h1><p>x</p>",
        format: "html",
      }).meta.title,
    ).toBe('Q&A: <tags> "quoted" bold');
  });

  it("runs Readability on a whole pasted page and reads its metadata", () => {
    const result = parsePasted({ content: page, format: "html" });
    expect(result.text).toBe(pageText);
    expect(result.meta).toEqual({
      title: "Harbour bridge repairs to cost twice the estimate",
      outlet: "The Coastal Ledger",
      author: "Mira Okafor, Tomás Reyes",
      publishedAt: "2025-03-06",
      canonicalUrl: null,
      language: "en",
    });
    expect(result.html).not.toMatch(/<script|Most read|All rights reserved/);
  });

  it("refuses a whole page with no article in it", () => {
    const error = catchIntakeError(() =>
      parsePasted({ content: "<html><body><nav>Home · News</nav></body></html>", format: "auto" }),
    );
    expect(error.reason).toBe("not_article");
    expect(error.message).toBe("This page does not look like an article (no main text found).");
  });

  it.each([
    ["text", "Just a sentence.", null],
    ["markdown", "# Heading\n\nBody.", "<h1>Heading</h1>"],
    ["html", "<p>Para <b>bold</b></p>", "<p>Para <b>bold</b></p>"],
  ])("auto-detects %s", (_format, content, htmlStart) => {
    const result = parsePasted({ content, format: "auto" });
    if (htmlStart === null) expect(result.html).toBeNull();
    else expect(result.html?.startsWith(htmlStart)).toBe(true);
  });

  it("auto-detects a whole page", () => {
    expect(parsePasted({ content: page, format: "auto" }).text).toBe(pageText);
  });

  it("refuses a 10 MB paste and says how big it is", () => {
    const error = catchIntakeError(() => parsePasted({ content: "a".repeat(10 * MB), format: "text" }));
    expect(error.reason).toBe("too_big");
    expect(error.message).toBe("The article is 10.0 MB; the limit is 5 MB.");
  });

  it("counts the limit in UTF-8 bytes, not characters", () => {
    const underInChars = "é".repeat(3 * MB); // 3 M characters, 6 MB of UTF-8
    expect(catchIntakeError(() => parsePasted({ content: underInChars, format: "text" })).reason).toBe("too_big");
    expect(parsePasted({ content: "a".repeat(5 * MB), format: "text" }).text).toHaveLength(5 * MB);
  });

  it.each([
    ["text", "  \n\t \u00a0 \n"],
    ["html", "<p> </p><script>alert(1)</script><style>p{}</style>"],
    ["markdown", "   "],
    ["auto", ""],
  ] as const)("refuses %s that is empty after markup is removed", (format, content) => {
    const error = catchIntakeError(() => parsePasted({ content, format }));
    expect(error.reason).toBe("empty");
    expect(error.message).toBe("The article has no text after removing markup.");
  });
});

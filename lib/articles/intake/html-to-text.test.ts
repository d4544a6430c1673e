import { describe, expect, it } from "vitest";
import { blocksToText, htmlToBlocks, type TextBlock } from "./html-to-text";
import { sanitizeArticleHtml } from "./sanitize";

describe("htmlToBlocks", () => {
  it.each<[string, string, TextBlock[]]>([
    [
      "paragraphs",
      "<p>one</p><p>two</p>",
      [
        { kind: "p", text: "one" },
        { kind: "p", text: "two" },
      ],
    ],
    [
      "headings of every level",
      "<h1>a</h1><h3>b</h3><h6>c</h6>",
      [
        { kind: "h", text: "a" },
        { kind: "h", text: "b" },
        { kind: "h", text: "c" },
      ],
    ],
    [
      "list items, nested",
      "<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul>",
      [
        { kind: "li", text: "one" },
        { kind: "li", text: "inner" },
        { kind: "li", text: "two" },
      ],
    ],
    [
      "paragraphs inside items and quotes keep the item or quote kind",
      "<ol><li><p>item</p></li></ol><blockquote><p>q1</p><p>q2</p></blockquote>",
      [
        { kind: "li", text: "item" },
        { kind: "quote", text: "q1" },
        { kind: "quote", text: "q2" },
      ],
    ],
    [
      "loose text in a quote beside a paragraph",
      "<blockquote>before<p>inside</p>after</blockquote>",
      [
        { kind: "quote", text: "before" },
        { kind: "quote", text: "inside" },
        { kind: "quote", text: "after" },
      ],
    ],
    [
      "inline text directly in the body and in a div",
      "top <b>bold</b><div>in div<p>para</p></div>end",
      [
        { kind: "p", text: "top bold" },
        { kind: "p", text: "in div" },
        { kind: "p", text: "para" },
        { kind: "p", text: "end" },
      ],
    ],
    [
      "<br> as a space",
      "<p>line one<br>line two<br/><br />three</p>",
      [{ kind: "p", text: "line one line two three" }],
    ],
    ["whitespace and entities", "<p>  a\n\t b&nbsp;&amp;  c  </p>", [{ kind: "p", text: "a b & c" }]],
    [
      "one pre block per line",
      "<pre>first\n  second\n\nthird</pre>",
      [
        { kind: "pre", text: "first" },
        { kind: "pre", text: "second" },
        { kind: "pre", text: "third" },
      ],
    ],
    [
      "inline markup stays in its block",
      '<p>a <a href="https://x.test/">link</a> and <em>em</em>.</p>',
      [{ kind: "p", text: "a link and em." }],
    ],
    ["empty blocks are skipped", "<p> </p><p></p><h2>\n</h2><p>x</p>", [{ kind: "p", text: "x" }]],
    [
      "a block inside a link",
      '<a href="https://x.test/"><p>card</p><p>desc</p></a>',
      [
        { kind: "p", text: "card" },
        { kind: "p", text: "desc" },
      ],
    ],
  ])("splits %s", (_name, html, expected) => {
    expect(htmlToBlocks(html)).toEqual(expected);
  });

  it("gives the same blocks every time for the same HTML", () => {
    const html = sanitizeArticleHtml(
      "<h1>T</h1><div>a<p>b</p></div><ul><li>c</li></ul><blockquote>d</blockquote><pre>e\nf</pre>",
    );
    const first = htmlToBlocks(html);
    for (let i = 0; i < 5; i++) expect(htmlToBlocks(html)).toEqual(first);
  });

  it("gives the same text for HTML sanitized once or twice", () => {
    const raw = "<section><h2>Head</h2>intro <i>x</i><div>a<br>b</div><table><tr><td>c</td></tr></table></section>";
    const once = sanitizeArticleHtml(raw);
    expect(blocksToText(htmlToBlocks(sanitizeArticleHtml(once)))).toBe(blocksToText(htmlToBlocks(once)));
    expect(blocksToText(htmlToBlocks(once))).toBe("Head\nintro x\na b\nc");
  });
});

describe("blocksToText", () => {
  it("joins blocks with one newline and normalises the result", () => {
    expect(
      blocksToText([
        { kind: "h", text: "Title\u00a0 here" },
        { kind: "p", text: "e\u0301tude" },
      ]),
    ).toBe("Title here\n\u00e9tude");
  });

  it("is empty for no blocks", () => {
    expect(blocksToText([])).toBe("");
  });
});

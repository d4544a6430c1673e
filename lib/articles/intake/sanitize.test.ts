import fc from "fast-check";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "./sanitize";

const ALLOWED_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "a",
  "em",
  "strong",
  "i",
  "b",
  "br",
  "q",
  "cite",
  "code",
  "pre",
]);

const XSS_PAYLOADS = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=//evil.test/x.js></SCRIPT>`,
  `<ScRiPt>alert(1)</sCrIpT>`,
  `<script type="text/javascript">document.cookie</script>after`,
  `<img src=x onerror=alert(1)>`,
  `<img src="x:x" onerror="alert(1)"/>`,
  `<img src="javascript:alert(1)">`,
  `<svg onload=alert(1)>`,
  `<svg><script>alert(1)</script></svg>`,
  `<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`,
  `<body onload=alert(1)>`,
  `<p onclick=alert(1)>x</p>`,
  `<a href="https://ok.test/" onclick="alert(1)" onmouseover="alert(2)">ok</a>`,
  `<a href="javascript:alert(1)">x</a>`,
  `<a href="JaVaScRiPt:alert(1)">x</a>`,
  `<a href=javascript:alert(1)>x</a>`,
  `<a href="   javascript:alert(1)">x</a>`,
  `<a href="java\tscript:alert(1)">x</a>`,
  `<a href="java\nscript:alert(1)">x</a>`,
  `<a href="jav&#x09;ascript:alert(1)">x</a>`,
  `<a href="jav&#x0A;ascript:alert(1)">x</a>`,
  `<a href="jav&#x0D;ascript:alert(1)">x</a>`,
  `<a href="&#x01;javascript:alert(1)">x</a>`,
  `<a href="  &#14;  javascript:alert(1)">x</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>`,
  `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>`,
  `<a href="&#x6A;&#x61;&#x76;&#x61;script:alert(1)">x</a>`,
  `<a href="javas&#99;ript:alert(1)">x</a>`,
  `<a href="javascript&colon;alert(1)">x</a>`,
  `<a href="javascript://%0aalert(1)">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
  `<a href="DATA:text/html,<script>alert(1)</script>">x</a>`,
  `<a href="d&#x61;ta:text/html,alert(1)">x</a>`,
  `<a href="vbscript:msgbox(1)">x</a>`,
  `<a href="VbScRiPt:msgbox(1)">x</a>`,
  `<iframe src="https://evil.test/"></iframe>`,
  `<iframe srcdoc="<script>alert(1)</script>">fallback</iframe>`,
  `<style>body{background:url(javascript:alert(1))}</style>`,
  `<p style="background:url(javascript:alert(1))">styled</p>`,
  `<div style="width:expression(alert(1))">x</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `<math href="javascript:alert(1)">x</math>`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
  `<<script>script>alert(1)<</script>/script>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<input onfocus=alert(1) autofocus>`,
  `<details open ontoggle=alert(1)>`,
  `<video><source onerror=alert(1)></video>`,
  `<marquee onstart=alert(1)>x</marquee>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
  `<title><script>alert(1)</script></title>`,
  `<textarea><script>alert(1)</script></textarea>`,
  `<xmp><script>alert(1)</script></xmp>`,
  `<template><script>alert(1)</script></template>`,
  `<!--<script>alert(1)</script>-->`,
  `<![CDATA[<script>alert(1)</script>]]>`,
  `<base href="javascript:alert(1)//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<link rel=stylesheet href="javascript:alert(1)">`,
  `<isindex action=javascript:alert(1) type=image>`,
  `<a href="https://ok.test/"><img src=x onerror=alert(1)>text</a>`,
  `<p><a href='javascript:alert(1)'>one</a> <a href='https://ok.test/'>two</a></p>`,
];

function readTags(html: string): Element[] {
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
  return [...document.body.querySelectorAll("*")];
}

function expectSafe(output: string): void {
  expect(output).not.toMatch(/<script/i);
  for (const tag of output.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son\w+\s*=/i);
  expect(output).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  for (const element of readTags(output)) {
    expect(ALLOWED_TAGS.has(element.localName)).toBe(true);
    const attributes = element.getAttributeNames();
    expect(attributes.every((name) => element.localName === "a" && (name === "href" || name === "rel"))).toBe(true);
    const href = element.getAttribute("href");
    if (href !== null) expect(["http:", "https:", "mailto:"]).toContain(new URL(href).protocol);
  }
}

describe("sanitizeArticleHtml", () => {
  it("has at least 40 payloads", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(XSS_PAYLOADS)("neutralises %s", (payload) => {
    const output = sanitizeArticleHtml(payload);
    expectSafe(output);
    expect(sanitizeArticleHtml(output)).toBe(output);
  });

  it.each([
    [`<script>var secret = "token";</script><p>kept</p>`, "<p>kept</p>"],
    [`<style>.x{color:red}</style><p>kept</p>`, "<p>kept</p>"],
    [`<svg><text>chart label</text></svg><p>kept</p>`, "<p>kept</p>"],
    [`<iframe>frame text</iframe><p>kept</p>`, "<p>kept</p>"],
    [`<a href="javascript:alert(1)">label</a>`, "<p>label</p>"],
  ])("drops the text of code, styles and embeds but keeps link text: %s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps safe prose markup", () => {
    const input = [
      `<h1>Title</h1><h2>Sub</h2><h6>Small</h6>`,
      `<p>Hello <strong>bold</strong> <b>b</b> <em>em</em> <i>i</i> <q>q</q> <cite>cite</cite> <code>code</code><br>next</p>`,
      `<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote><pre>pre  text</pre>`,
    ].join("");
    expect(sanitizeArticleHtml(input)).toBe(
      `<h1>Title</h1><h2>Sub</h2><h6>Small</h6>` +
        `<p>Hello <strong>bold</strong> <b>b</b> <em>em</em> <i>i</i> <q>q</q> <cite>cite</cite> <code>code</code><br />next</p>` +
        `<ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>quote</p></blockquote><pre>pre  text</pre>`,
    );
  });

  it("keeps http, https and mailto links with rel set and every other attribute removed", () => {
    const input = `<p><a href="https://example.com/a?b=1&amp;c=2" target="_blank" title="t" rel="opener">web</a> <a href="HTTP://Example.com">caps</a> <a href="mailto:desk@example.com">mail</a></p>`;
    expect(sanitizeArticleHtml(input)).toBe(
      `<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">web</a> ` +
        `<a href="http://example.com/" rel="noopener noreferrer nofollow">caps</a> ` +
        `<a href="mailto:desk@example.com" rel="noopener noreferrer nofollow">mail</a></p>`,
    );
  });

  it("drops relative and protocol-relative links but keeps their text", () => {
    expect(
      sanitizeArticleHtml(`<p><a href="/x">rel</a> <a href="//evil.test/">proto</a> <a href="#top">hash</a></p>`),
    ).toBe("<p>rel proto hash</p>");
  });

  it("keeps the next link intact after dropping one", () => {
    expect(sanitizeArticleHtml(`<p>A <a href="/doc">doc</a> or <a href="mailto:x@y.test">us</a> today.</p>`)).toBe(
      `<p>A doc or <a href="mailto:x@y.test" rel="noopener noreferrer nofollow">us</a> today.</p>`,
    );
  });

  it.each([
    ["<div>one</div><div>two</div>", "<p>one</p><p>two</p>"],
    ["<section>intro<p>para</p>tail <b>bold</b></section>", "<p>intro</p><p>para</p><p>tail <b>bold</b></p>"],
    ["<table><tr><td>c1</td><td>c2</td></tr></table>", "<p>c1</p><p>c2</p>"],
    ["a<hr>b", "<p>a</p><p>b</p>"],
    ["loose text", "<p>loose text</p>"],
    ["<html><head><title>T</title></head><body><div>a</div></body></html>", "<p>a</p>"],
  ])("keeps layout containers apart as paragraphs: %s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps escaped text escaped", () => {
    expect(sanitizeArticleHtml("<p>a &amp; b &lt;script&gt;</p>")).toBe("<p>a &amp; b &lt;script&gt;</p>");
  });

  it("is safe and idempotent on random mixes of markup fragments", () => {
    const fragment = fc.constantFrom(
      "<",
      ">",
      "/",
      "=",
      '"',
      "'",
      " ",
      "script",
      "a",
      "href",
      "javascript:",
      "&#x09;",
      "on",
      "error",
      "img",
      "<p>",
      "</p>",
      "<div>",
      "</div>",
      "<a href=",
      "</a>",
      "<svg>",
      "<style>",
      "</style>",
      "text",
      "&amp;",
      "<!--",
      "-->",
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const output = sanitizeArticleHtml(parts.join(""));
        expectSafe(output);
        expect(sanitizeArticleHtml(output)).toBe(output);
      }),
      { numRuns: 300, seed: 20250306 },
    );
  });
});

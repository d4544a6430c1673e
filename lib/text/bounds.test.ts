import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  assertHtmlWithinBounds,
  assertMarkdownWithinBounds,
  findHtmlProblem,
  findJsonProblem,
  findMarkdownProblem,
  MAX_HTML_NESTING,
  MAX_JSON_NESTING,
  MAX_MARKDOWN_NESTING,
  parseWithinBounds,
  refineMarkdownBounds,
  TextBoundError,
} from "./bounds";

const list = (levels: number, indent = "  ") =>
  Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- x`).join("\n");
const ordered = (levels: number) => Array.from({ length: levels }, (_, i) => `${"   ".repeat(i)}1. x`).join("\n");
const LISTS = /nested more than 32 levels deep \(lists or block quotes\)/;

describe("findMarkdownProblem: containers", () => {
  it.each([
    ["a list 32 deep", list(32)],
    ["an ordered list 32 deep", ordered(32)],
    ["32 quotes", `${">".repeat(32)} x`],
    ["16 quotes and 16 list levels on one line", `${"> - ".repeat(16)}x`],
    ["many sibling items", Array.from({ length: 5000 }, () => "- x").join("\n")],
    ["siblings after a deep list", `${list(30)}\n- back at the top\n${list(30)}`],
    ["a deep list, a blank line and a new list", `${list(30)}\n\nParagraph.\n\n${list(30)}`],
    ["indented code after a blank line", `Text\n\n${"    code line\n".repeat(50)}`],
  ])("accepts %s", (_name, source) => {
    expect(findMarkdownProblem(source)).toBeNull();
  });

  it.each([
    ["a list 33 deep", list(33)],
    ["a list 2,000 deep", list(2000)],
    ["a list nested by tabs", list(40, "\t")],
    ["an ordered list 33 deep", ordered(33)],
    ["33 quotes", `${">".repeat(33)} x`],
    ["the issue's rationale", `Legit.\n\n${">".repeat(8000)}`],
    ["the issue's comment", ">".repeat(4999)],
    ["quotes and list items together", `${"> - ".repeat(17)}x`],
    ["list markers on one line", `${"- ".repeat(40)}x`],
    ["quoted lines each one deeper", Array.from({ length: 40 }, (_, i) => `${">".repeat(i + 1)} x`).join("\n")],
    // a line straight after text may continue it lazily, so it must not close the items above
    ["lazy lines between deeper items", Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- x\nlazy`).join("\n")],
  ])("refuses %s", (_name, source) => {
    expect(findMarkdownProblem(source)).toMatch(LISTS);
  });
});

describe("findMarkdownProblem: inline", () => {
  it.each([
    ["ordinary emphasis", "Some *em*, **strong**, ***both*** and ~~gone~~ text. ".repeat(200)],
    ["snake_case words", "a_b c_d e_f_g h__i ".repeat(200)],
    ["arithmetic", "2*3*4*5 = 120, 5 * 6 = 30. ".repeat(100)],
    ["balanced links", "[a](b) [c][d] ![e](f) ".repeat(500)],
    ["code with *args in a fence", `\`\`\`\n${"def f(*args, **kwargs):\n".repeat(100)}\`\`\``],
    ["escaped brackets", "\\[".repeat(100)],
    ["32 nested links", `${"[".repeat(32)}x${"](y)".repeat(32)}`],
  ])("accepts %s", (_name, source) => {
    expect(findMarkdownProblem(source)).toBeNull();
  });

  it.each([
    ["a run of 10,000 asterisks", `${"*".repeat(10_000)}x${"*".repeat(10_000)}`, /emphasis/],
    ["alternating openers", `${"*a _a ".repeat(40)}x`, /emphasis/],
    ["a run of underscores", `${"_".repeat(70)}x${"_".repeat(70)}`, /emphasis/],
    ["strikethrough runs", `a ${"~~".repeat(40)}x${"~~".repeat(40)}`, /emphasis/],
    ["33 nested links", `${"[".repeat(33)}x${"](y)".repeat(33)}`, /links or images/],
    ["nested images", `${"![".repeat(40)}x${"](y)".repeat(40)}`, /links or images/],
  ])("refuses %s", (_name, source, what) => {
    expect(findMarkdownProblem(source)).toMatch(what);
  });

  it("counts emphasis and brackets per paragraph: a blank line starts again", () => {
    expect(findMarkdownProblem(Array.from({ length: 100 }, () => "[unclosed *open").join("\n\n"))).toBeNull();
    expect(findMarkdownProblem(Array.from({ length: 100 }, () => "[unclosed *open").join("\n"))).not.toBeNull();
  });

  it("refuses reference links repeated far beyond their text, and accepts ordinary ones", () => {
    const definition = `[x]: https://e.org/${"a".repeat(2000)}`;
    expect(findMarkdownProblem(`${"[x] ".repeat(6000)}\n\n${definition}`)).toMatch(
      /repeats its reference links too often/,
    );
    expect(
      findMarkdownProblem(
        `See [the report][r] and [the data][d].\n\n[r]: https://e.org/report\n[d]: https://e.org/data`,
      ),
    ).toBeNull();
    expect(findMarkdownProblem(`${"[x] ".repeat(20)}\n\n${definition}`)).toBeNull();
  });

  it("checks raw HTML in Markdown too", () => {
    expect(findMarkdownProblem(`${"<div>".repeat(MAX_HTML_NESTING + 1)}x`)).toMatch(/HTML elements/);
  });
});

describe("findHtmlProblem", () => {
  const deep = (tag: string, n: number) => `${`<${tag}>`.repeat(n)}x${`</${tag}>`.repeat(n)}`;
  it.each([
    ["a page 128 deep", deep("div", MAX_HTML_NESTING)],
    ["void elements", "<br><img src=x><hr><input>".repeat(1000)],
    [
      "implied end tags",
      "<p>x".repeat(5000) +
        "<ul>" +
        "<li><b>x</b>".repeat(5000) +
        "</ul><table>" +
        "<tr><td>a<td>b".repeat(2000) +
        "</table>" +
        "<p><div>x</div>".repeat(500) +
        "<dl>" +
        "<dt>a<dd>b".repeat(500) +
        "</dl>",
    ],
    ["a code fence of tildes", `~~~~\n${"~".repeat(200)}\n~~~~`],
    ["tags in a script", `<script>${"if (a<b) x = '<div>';".repeat(500)}</script><p>x</p>`],
    ["tags in a comment", `<!--${"<div>".repeat(500)}--><p>x</p>`],
    ["a > in a quoted attribute", `${'<a title="a>b" href="x">y</a>'.repeat(500)}`],
    ["a doctype and processing instructions", "<!doctype html><?xml version='1.0'?><p>x</p>"],
    ["text with less-than signs", "1 < 2 and 3 <= 4, a <- b ".repeat(500)],
  ])("accepts %s", (_name, source) => {
    expect(findHtmlProblem(source)).toBeNull();
  });

  it.each([
    ["129 nested divs", deep("div", MAX_HTML_NESTING + 1)],
    ["10,000 unclosed spans", "<span>".repeat(10_000)],
    ["nested lists", "<ul><li>".repeat(100)],
    ["mixed case tags", "<DiV>".repeat(200)],
    ["tags with attributes", "<div class=\"a\" data-x='>'>".repeat(200)],
    ["self-closing syntax, which HTML ignores", "<div/>".repeat(200)],
    // htmlparser2 closes a cell only when it is the open element on top
    ["cells around other elements", "<td><span><p><b><div>".repeat(100)],
    ["list items around other elements", "<li><b>".repeat(100)],
    ["tags hidden in noscript, which htmlparser2 parses", `<noscript>${"<div>".repeat(200)}</noscript>`],
  ])("refuses %s", (_name, source) => {
    expect(findHtmlProblem(source)).toMatch(/nested more than 128 levels deep \(HTML elements\)/);
  });

  it("scans 5 MB of tags once (no quadratic step)", () => {
    const source = "<p><b>x</b> <i>y</i></p>\n".repeat(210_000);
    expect(source.length).toBeGreaterThan(5_000_000);
    expect(findHtmlProblem(source)).toBeNull();
  });
});

describe("findJsonProblem", () => {
  it.each([
    [
      "a review export's shape",
      JSON.stringify({
        format: "x",
        claims: [{ verdict: { rationale: "[[[{{{" }, citations: [{ expert: { name: "a" } }] }],
      }),
    ],
    ["64 nested arrays", `${"[".repeat(MAX_JSON_NESTING)}${"]".repeat(MAX_JSON_NESTING)}`],
    ["brackets and escaped quotes inside strings", JSON.stringify(['"[[[['.repeat(100)])],
    ["a million flat numbers", `[${"1,".repeat(1_000_000)}1]`],
  ])("accepts %s", (_name, source) => {
    expect(findJsonProblem(source)).toBeNull();
  });

  it.each([
    ["65 nested arrays", "[".repeat(MAX_JSON_NESTING + 1)],
    ["6 MB of [", "[".repeat(6 * 1024 * 1024)],
    ["nested objects", '{"a":'.repeat(100)],
  ])("refuses %s", (_name, source) => {
    expect(findJsonProblem(source)).toMatch(/nested more than 64 levels deep \(arrays or objects\)/);
  });
});

describe("errors and helpers", () => {
  it("names the subject in the message", () => {
    expect(() => assertMarkdownWithinBounds(list(40), "The rationale")).toThrow(
      new TextBoundError(
        "The rationale",
        `is nested more than ${MAX_MARKDOWN_NESTING} levels deep (lists or block quotes); flatten it`,
      ),
    );
    expect(() => assertMarkdownWithinBounds(list(40), "The rationale")).toThrow(
      "The rationale is nested more than 32 levels deep (lists or block quotes); flatten it.",
    );
    expect(() => assertHtmlWithinBounds("<b>".repeat(200), "The article")).toThrow(
      /^The article is nested more than 128 levels deep/,
    );
  });

  it("gives a zod field its own error", () => {
    const schema = z.object({ rationale: z.string().superRefine(refineMarkdownBounds("The rationale")) });
    const result = schema.safeParse({ rationale: ">".repeat(100) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["rationale"],
      message: expect.stringMatching(/^The rationale is nested more than 32/),
    });
    expect(schema.safeParse({ rationale: "Fine." }).success).toBe(true);
  });

  it("turns a parser's stack overflow into a bound error, and lets other errors through", () => {
    const overflow = (): number => overflow() + 1;
    expect(() => parseWithinBounds("The article", overflow)).toThrow(TextBoundError);
    expect(() =>
      parseWithinBounds("The article", () => {
        throw new TypeError("bug");
      }),
    ).toThrow(TypeError);
    expect(parseWithinBounds("The article", () => 42)).toBe(42);
  });
});

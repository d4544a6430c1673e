import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { ReportView } from "@/components/reports/report-view";
import { renderInLanguage } from "@/test/support/render-in-language";
import { buildFromArticlePage } from "@/lib/articles/intake/build-result";
import { IntakeError } from "@/lib/articles/intake/errors";
import { parsePasted } from "@/lib/articles/intake/parse-pasted";
import { parseUpload } from "@/lib/articles/intake/parse-upload";
import { saveClaimSchema } from "@/lib/claims/schema";
import { groupThreads } from "@/lib/discussion/data";
import { commentBodySchema } from "@/lib/discussion/schema";
import { AppError } from "@/lib/errors";
import { buildClaimReviews } from "@/lib/export/claim-review";
import { formatReportCsv } from "@/lib/export/csv";
import { formatReportJson } from "@/lib/export/json";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { renderReportPdf } from "@/lib/export/pdf";
import { loadReportFonts } from "@/lib/workers/report-fonts";
import { extractPlainParagraphs } from "@/lib/export/plain-text";
import type { ReviewReport } from "@/lib/export/report-model";
import { buildAnnotations } from "@/lib/export/web-annotation";
import { renderReaderDocument } from "@/lib/reader/document/reader-document";
import type { ReaderClaim } from "@/lib/reader/reader-claim";
import { renderRationale } from "@/lib/reader/render-rationale";
import { readImportDocument } from "@/lib/reports/import-document";
import { planReportClaims } from "@/lib/reports/import-plan";
import { findHtmlProblem, findRenderProblem, MAX_RATIONALE_LENGTH, TextBoundError } from "@/lib/text/bounds";
import { sampleReport } from "../fixtures/sample-report";

// Every Markdown and HTML construct nested 10,000 deep (and random mixtures of them, from a fixed seed) through every
// field that takes such text and every view that renders it: each one is refused with a message a person can act
// on, or rendered within bounds (HTML nested at most 128 deep). A crash fails the test; a hang fails it by timeout.

const DEEP = 10_000;
// Tables, entities, code spans, autolinks and line breaks cannot nest: their cost grows with their number alone, which
// the size limits and the benchmark cover, so they are repeated 1,000 times here.
const MANY = 1_000;
const times = (unit: string, n = DEEP) => unit.repeat(n);
// Indentation grows with depth, so 10,000 levels would be 100 MB: these stop at 1,000 levels (1 MB).
const indented = (marker: string, width: number, levels = 1_000) =>
  Array.from({ length: levels }, (_, i) => `${" ".repeat(width * i)}${marker} x`).join("\n");

const MARKDOWN_WORST: [string, string][] = [
  ["nested list", indented("-", 2)],
  ["nested ordered list", indented("1.", 3)],
  ["list markers on one line", `${times("- ")}x`],
  ["block quotes", times(">")],
  ["spaced block quotes", `${times("> ")}x`],
  ["quotes and lists", `${times("> - ", DEEP / 2)}x`],
  ["emphasis", `${times("*")}x${times("*")}`],
  ["underscore emphasis", `${times("_")}x${times("_")}`],
  ["alternating emphasis", `${times("*a _a ", DEEP / 2)}x${times(" a_ a*", DEEP / 2)}`],
  ["strikethrough", `a ${times("~~")}x${times("~~")}`],
  ["links", `${times("[")}x${times("](https://e.org)")}`],
  ["images", `${times("![")}x${times("](https://e.org/i.png)")}`],
  ["parentheses in a link", `[x](https://e.org/${times("(")}${times(")")})`],
  ["reference links", `${times("[x]", MANY)}\n\n[x]: https://e.org`],
  ["unbalanced brackets", times("[")],
  ["backticks", `${times("`")}x`],
  ["many code spans", times("`a` ", MANY)],
  ["unclosed fence", `\`\`\`\n${times("x\n", MANY)}`],
  ["wide table", `|${times("a|", MANY)}\n|${times("-|", MANY)}\n|${times("b|", MANY)}`],
  ["long table", `|a|b|\n|-|-|\n${times("|x|y|\n", MANY)}`],
  ["heading marks", `${times("#")} x`],
  ["setext underline", `x\n${times("=")}`],
  ["nested divs", `${times("<div>")}x${times("</div>")}`],
  ["unclosed tags", times("<b>")],
  ["nested anchors", times('<a href="https://e.org">')],
  ["comments", times("<!--")],
  ["comment openers with tags", times("<!-- <div>")],
  ["entities", `${times("&amp;", MANY)}${times("&#x1F600;", MANY)}${times("&#99999999;", MANY)}`],
  ["autolinks", times("<https://e.org/", MANY)],
  ["backslashes", times("\\")],
  ["hard breaks", times("x  \n", MANY)],
  ["mixed inline", times("*[_`<b>", DEEP / 5)],
];

const HTML_WORST: [string, string][] = [
  ["nested divs", `${times("<div>")}x${times("</div>")}`],
  ["unclosed spans", `${times("<span>")}x`],
  ["nested lists", `${times("<ul><li>")}x`],
  ["nested tables", `${times("<table><tr><td>")}x`],
  ["unclosed paragraphs", times("<p>x", MANY)],
  ["comments", times("<!--")],
  ["unclosed scripts", times("<script>")],
  ["nested svg", `<svg>${times("<g>")}</svg><p>x</p>`],
  ["alternating inline", `${times("<b><i>", DEEP / 2)}x`],
  ["unterminated attributes", times('<div a="')],
  ["less-than signs", `<p>${times("<")}</p>`],
  ["closing tags only", `<p>x</p>${times("</div>")}`],
  ["entities", `<p>${times("&amp;&#x26;&lt;", MANY)}</p>`],
  ["nested blockquotes", `${times("<blockquote>")}x`],
];

const wholePage = (body: string) =>
  `<!doctype html><html><head><title>T</title></head><body><article><h1>Title</h1>${body}<p>${"Enough words to be an article. ".repeat(20)}</p></article></body></html>`;

/** A refusal a person can act on: the intake's own messages, a bound, a field error, an invalid document. */
function expectClearRefusal(error: unknown): void {
  const clear =
    error instanceof IntakeError ||
    error instanceof TextBoundError ||
    error instanceof ZodError ||
    (error instanceof AppError && error.code === "INVALID");
  if (!clear) throw error;
}

function refusedOrParsed(run: () => unknown): "refused" | "parsed" {
  try {
    run();
    return "parsed";
  } catch (error) {
    expectClearRefusal(error);
    return "refused";
  }
}

/** Rendered HTML a browser can take: nested no deeper than the bound. */
function expectWithinBounds(html: string, source?: string): void {
  expect(typeof html).toBe("string");
  expect(findHtmlProblem(html)).toBeNull();
  if (source !== undefined) expect(findRenderProblem(source, html)).toBeNull();
}

// every field that takes Markdown from a person or a file
function validateMarkdownFields(source: string): void {
  refusedOrParsed(() => saveClaimSchema.shape.rationale.parse(source));
  refusedOrParsed(() => commentBodySchema.parse(source));
  for (const format of ["markdown", "auto"] as const) refusedOrParsed(() => parsePasted({ content: source, format }));
  refusedOrParsed(() =>
    parseUpload({ name: "article.md", type: "text/markdown", bytes: new TextEncoder().encode(source) }),
  );
  refusedOrParsed(() => importRationale(source));
}

// every field that takes HTML: paste, upload and the page a URL intake fetched
function validateHtmlFields(source: string): void {
  for (const format of ["html", "auto"] as const) refusedOrParsed(() => parsePasted({ content: source, format }));
  refusedOrParsed(() =>
    parseUpload({ name: "article.html", type: "text/html", bytes: new TextEncoder().encode(source) }),
  );
  refusedOrParsed(() => buildFromArticlePage(wholePage(source), "https://news.example/story"));
}

const SCALE = {
  name: sampleReport.scale.name,
  options: sampleReport.scale.options.map((o) => ({ id: o.label, label: o.label, retired: false })),
};

/** A review export whose first verdict carries `rationale`, read back as the import does. */
function importRationale(rationale: string): void {
  const report = withRationales([rationale]);
  const document = readImportDocument(formatReportJson(report));
  if (document.kind !== "report") throw new Error("expected a report");
  planReportClaims(document.report, document.report.article.text, SCALE);
}

/** The sample report with each rationale on a claim of its own, as rows stored before the bounds would hold them. */
function withRationales(rationales: readonly string[]): ReviewReport {
  const template = sampleReport.claims.find((claim) => claim.verdict)!;
  const claims = rationales.map((rationale, i) => ({
    ...template,
    id: `clm_fuzz_${i}`,
    verdict: { ...template.verdict!, rationale },
  }));
  return { ...sampleReport, claims };
}

function readerDocument(rationale: string): string {
  const text = "The harbour authority said cargo volumes rose by twelve per cent.";
  const claim: ReaderClaim = {
    id: "c1",
    start: 4,
    end: 12,
    quote: text.slice(4, 12),
    claimant: null,
    claimDate: null,
    claimContext: null,
    verdict: { label: "Misleading", colour: "#b45309", description: null },
    rationaleHtml: renderRationale(rationale),
    citations: [],
    reviewers: ["R"],
    approvers: ["E"],
    checkedAt: "2025-03-08T00:00:00.000Z",
    corrections: [],
  };
  return renderReaderDocument(
    {
      article: {
        title: "Harbour",
        outlet: null,
        author: null,
        originalPublishedAt: null,
        originalUrl: null,
        language: null,
        publishedAt: new Date("2025-03-08"),
        text,
        org: { name: "Desk", methodologyUrl: null, correctionsUrl: null },
      },
      claims: [claim],
      legend: [{ label: "Misleading", colour: "#b45309", description: null, count: 1 }],
      claimReviews: [],
      readerUrl: "https://desk.example/r/desk/a1",
      annotationServiceUrl: "https://desk.example/api/annotations/a1/",
    },
    { script: "/reader/reader.js", stylesheet: "/reader/reader.css" },
  );
}

function discussionHtml(body: string): string[] {
  const row = {
    id: "k1",
    parentId: null,
    authorId: "u1",
    author: { name: "R" },
    body,
    createdAt: new Date(0),
    deletedAt: null,
    resolvedAt: null,
    resolvedById: null,
  };
  return groupThreads([row], () => null).map((thread) => thread.html);
}

// every view that renders stored Markdown: reader page, discussion, desk report page, and the text exports
function renderEveryView(source: string): void {
  expectWithinBounds(renderRationale(source), source);
  expectWithinBounds(readerDocument(source));
  for (const html of discussionHtml(source)) expectWithinBounds(html);
  const report = withRationales([source]);
  expectWithinBounds(renderInLanguage(createElement(ReportView, { report })));
  expect(formatReportMarkdown(report)).toContain("Rationale");
  expect(JSON.parse(formatReportJson(report)).claims[0].verdict.rationale).toBe(source);
  expect(formatReportCsv(report).length).toBeGreaterThan(source.length);
  expect(buildClaimReviews(report)).toBeInstanceOf(Array);
  expect(buildAnnotations(report)).toBeInstanceOf(Array);
}

beforeAll(() => {
  // a stored rationale shown as text logs one line each; the log itself is tested in bounded-parsing.int.test.ts
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

// A hang fails a test by its timeout; the figures are from the benchmark, never asserted here.
describe("10,000-deep Markdown", { timeout: 60_000 }, () => {
  it.each(MARKDOWN_WORST)("%s: every field refuses it clearly or parses it", (_name, source) => {
    validateMarkdownFields(source);
  });

  it.each(MARKDOWN_WORST)("%s: every view renders it within bounds", (_name, source) => {
    renderEveryView(source);
  });

  it("refuses every nesting construct in a comment (at most 5,000 characters), naming the problem", () => {
    const nesting: [string, string][] = [
      ["list", indented("-", 2, 60)],
      ["ordered list", indented("1.", 3, 50)],
      ["quotes", `${times(">", 100)} x`],
      ["quotes and lists", `${times("> - ", 40)}x`],
      ["emphasis", `${times("*", 100)}x${times("*", 100)}`],
      ["alternating emphasis", `${times("*a _a ", 40)}x`],
      ["strikethrough", `a ${times("~~", 40)}x`],
      ["links", `${times("[", 40)}x${times("](u)", 40)}`],
      ["images", `${times("![", 40)}x`],
      ["divs", `${times("<div>", 200)}x`],
      ["unclosed tags", times("<b>", 200)],
    ];
    for (const [name, body] of nesting) {
      const result = commentBodySchema.safeParse(body);
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0].message, name).toMatch(/^The comment is nested more than (32|128) levels deep/);
    }
  });

  it.each(MARKDOWN_WORST)("%s: the PDF export's text renders it as paragraphs", (_name, source) => {
    expect(findRenderProblem(source, extractPlainParagraphs(source).join("\n"))).toBeNull();
  });

  it("the PDF export lays out the deepest of them", async () => {
    const deepest = MARKDOWN_WORST.filter(([name]) =>
      ["nested list", "block quotes", "emphasis", "links", "nested divs"].includes(name),
    );
    const pdf = await renderReportPdf(
      withRationales(deepest.map(([, source]) => source.slice(0, 2_000))),
      loadReportFonts(),
    );
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  });
});

describe("10,000-deep HTML", { timeout: 60_000 }, () => {
  it.each(HTML_WORST)("%s: paste, upload and URL intake refuse it clearly or parse it", (_name, source) => {
    validateHtmlFields(source);
  });
});

// Random mixtures: a run of openers of any kinds, repeated up to 10,000 deep, with text and closers after.
const MARKDOWN_OPENERS = [
  "- ",
  "1. ",
  "> ",
  "* ",
  "*",
  "**",
  "_",
  "~~",
  "[",
  "![",
  "`",
  "<b>",
  "<div>",
  "<!--",
  "&amp;",
  "\\",
  "|",
  "#",
  "\n",
  "\n  ",
  "  ",
  "\t",
];
const MARKDOWN_CLOSERS = ["*", "**", "_", "~~", "](https://e.org)", "]", "`", "</b>", "</div>", "-->", "|", "\n\n"];
const HTML_OPENERS = [
  "<div>",
  "<p>",
  "<span>",
  "<ul><li>",
  "<li>",
  "<table><tr><td>",
  "<td>",
  "<b>",
  "<i>",
  '<a href="https://e.org">',
  "<blockquote>",
  "<!--",
  "<script>",
  "<svg>",
  "text ",
  "&lt;",
  "<br>",
  "<div a='>'>",
];
const HTML_CLOSERS = [
  "</div>",
  "</p>",
  "</span>",
  "</li></ul>",
  "</td></tr></table>",
  "</b>",
  "</a>",
  "-->",
  "</script>",
  "</svg>",
];

const nested = (openers: string[], closers: string[]) =>
  fc
    .record({
      open: fc.array(fc.constantFrom(...openers), { minLength: 1, maxLength: 6 }),
      close: fc.array(fc.constantFrom(...closers), { maxLength: 4 }),
      depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: DEEP })),
    })
    .map(({ open, close, depth }) =>
      `${open.join("").repeat(depth)}x${close.join("").repeat(depth)}`.slice(0, MAX_RATIONALE_LENGTH),
    );

describe("random mixtures of constructs (fast-check, fixed seed)", { timeout: 120_000 }, () => {
  it("Markdown: every field refuses clearly or parses, every view renders within bounds", () => {
    fc.assert(
      fc.property(nested(MARKDOWN_OPENERS, MARKDOWN_CLOSERS), (source) => {
        validateMarkdownFields(source);
        renderEveryView(source);
      }),
      { seed: 1402, numRuns: 15 },
    );
  });

  it("HTML: every intake refuses clearly or parses", () => {
    fc.assert(
      fc.property(nested(HTML_OPENERS, HTML_CLOSERS), (source) => {
        validateHtmlFields(source);
      }),
      { seed: 1403, numRuns: 25 },
    );
  });
});

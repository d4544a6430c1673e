import { DOMParser } from "linkedom";
import MarkdownIt from "markdown-it";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { embedMarkdownSection } from "@/lib/export/markdown-escape";
import type { ReviewReport } from "@/lib/export/report-model";
import { buildHostileReport } from "../support/hostile-report";
import { XSS_PAYLOADS, type XssPayload } from "../support/xss-payloads";

// Issue 13, finding 8: the Markdown export must be inert in every renderer, not only in the one we use. The report
// is written with every payload in every free-text field (article, organization, scale, claim, verdict, evidence,
// review, corrections), then rendered by several common Markdown renderers with raw HTML switched ON (their
// most permissive setting, as many viewers run them). Nothing in the output may be an element or an attribute that
// came from user text: only the elements Markdown itself makes, and only the attributes the report writes.

const RENDERERS: Record<string, (markdown: string) => string> = {
  "marked (GFM)": (md) => new Marked({ gfm: true, async: false }).parse(md, { async: false }),
  "marked (GFM, line breaks)": (md) =>
    new Marked({ gfm: true, breaks: true, async: false }).parse(md, { async: false }),
  "markdown-it (html)": (md) => new MarkdownIt({ html: true }).render(md),
  "markdown-it (html, linkify, typographer)": (md) =>
    new MarkdownIt({ html: true, linkify: true, typographer: true }).render(md),
  "markdown-it (commonmark, html)": (md) => new MarkdownIt("commonmark", { html: true }).render(md),
};

// What Markdown syntax makes (the report's structure, and a rationale's own formatting, GFM task lists included);
// never img, raw tags, svg...
const MARKDOWN_ELEMENTS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "a",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "blockquote",
  "code",
  "pre",
  "hr",
  "br",
  "del",
  "s",
  "input",
]);

/** Elements and attributes in `html` that Markdown syntax and the report's own anchors do not explain. */
function foreignMarkup(html: string): string[] {
  // fast path: nothing but attribute-free Markdown elements (the DOM parse below is what takes time)
  if (
    [...html.matchAll(/<\/?([A-Za-z][\w-]*)([^>]*)>|<(?![/A-Za-z])/g)].every(
      (m) => m[1] && MARKDOWN_ELEMENTS.has(m[1].toLowerCase()) && !m[2].trim(),
    )
  )
    return [];
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    "text/html",
  );
  const found: string[] = [];
  for (const element of Array.from(document.body.querySelectorAll("*")) as Element[]) {
    const name = element.localName.toLowerCase();
    if (!MARKDOWN_ELEMENTS.has(name)) found.push(`<${name}> element`);
    for (const { name: attribute, value } of Array.from(element.attributes)) {
      const allowed =
        (name === "a" && attribute === "href" && /^(https?:\/\/|mailto:)/i.test(value)) ||
        (name === "a" && attribute === "id" && /^claim-clm_/.test(value)) || // the report's own claim anchors
        ((name === "th" || name === "td") &&
          (attribute === "align" || (attribute === "style" && /^text-align:(left|right|center)$/.test(value)))) ||
        (name === "ol" && attribute === "start" && /^\d+$/.test(value)) ||
        (name === "code" && attribute === "class" && /^language-[\w-]*$/.test(value)) ||
        // Markdown's own: a link title (shown as a tooltip, never run) and a task list's disabled checkbox
        (name === "a" && attribute === "title") ||
        (name === "input" &&
          (attribute === "disabled" || attribute === "checked" || (attribute === "type" && value === "checkbox")));
      if (!allowed) found.push(`<${name} ${attribute}="${value.slice(0, 60)}">`);
    }
  }
  return found;
}

/** The hostile report, and more: the organization, the scale, the claim's quote and the article title hold it too. */
function everyFieldHolding(payloads: readonly XssPayload[]): ReviewReport {
  const report = buildHostileReport(payloads);
  const text = payloads[0].text;
  return {
    ...report,
    organization: { ...report.organization, name: text },
    scale: {
      name: text,
      options: report.scale.options.map((o, i) => ({
        ...o,
        label: `${payloads[i % payloads.length].text} ${i}`,
        description: payloads[(i + 1) % payloads.length].text,
      })),
    },
    article: {
      ...report.article,
      title: text,
      outlet: payloads[1 % payloads.length].text,
      author: payloads[2 % payloads.length].text,
    },
    claims: report.claims.map((claim, i) => ({ ...claim, quote: payloads[i].text })),
  };
}

describe("the Markdown export is inert in every renderer (issue 13, finding 8)", () => {
  const allAtOnce = formatReportMarkdown(everyFieldHolding(XSS_PAYLOADS));

  it.each(Object.keys(RENDERERS))(
    "%s: the whole hostile report produces no element or attribute from user text",
    (renderer) => {
      expect(foreignMarkup(RENDERERS[renderer](allAtOnce))).toEqual([]);
    },
  );

  // one report per payload too, so a payload cannot hide behind another's damage (and a failure names it)
  it.each(XSS_PAYLOADS.map((p) => [p.id, p.kind, p] as const))(
    "payload %i (%s) in every field, every renderer",
    (_id, _kind, payload) => {
      const markdown = formatReportMarkdown(everyFieldHolding([payload, payload, payload]));
      for (const [name, render] of Object.entries(RENDERERS)) expect(foreignMarkup(render(markdown)), name).toEqual([]);
    },
  );

  // A rationale keeps its Markdown, so each payload also goes where renderers disagree about what is HTML: in list
  // items, quotes, tables, headings, link labels, after a code block, lazy continuation lines...
  const CONTEXTS: ((p: string) => string)[] = [
    (p) => p,
    (p) => `- item ${p}`,
    (p) => `> ${p}`,
    (p) => `| a | b |\n|---|---|\n| ${p} | x |`,
    (p) => `# ${p}`,
    (p) => `[${p}](https://x.example)`,
    (p) => `*${p}*`,
    (p) => `text\n${p}\nmore`,
    (p) => `1. a\n   ${p}`,
    (p) => `\`code\` ${p}`,
    (p) => `- a\n${p}`,
    (p) => `> a\n${p}`,
    (p) => `${p}\n===`,
    (p) => `    ${p}`,
    (p) => `\`\`\`\n${p}\n\`\`\`\n${p}`,
    (p) => `text\\\n${p}`,
    (p) => `<div>\n\n${p}\n\n</div>`,
    (p) => `[a]: https://x.example "${p}"\n\n[a]`,
    (p) => `~~~\n${p}`,
    (p) => `***${p}***`,
    (p) => `<!--\n${p}\n-->`,
    (p) => `* * *\n${p}`,
    (p) => `- [ ] ${p}`,
    (p) => `\\${p}`,
    (p) => `\\\\${p}`,
  ];
  const CONTEXT_RENDERERS = [
    "marked (GFM)",
    "markdown-it (html, linkify, typographer)",
    "markdown-it (commonmark, html)",
  ];
  it.each(CONTEXTS.map((context, i) => [i, context] as const))(
    "a rationale with each payload in Markdown context %i, in every renderer",
    (_i, context) => {
      const found: string[] = [];
      for (const payload of XSS_PAYLOADS) {
        const markdown = embedMarkdownSection(context(payload.text));
        for (const name of CONTEXT_RENDERERS)
          for (const problem of foreignMarkup(RENDERERS[name](markdown)))
            found.push(`payload ${payload.id}, ${name}: ${problem}`);
      }
      expect(found).toEqual([]);
    },
  );

  it("the check itself finds raw HTML that a renderer lets through", () => {
    const raw = "<img src=x onerror=alert(1)> and <b title=x>bold</b>";
    expect(foreignMarkup(RENDERERS["markdown-it (html)"](raw))).toEqual(
      expect.arrayContaining(["<img> element", "<b> element", '<img onerror="alert(1)">']),
    );
    expect(foreignMarkup(RENDERERS["marked (GFM)"]("[x](javascript:alert(1))"))).toEqual([
      '<a href="javascript:alert(1)">',
    ]);
  });
});

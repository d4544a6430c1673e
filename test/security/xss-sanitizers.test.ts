import { Marked } from "marked";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "@/lib/articles/intake/sanitize";
import { markdownToHtml } from "@/lib/articles/intake/markdown";
import { buildFromHtmlFragment, buildFromMarkdown } from "@/lib/articles/intake/build-result";
import { parsePasted } from "@/lib/articles/intake/parse-pasted";
import { renderRationale } from "@/lib/reader/render-rationale";
import { buildClaimReviews } from "@/lib/export/claim-review";
import { formatReportCsv } from "@/lib/export/csv";
import { jsonForScript } from "@/lib/http/html";
import { formatReportMarkdown } from "@/lib/export/markdown";
import { findXssInHtml } from "../support/find-xss-in-html";
import { buildHostileReport } from "../support/hostile-report";
import { XSS_PAYLOADS } from "../support/xss-payloads";

const ALL_JOINED = XSS_PAYLOADS.map((p) => p.text).join("\n\n");
const cases = XSS_PAYLOADS.map((p) => [`#${p.id} ${p.kind}: ${p.text.slice(0, 70)}`, p.text] as const);

describe("article HTML sanitizer (paste, upload, URL import)", () => {
  it.each(cases)("%s leaves nothing that can run", (_name, payload) => {
    expect(findXssInHtml(sanitizeArticleHtml(payload))).toEqual([]);
    expect(findXssInHtml(sanitizeArticleHtml(`<div><p>Before ${payload} after.</p></div>`))).toEqual([]);
  });

  it("all payloads pasted as one article leave nothing that can run, and the sanitizer's output is stable", () => {
    const once = sanitizeArticleHtml(ALL_JOINED);
    expect(findXssInHtml(once)).toEqual([]);
    expect(sanitizeArticleHtml(once)).toBe(once);
    const intake = buildFromHtmlFragment(`<h1>Hostile paste</h1>${ALL_JOINED}`);
    expect(findXssInHtml(intake.html!)).toEqual([]);
    expect(intake.meta.title).toBe("Hostile paste");
  });

  it("keeps a safe link next to a hostile one (the check is not passing by dropping everything)", () => {
    const html = sanitizeArticleHtml(
      `<p><a href="javascript:alert(1)">bad</a> <a href="https://example.org/ok">good</a></p>`,
    );
    expect(html).toContain(`href="https://example.org/ok"`);
    expect(html).toContain("bad");
    expect(findXssInHtml(html)).toEqual([]);
  });
});

describe("a pasted article, format detected automatically (as the intake form sends it)", () => {
  const PROSE =
    "<h1>Harbour report</h1>\n<p>The harbour authority said cargo volumes rose by twelve per cent in the first quarter of the year.</p>\n<p>Dock workers reported longer shifts during the busiest weeks of spring.</p>";

  it.each(cases)("%s: the article keeps its prose and nothing that can run", (_name, payload) => {
    const result = parsePasted({ content: `${PROSE}\n<p>${payload}</p>`, format: "auto" });
    expect(result.text).toContain("cargo volumes rose by twelve per cent");
    if (result.html !== null) expect(findXssInHtml(result.html)).toEqual([]);
  });

  it("every payload in one paste (a stray <body> among them once crashed Readability)", () => {
    const result = parsePasted({
      content: [PROSE, ...XSS_PAYLOADS.map((p) => `<p>${p.text}</p>`)].join("\n"),
      format: "auto",
    });
    expect(result.text).toContain("Dock workers reported longer shifts");
    expect(findXssInHtml(result.html!)).toEqual([]);
  });
});

describe("Markdown renderers (Markdown intake, rationale, comments)", () => {
  it.each(cases)("%s leaves nothing that can run", (_name, payload) => {
    expect(findXssInHtml(markdownToHtml(payload))).toEqual([]);
    expect(
      findXssInHtml(
        renderRationale(`Some **rationale** first.\n\n${payload}\n\nAnd [a source](https://example.org/).`),
      ),
    ).toEqual([]);
  });

  it("all payloads in one rationale and one Markdown article leave nothing that can run", () => {
    expect(findXssInHtml(renderRationale(ALL_JOINED))).toEqual([]);
    expect(findXssInHtml(buildFromMarkdown(`# Hostile\n\n${ALL_JOINED}`).html!)).toEqual([]);
  });
});

describe("the inspector itself", () => {
  it("finds every payload dangerous before sanitizing when parsed raw (the tests above can fail)", () => {
    const raw = new Marked({ async: false });
    const unsafe = XSS_PAYLOADS.filter(
      (p) => findXssInHtml(p.text).length > 0 || findXssInHtml(raw.parse(p.text, { async: false })).length > 0,
    );
    // the rest are text-only tricks (escaped entities, code spans, attribute breakouts without a tag of their own)
    expect(unsafe.length).toBeGreaterThanOrEqual(100);
  });

  it("reads URLs as a browser does: entities decoded, whitespace and control characters ignored", () => {
    expect(findXssInHtml(`<a href="&#x6a;ava&#x09;script&colon;x()">x</a>`)).toHaveLength(1);
    expect(findXssInHtml(`<a href=" \u0001DATA:text/html,x">x</a>`)).toHaveLength(1);
    expect(findXssInHtml(`<a href="https://example.org/javascript:x">x</a>`)).toEqual([]);
  });
});

describe("JSON-LD script serializer (jsonForScript: ClaimReview on the reader page)", () => {
  const report = buildHostileReport(XSS_PAYLOADS);

  it("never writes </script or <!--, and JSON.parse gives back exactly the value", () => {
    const value = { payloads: XSS_PAYLOADS.map((p) => p.text), claimReviews: buildClaimReviews(report) };
    const json = jsonForScript(value).toString();
    expect(json).not.toMatch(/<\/script|<!--|<script/i);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("stays one inert script element when a page parses it", () => {
    const reviews = buildClaimReviews(report);
    expect(reviews.length).toBe(XSS_PAYLOADS.length);
    const json = jsonForScript(reviews).toString();
    const document = new DOMParser().parseFromString(
      `<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`,
      "text/html",
    );
    const scripts = document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0].textContent!)).toEqual(reviews);
    expect(findXssInHtml(document.body.innerHTML)).toEqual([]);
  });
});

// RFC 4180 reader for the test: quoted fields with doubled quotes, CRLF rows.
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe("report exports", () => {
  const report = buildHostileReport(XSS_PAYLOADS);

  it("CSV: every payload survives as text, and no cell can start a spreadsheet formula", () => {
    const rows = readCsv(formatReportCsv(report));
    const [header, ...body] = rows;
    expect(body).toHaveLength(XSS_PAYLOADS.length);
    const claimant = header.indexOf("claimant");
    body.forEach((row, i) => {
      expect(row).toHaveLength(header.length);
      const text = XSS_PAYLOADS[i].text;
      expect([text, `'${text}`]).toContain(row[claimant]);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });

  it("Markdown: rendered by a Markdown viewer that does not sanitize, it holds nothing that can run", () => {
    const markdown = formatReportMarkdown(report);
    const html = new Marked({ gfm: true, async: false }).parse(markdown, { async: false });
    expect(findXssInHtml(html)).toEqual([]);
    for (const payload of XSS_PAYLOADS) expect(markdown).toContain(`id="claim-clm_xss_${payload.id}"`);
  });
});

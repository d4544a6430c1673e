import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildClaimReviews } from "@/lib/export/claim-review";
import type { ReaderClaim } from "@/lib/reader/reader-claim";
import { renderReaderDocument, type ReaderDocumentInput } from "@/lib/reader/document/reader-document";
import { renderRationale } from "@/lib/reader/render-rationale";
import { findXssInDom } from "../support/find-xss-in-dom";
import { buildHostileReport } from "../support/hostile-report";
import { XSS_PAYLOADS } from "../support/xss-payloads";

// The public reader page is HTML built from strings (lib/http/html.ts): every field a reader sees, holding every
// payload, must come out as text, and the head must keep exactly the elements a harmless article gives it.

const PROSE = "The harbour authority said cargo volumes rose by twelve per cent.";
const ASSETS = { script: "/reader/reader.js", stylesheet: "/reader/reader.css" };

function buildInput(payloads: readonly string[]): ReaderDocumentInput {
  const lines = [PROSE, ...payloads];
  const text = lines.join("\n");
  let offset = PROSE.length + 1;
  const claims: ReaderClaim[] = payloads.map((payload, i) => {
    const start = offset;
    offset += payload.length + 1;
    return {
      id: `c${i}`,
      start,
      end: start + payload.length,
      quote: payload,
      claimant: payload,
      claimDate: "2025-03-06T00:00:00.000Z",
      claimContext: payload,
      verdict: { label: `Misleading ${payload}`, colour: "#b45309", description: payload },
      rationaleHtml: renderRationale(payload),
      citations: [
        {
          kind: "EXPERT_QUOTE",
          expert: { name: payload, title: payload, affiliation: payload },
          quote: payload,
          sourceTitle: payload,
          publisher: payload,
          url: `https://example.org/?q=${encodeURIComponent(payload)}`,
          accessedAt: null,
          saidAt: null,
          saidWhere: payload,
        },
      ] as ReaderClaim["citations"],
      reviewers: [payload],
      approvers: [payload],
      checkedAt: "2025-03-08T00:00:00.000Z",
      corrections: [{ note: payload, at: "2025-03-09T00:00:00.000Z" }],
    };
  });
  return {
    article: {
      title: `Harbour ${payloads.join(" ")}`,
      outlet: payloads[0] ?? "Daily",
      author: payloads[1] ?? null,
      originalPublishedAt: null,
      originalUrl: "https://example.org/story?q=%22%3E%3Cscript%3E",
      language: payloads[2] ?? "ar",
      publishedAt: new Date("2025-03-08"),
      text,
      org: { name: "Desk", methodologyUrl: "https://desk.example/method", correctionsUrl: null },
    },
    claims,
    legend: claims.map((c) => ({
      label: c.verdict.label,
      colour: c.verdict.colour,
      description: c.verdict.description,
      count: 1,
    })),
    claimReviews: buildClaimReviews(buildHostileReport(XSS_PAYLOADS.filter((p) => payloads.includes(p.text)))),
    readerUrl: "https://desk.example/r/desk/a1",
    annotationServiceUrl: "https://desk.example/api/annotations/a1/",
  };
}

const headShape = (doc: Document) =>
  [...doc.head.children].map((el) => `${el.localName}${el.getAttribute("type") ? `[${el.getAttribute("type")}]` : ""}`);

describe("the public reader page with every payload in every field", () => {
  const benign = parseHTML(renderReaderDocument(buildInput([]), ASSETS)).document;
  const payloads = XSS_PAYLOADS.map((p) => p.text);
  const hostile = parseHTML(renderReaderDocument(buildInput(payloads), ASSETS)).document;

  it("its body holds nothing that can run", () => {
    expect(findXssInDom(hostile.body as unknown as ParentNode)).toEqual([]);
    // a payload with a line break spans two paragraphs, so two marks
    expect(hostile.querySelectorAll("mark").length).toBeGreaterThanOrEqual(payloads.length);
    expect(hostile.querySelectorAll("button.verdict-chip").length).toBe(payloads.length);
    expect(hostile.querySelectorAll("article.claim-card").length).toBe(payloads.length);
  });

  it("its head has the same elements as a harmless page's, and the JSON-LD parses back", () => {
    expect(headShape(hostile)).toEqual([...headShape(benign), "script[application/ld+json]"]);
    const jsonLd = JSON.parse(hostile.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd).toHaveLength(payloads.length);
    expect(hostile.title).toContain(payloads[0]);
  });

  it("shows the payloads as the text they are", () => {
    const card = hostile.querySelector('[data-card="c0"]')!;
    expect(card.querySelector(".card-title")!.textContent).toBe(`“${payloads[0]}”`);
    expect(hostile.querySelector("h1")!.textContent).toBe(`Harbour ${payloads.join(" ")}`);
  });
});

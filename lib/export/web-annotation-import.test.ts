import { describe, expect, it } from "vitest";
import { sampleReport } from "@/test/fixtures/sample-report";
import { AppError } from "@/lib/errors";
import { toCodePointOffset, toUtf16Offset } from "@/lib/export/text-offsets";
import { buildAnnotations } from "@/lib/export/web-annotation";
import { parseAnnotation } from "@/lib/export/web-annotation-import";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** A minimal annotation as a browser client would POST it. */
function clientAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    "@context": CONTEXT,
    type: "Annotation",
    target: {
      source: "https://news.example.com/story",
      selector: [
        { type: "TextQuoteSelector", exact: "they don't have to protect us", prefix: "but ", suffix: '," Trump' },
        { type: "TextPositionSelector", start: 10, end: 39 },
      ],
    },
    body: [{ type: "TextualBody", value: "Check this", purpose: "questioning" }],
    ...overrides,
  };
}

function errorOf(input: unknown): { path: unknown; message: string } {
  try {
    parseAnnotation(input);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID")
      return { path: error.details?.path, message: error.message };
    throw error;
  }
  throw new Error("expected parseAnnotation to throw");
}

describe("parseAnnotation", () => {
  it("reads back every annotation we export", () => {
    for (const annotation of buildAnnotations(sampleReport)) {
      const parsed = parseAnnotation(JSON.parse(JSON.stringify(annotation)));
      const claim = sampleReport.claims.find((c) => annotation.id.endsWith(`/${c.id}`))!;
      expect(parsed.id).toBe(annotation.id);
      expect(parsed.quote).toEqual({ exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix });
      expect(parsed.position).toEqual({ start: claim.start, end: claim.end });
      expect(parsed.motivations).toEqual(["assessing"]);
      expect(parsed.texts[0]).toEqual({ value: claim.verdict!.label, purposes: ["assessing"], format: "text/plain" });
      expect(parsed.links.map((link) => link.url)).toEqual(
        claim.citations.flatMap((c) => (c.url ? [new URL(c.url).href.replace(/"/g, "%22")] : [])),
      );
    }
  });

  it("extracts selectors and bodies from a client annotation", () => {
    expect(parseAnnotation(clientAnnotation())).toEqual({
      id: null,
      source: "https://news.example.com/story",
      quote: { exact: "they don't have to protect us", prefix: "but ", suffix: '," Trump' },
      position: { start: 10, end: 39 },
      motivations: [],
      texts: [{ value: "Check this", purposes: ["questioning"], format: null }],
      links: [],
    });
  });

  it("accepts the other shapes the model allows", () => {
    const parsed = parseAnnotation(
      clientAnnotation({
        "@context": [CONTEXT, { extra: "http://example.org/" }],
        type: ["Annotation"],
        motivation: ["commenting", "linking"],
        target: [
          "https://elsewhere.example/",
          {
            source: { id: "https://news.example.com/story" },
            selector: { type: "TextQuoteSelector", exact: "protect" },
          },
        ],
        body: [
          "https://source.example/report.pdf",
          { id: "https://data.example/set" },
          { type: "SpecificResource", source: "https://a.example/", purpose: "linking" },
        ],
      }),
    );
    expect(parsed.quote).toEqual({ exact: "protect", prefix: "", suffix: "" });
    expect(parsed.position).toBeNull();
    expect(parsed.source).toBe("https://news.example.com/story");
    expect(parsed.motivations).toEqual(["commenting", "linking"]);
    expect(parsed.links).toEqual([
      { url: "https://source.example/report.pdf", purposes: [] },
      { url: "https://data.example/set", purposes: [] },
      { url: "https://a.example/", purposes: ["linking"] },
    ]);
    const { body: _body, ...withoutBody } = clientAnnotation();
    void _body;
    expect(parseAnnotation({ ...withoutBody, bodyValue: "A plain note" }).texts).toEqual([
      { value: "A plain note", purposes: [], format: "text/plain" },
    ]);
  });

  it.each([
    ["@context", clientAnnotation({ "@context": "https://schema.org" })],
    ["type", clientAnnotation({ type: "Note" })],
    ["target", clientAnnotation({ target: undefined })],
    ["target", clientAnnotation({ target: "https://news.example.com/story" })],
    [
      "target.selector[0].exact",
      clientAnnotation({ target: { selector: [{ type: "TextQuoteSelector", exact: "" }] } }),
    ],
    [
      "target.selector.prefix",
      clientAnnotation({ target: { selector: { type: "TextQuoteSelector", exact: "x", prefix: "p".repeat(1001) } } }),
    ],
    [
      "target.selector[1].end",
      clientAnnotation({
        target: {
          selector: [
            { type: "TextQuoteSelector", exact: "x" },
            { type: "TextPositionSelector", start: 5, end: 5 },
          ],
        },
      }),
    ],
    [
      "target.selector",
      clientAnnotation({ target: { selector: [{ type: "TextPositionSelector", start: 0, end: 5 }] } }),
    ],
    [
      "target[1].source",
      clientAnnotation({
        target: ["https://a.example/", { source: "not an iri", selector: { type: "TextQuoteSelector", exact: "x" } }],
      }),
    ],
    ["body[0].value", clientAnnotation({ body: [{ value: 42 }] })],
    ["body[1]", clientAnnotation({ body: [{ value: "ok" }, { type: "Choice", items: [] }] })],
    ["body", clientAnnotation({ body: Array.from({ length: 51 }, () => ({ value: "x" })) })],
    ["bodyValue", clientAnnotation({ bodyValue: "both" })],
  ])("names %s when it is invalid", (path, input) => {
    const error = errorOf(input);
    expect(error.path).toBe(path);
    expect(error.message).toContain(path);
  });

  it("rejects what is not an annotation at all", () => {
    expect(errorOf(null).path).toBe("(root)");
    expect(errorOf("annotation").path).toBe("(root)");
  });
});

describe("text offsets", () => {
  const text = "a🇯🇵b😀c";
  it.each([
    [0, 0],
    [1, 1],
    [5, 3],
    [6, 4],
    [8, 5],
    [9, 6],
  ])("UTF-16 %i ↔ code point %i", (utf16, points) => {
    expect(toCodePointOffset(text, utf16)).toBe(points);
    expect(toUtf16Offset(text, points)).toBe(utf16);
  });

  it("clamps past the end", () => {
    expect(toUtf16Offset(text, 99)).toBe(text.length);
    expect(toCodePointOffset(text, 99)).toBe(Array.from(text).length);
  });
});

import { describe, expect, it } from "vitest";
import { parseAnnotation } from "@/lib/export/web-annotation-import";
import { buildDraftAnnotation, computeDraftEtag, DRAFT_STATUS } from "./draft";

const text = "Emoji 🎉 first. Then the claim itself, and more text after it.";
const start = text.indexOf("the claim itself");
const draft = buildDraftAnnotation({
  iri: "http://localhost:3000/api/annotations/art1/clm1",
  source: "http://localhost:3000/r/demo/art1",
  text,
  start,
  end: start + 16,
  created: new Date("2025-03-07T10:00:00Z"),
  modified: new Date("2025-03-07T10:00:00Z"),
  comment: "A note",
  via: "urn:uuid:1234",
});

describe("draft annotations", () => {
  it("say they are drafts, keep the client's id as via, and point at the stored words", () => {
    expect(draft).toMatchObject({
      id: "http://localhost:3000/api/annotations/art1/clm1",
      type: "Annotation",
      status: DRAFT_STATUS,
      via: "urn:uuid:1234",
    });
    expect(draft.body).toEqual({ type: "TextualBody", purpose: "commenting", value: "A note", format: "text/plain" });
    expect(draft.target.selector[0]).toMatchObject({
      type: "TextQuoteSelector",
      exact: "the claim itself",
      prefix: text.slice(0, start),
    });
  });

  it("count positions in code points, as the W3C model does", () => {
    expect(draft.target.selector[1]).toEqual({ type: "TextPositionSelector", start: start - 1, end: start + 15 });
  });

  it("are valid annotations by our own import rules (a client can send one back)", () => {
    expect(parseAnnotation(draft).quote.exact).toBe("the claim itself");
  });

  it("have an ETag that changes with every change of the claim", () => {
    expect(computeDraftEtag("clm1", 1)).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(computeDraftEtag("clm1", 1)).toBe(computeDraftEtag("clm1", 1));
    expect(computeDraftEtag("clm1", 2)).not.toBe(computeDraftEtag("clm1", 1));
    expect(computeDraftEtag("clm2", 1)).not.toBe(computeDraftEtag("clm1", 1));
  });
});

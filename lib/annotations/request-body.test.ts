import { describe, expect, it } from "vitest";
import { ANNOTATION_MEDIA_TYPE } from "./protocol";
import { MAX_ANNOTATION_BYTES, readAnnotationRequest } from "./request-body";

const annotation = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  body: { type: "TextualBody", value: "Needs a check" },
  target: { source: "https://example.org/a", selector: { type: "TextQuoteSelector", exact: "the words" } },
};
const post = (body: string, contentType: string | null = ANNOTATION_MEDIA_TYPE) =>
  new Request("http://x.test/api/annotations/a/", {
    method: "POST",
    body,
    headers: contentType ? { "Content-Type": contentType } : {},
  });

describe("reading a posted annotation", () => {
  it("accepts JSON-LD with the annotation profile, plain JSON-LD and JSON", async () => {
    for (const type of [ANNOTATION_MEDIA_TYPE, "application/ld+json", "application/json; charset=utf-8"]) {
      const imported = await readAnnotationRequest(post(JSON.stringify(annotation), type));
      expect(imported.quote.exact).toBe("the words");
      expect(imported.texts[0].value).toBe("Needs a check");
    }
  });

  it("refuses another media type with 415 and says what to send", async () => {
    await expect(readAnnotationRequest(post(JSON.stringify(annotation), "text/plain"))).rejects.toMatchObject({
      status: 415,
      headers: { "Accept-Post": ANNOTATION_MEDIA_TYPE },
    });
    await expect(readAnnotationRequest(post(JSON.stringify(annotation), null))).rejects.toMatchObject({ status: 415 });
  });

  it("refuses a body that is not JSON, or not an annotation, naming the field", async () => {
    await expect(readAnnotationRequest(post("{not json"))).rejects.toMatchObject({ code: "INVALID", status: 400 });
    const { target: _t, ...noTarget } = annotation;
    await expect(readAnnotationRequest(post(JSON.stringify(noTarget)))).rejects.toMatchObject({
      code: "INVALID",
      details: { path: "target" },
    });
    const emptyQuote = { ...annotation, target: { selector: { type: "TextQuoteSelector", exact: "" } } };
    await expect(readAnnotationRequest(post(JSON.stringify(emptyQuote)))).rejects.toMatchObject({
      details: { path: "target.selector.exact" },
    });
  });

  it("stops reading past the size limit (413)", async () => {
    const huge = JSON.stringify({ ...annotation, bodyValue: "x".repeat(MAX_ANNOTATION_BYTES) });
    await expect(readAnnotationRequest(post(huge))).rejects.toMatchObject({ status: 413 });
  });
});

import { describe, expect, it } from "vitest";
import {
  ANNOTATION_MEDIA_TYPE,
  LDP,
  isAnnotationContentType,
  negotiateMediaType,
  parseContainerPreference,
  parseHeaderElements,
} from "./protocol";

const ANNO = "http://www.w3.org/ns/anno.jsonld";

describe("Accept negotiation", () => {
  it.each([
    [null, ANNOTATION_MEDIA_TYPE],
    ["", ANNOTATION_MEDIA_TYPE],
    [`application/ld+json; profile="${ANNO}"`, ANNOTATION_MEDIA_TYPE],
    ["application/ld+json", ANNOTATION_MEDIA_TYPE],
    ['application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted"', ANNOTATION_MEDIA_TYPE],
    [`application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted ${ANNO}"`, ANNOTATION_MEDIA_TYPE],
    ["*/*", ANNOTATION_MEDIA_TYPE],
    ["application/*", ANNOTATION_MEDIA_TYPE],
    ["text/html, */*;q=0.1", ANNOTATION_MEDIA_TYPE],
    ["application/json", "application/json"],
    ["application/json, application/ld+json;q=0.5", "application/json"],
    ["application/ld+json, application/json", ANNOTATION_MEDIA_TYPE],
    ["text/html", null],
    ["text/turtle, application/n-triples", null],
    ['application/ld+json; profile="https://www.w3.org/ns/activitystreams"', null],
    ["application/ld+json;q=0, application/json;q=0", null],
    ["application/ld+json;q=0, */*", "application/json"],
  ])("Accept %j → %j", (accept, expected) => {
    expect(negotiateMediaType(accept)).toBe(expected);
  });
});

describe("Prefer", () => {
  const prefer = (include: string, key = "include") => `return=representation; ${key}="${include}"`;
  it.each([
    [null, "descriptions", false],
    ["respond-async", "descriptions", false],
    ["return=minimal", "descriptions", false],
    [prefer(LDP.preferMinimalContainer), "minimal", true],
    [prefer(LDP.preferContainedIris), "iris", true],
    [prefer(LDP.preferContainedDescriptions), "descriptions", true],
    [`return=representation;include="${LDP.preferMinimalContainer}"`, "minimal", true],
    [`return = representation; include="${LDP.preferContainedIris}"`, "iris", true],
    [prefer(`${LDP.preferContainedDescriptions} ${LDP.preferMinimalContainer}`), "minimal", true],
    [prefer(`${LDP.preferContainedDescriptions} ${LDP.preferContainedIris}`), "iris", true],
    [prefer(LDP.preferContainedDescriptions, "omit"), "iris", true],
    [prefer(`${LDP.preferContainedDescriptions} ${LDP.preferContainedIris}`, "omit"), "minimal", true],
    [`respond-async, ${prefer(LDP.preferContainedIris)}`, "iris", true],
    [prefer("http://example.org/unknown"), "descriptions", false],
  ])("Prefer %j → %s (applied: %s)", (header, preference, applied) => {
    expect(parseContainerPreference(header)).toEqual({ preference, applied });
  });
});

describe("Content-Type of a request body", () => {
  it.each([
    [ANNOTATION_MEDIA_TYPE, true],
    ["application/ld+json", true],
    ["Application/LD+JSON; charset=utf-8", true],
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ['application/ld+json; profile="http://example.org/other"', false],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    [null, false],
    ["", false],
  ])("%j → %s", (contentType, ok) => {
    expect(isAnnotationContentType(contentType)).toBe(ok);
  });
});

describe("header elements", () => {
  it("keeps commas and semicolons inside quoted parameters", () => {
    const [first, second] = parseHeaderElements('application/ld+json; profile="a, b; c", text/html;q=0.2');
    expect(first.value).toBe("application/ld+json");
    expect(first.params.get("profile")).toBe("a, b; c");
    expect(second.params.get("q")).toBe("0.2");
  });
});

import { describe, expect, it } from "vitest";
import { computeEtag, matchesIfMatch, matchesIfNoneMatch } from "./etag";

describe("ETags", () => {
  it("are strong, quoted and follow the bytes of the body", () => {
    const tag = computeEtag('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(computeEtag('{"a":1}')).toBe(tag);
    expect(computeEtag('{"a":2}')).not.toBe(tag);
    expect(computeEtag('{"a": 1}')).not.toBe(tag);
  });

  const tag = computeEtag("body");
  it.each([
    [null, false],
    ["", false],
    [tag, true],
    [`W/${tag}`, true],
    [`"other", ${tag}`, true],
    ['"other"', false],
    ["*", true],
    [tag.slice(1, -1), false], // unquoted is not an entity tag
  ])("If-None-Match %j matches: %s (weak comparison)", (header, expected) => {
    expect(matchesIfNoneMatch(header, tag)).toBe(expected);
  });

  it.each([
    [null, false],
    [tag, true],
    [`W/${tag}`, false],
    [`"x", ${tag}`, true],
    ['"x"', false],
    ["*", true],
  ])("If-Match %j matches: %s (strong comparison)", (header, expected) => {
    expect(matchesIfMatch(header, tag)).toBe(expected);
  });

  it("reads tags whose opaque part contains a comma", () => {
    expect(matchesIfNoneMatch('"a,b", "c"', '"a,b"')).toBe(true);
    expect(matchesIfMatch('"a,b"', '"a"')).toBe(false);
  });
});

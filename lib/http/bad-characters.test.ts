import { describe, expect, it } from "vitest";
import { findBadCharacterInUrl, isSameSiteCallback } from "./bad-characters";

const ORIGIN = "https://factdesk.example";
const check = (url: string) => {
  const parsed = new URL(url, ORIGIN);
  return findBadCharacterInUrl(parsed.pathname, parsed.search, [ORIGIN]);
};

describe("findBadCharacterInUrl", () => {
  it.each([
    ["/r/demo/abc%00", "path", "a NUL byte"],
    ["/r/demo%ED%A0%80/abc", "path", "broken %-escape"],
    ["/feeds/%E0%A4%A/claimreview", "path", "broken %-escape"],
    ["/search?q=a%00b", "q", "a NUL byte"],
    ["/articles?status=PUBLISHED&q=%ED%B0%80", "q", "broken %-escape"],
    ["/api/auth/signin?callbackUrl=javascript:alert(1)", "callbackUrl", "page of this site"],
    ["/signin?callbackUrl=%2F%2Fevil.example", "callbackUrl", "page of this site"],
    ["/signin?callbackUrl=https%3A%2F%2Fevil.example%2F", "callbackUrl", "page of this site"],
    ["/signin?callbackUrl=%2F%5Cevil.example", "callbackUrl", "page of this site"],
    ["/x?a%00=1", "query", "a NUL byte"],
  ])("%s is refused, naming %s", (url, parameter, words) => {
    const problem = check(url);
    expect(problem?.parameter).toBe(parameter);
    expect(problem?.message).toContain(words);
  });

  it.each([
    "/",
    "/r/demo/cm123",
    "/search?q=caf%C3%A9+%F0%9F%98%80",
    "/signin?callbackUrl=%2Farticles%3Fstatus%3DDRAFT",
    `/signin?callbackUrl=${encodeURIComponent(`${ORIGIN}/articles`)}`,
    "/api/annotations/abc/",
    "/x?flag&a=1&&b=",
  ])("%s passes", (url) => {
    expect(check(url)).toBeNull();
  });

  it("judges callbackUrl values", () => {
    expect(isSameSiteCallback("/articles", ORIGIN)).toBe(true);
    expect(isSameSiteCallback("//evil.example", ORIGIN)).toBe(false);
    expect(isSameSiteCallback("/\\evil.example", ORIGIN)).toBe(false);
    expect(isSameSiteCallback("javascript:alert(1)", ORIGIN)).toBe(false);
    expect(isSameSiteCallback(`${ORIGIN}/x`, ORIGIN)).toBe(true);
  });
});

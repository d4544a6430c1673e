import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, isApiTokenShape, readBearerToken } from "./token";

describe("API tokens", () => {
  it("are fdk_ plus 32 random bytes in base64url, different every time", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(4), "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(isApiTokenShape(a)).toBe(true);
  });

  it("are stored as a SHA-256 hex digest, never as themselves", () => {
    const token = generateApiToken();
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    expect(hashApiToken(token)).not.toContain(token.slice(4));
    // a known vector, so a change of algorithm cannot slip through and lock every integration out
    expect(hashApiToken("fdk_test")).toBe("a861fa8f79f00eb3fa3a68229ef0ce811a9adac9fbe8820eaa3939c1d86667ae");
  });

  it.each([
    ["Bearer TOKEN", true],
    ["bearer TOKEN", true],
    ["Bearer   TOKEN  ", true],
    ["Basic TOKEN", false],
    ["TOKEN", false],
    ["Bearer", false],
    ["Bearer fdk_short", false],
    ["Bearer TOKEN extra", false],
  ])("reads %j as a bearer token: %s", (header, ok) => {
    const token = generateApiToken();
    const value = header.replace("TOKEN", token);
    expect(readBearerToken(value)).toBe(ok ? token : null);
  });

  it("reads nothing from a missing header", () => {
    expect(readBearerToken(null)).toBeNull();
    expect(readBearerToken(undefined)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { checkRequestOrigin, originCheckInputOf, type OriginCheckInput } from "./request-origin";

const base: OriginCheckInput = {
  method: "POST",
  origin: "https://desk.example.org",
  secFetchSite: "same-origin",
  host: "desk.example.org",
  hasSessionCookie: true,
};
const verdict = (change: Partial<OriginCheckInput>) => checkRequestOrigin({ ...base, ...change }).allowed;

describe("checkRequestOrigin", () => {
  it("lets our own pages change things", () => {
    expect(verdict({})).toBe(true);
    expect(verdict({ origin: "http://127.0.0.1:3530", host: "127.0.0.1:3530" })).toBe(true);
    expect(verdict({ origin: "https://Desk.Example.org", host: "desk.example.org" })).toBe(true);
  });

  it("refuses another origin, whatever the method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(verdict({ method, origin: "https://evil.example" })).toBe(false);
    expect(verdict({ origin: "https://desk.example.org.evil.example" })).toBe(false);
    expect(verdict({ origin: "http://desk.example.org:8080" })).toBe(false);
    expect(verdict({ origin: "null" })).toBe(false);
    expect(checkRequestOrigin({ ...base, origin: "https://evil.example" })).toMatchObject({
      allowed: false,
      reason: "Requests from https://evil.example may not change anything here.",
    });
  });

  it("never blocks reading", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(verdict({ method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(true);
  });

  it("without Origin, trusts Fetch Metadata, and refuses a cookie-carrying request that has neither", () => {
    expect(verdict({ origin: null, secFetchSite: "same-origin" })).toBe(true);
    expect(verdict({ origin: null, secFetchSite: "cross-site" })).toBe(false);
    expect(verdict({ origin: null, secFetchSite: "same-site" })).toBe(false);
    expect(verdict({ origin: null, secFetchSite: null, hasSessionCookie: true })).toBe(false);
    // curl or a bearer-token client: no cookie to ride on, the route's own authentication decides
    expect(verdict({ origin: null, secFetchSite: null, hasSessionCookie: false })).toBe(true);
  });
});

describe("originCheckInputOf", () => {
  it("reads the forwarded host and recognises the session cookie in either form", () => {
    const headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "desk.example.org",
      cookie: "a=1; __Secure-authjs.session-token=xyz",
    });
    expect(originCheckInputOf({ method: "POST", headers })).toMatchObject({
      host: "desk.example.org",
      hasSessionCookie: true,
    });
    expect(
      originCheckInputOf({ method: "POST", headers: new Headers({ host: "h", cookie: "authjs.session-token.0=abc" }) })
        .hasSessionCookie,
    ).toBe(true);
    expect(
      originCheckInputOf({ method: "POST", headers: new Headers({ host: "h", cookie: "authjs.csrf-token=abc" }) })
        .hasSessionCookie,
    ).toBe(false);
  });
});

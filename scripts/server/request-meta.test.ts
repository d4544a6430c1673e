import { describe, expect, it } from "vitest";
import {
  appendPeerAddress,
  levelForRequest,
  loggablePath,
  peerAddressOf,
  requestIdFor,
  serverTimingHeader,
  trustedProxyHopsFrom,
} from "./request-meta.mjs";

describe("appendPeerAddress", () => {
  it("puts the socket's address last, after whatever the client sent", () => {
    const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": "6.6.6.6" };
    appendPeerAddress(headers, "::ffff:10.1.2.3");
    expect(headers["x-forwarded-for"]).toBe("6.6.6.6, 10.1.2.3");
  });

  it("fills the header when the client sent none", () => {
    const headers: Record<string, string | undefined> = {};
    appendPeerAddress(headers, "::1");
    expect(headers["x-forwarded-for"]).toBe("::1");
  });
});

describe("requestIdFor", () => {
  it("makes a new id when no proxy is trusted, whatever the client sent", () => {
    const id = requestIdFor("client-chosen", 0);
    expect(id).not.toBe("client-chosen");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a trusted proxy's id when it looks like one", () => {
    expect(requestIdFor("f3a9c2e1-proxy.42", 1)).toBe("f3a9c2e1-proxy.42");
  });

  it.each(["has space", "line\nbreak", "x".repeat(129), "", "<script>"])(
    "replaces an id that could forge a log line (%j)",
    (offered) => {
      expect(requestIdFor(offered, 1)).not.toBe(offered);
    },
  );
});

describe("loggablePath", () => {
  it("never carries the query string or fragment", () => {
    expect(loggablePath("/signin?callbackUrl=/x&token=abc#frag")).toBe("/signin");
  });

  it("replaces ids and tokens in the path by :id", () => {
    expect(loggablePath("/r/demo/cmh0v1c2d0001abcd1234efgh")).toBe("/r/demo/:id");
    expect(loggablePath("/invite/Zx8_2kq9PfL0aB3cD4eF5gH6iJ7kL8mN")).toBe("/invite/:id");
    expect(loggablePath("/api/annotations/cmh0v1c2d0001abcd1234efgh/")).toBe("/api/annotations/:id/");
  });

  it("keeps the words of a route", () => {
    expect(loggablePath("/settings/members")).toBe("/settings/members");
    expect(loggablePath("/_next/static/chunks/main.js")).toBe("/_next/static/chunks/main.js");
  });

  it("bounds a huge path", () => {
    expect(loggablePath(`/${"a/".repeat(10_000)}`).length).toBeLessThanOrEqual(201);
  });
});

describe("levels and hops", () => {
  it("keeps load balancer probes out of the info log", () => {
    expect(levelForRequest("/api/ready", 200)).toBe("debug");
    expect(levelForRequest("/api/ready", 503)).toBe("error");
    expect(levelForRequest("/r/demo/:id", 404)).toBe("info");
  });

  it("reads TRUSTED_PROXY_HOPS as 0 when unset and refuses anything but a whole number from 0 to 10", () => {
    expect([undefined, "", "0", " 2 "].map(trustedProxyHopsFrom)).toEqual([0, 0, 0, 2]);
    for (const bad of ["-1", "1.5", "abc", "11", "1e1", "0x2"])
      expect(() => trustedProxyHopsFrom(bad), bad).toThrow(/^TRUSTED_PROXY_HOPS must be a whole number from 0 to 10/);
  });

  it("writes an IPv4 peer on a dual-stack socket plainly", () => {
    expect(peerAddressOf("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(peerAddressOf(undefined)).toBe("unknown");
  });
});

describe("serverTimingHeader", () => {
  it("lists the app's phases, then the time until the headers, after any the response carries already", () => {
    expect(serverTimingHeader(undefined, [{ name: "verify", ms: 35.04 }], 120.46)).toBe("verify;dur=35, app;dur=120.5");
    expect(serverTimingHeader("inner;dur=4", [{ name: "signin", ms: 80 }], 90)).toBe(
      "inner;dur=4, signin;dur=80, app;dur=90",
    );
  });

  it("sends nothing for a request that timed nothing", () => {
    expect(serverTimingHeader(undefined, undefined, 12)).toBeNull();
    expect(serverTimingHeader("x;dur=1", [], 12)).toBeNull();
  });
});

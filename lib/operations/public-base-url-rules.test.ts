import { describe, expect, it } from "vitest";
import { publicBaseUrlFrom } from "./public-base-url-rules";

const local = { configured: undefined, port: 3999, trustedProxyHops: 0 };

describe("publicBaseUrlFrom", () => {
  it("uses PUBLIC_BASE_URL when set, without a trailing slash", () => {
    expect(
      publicBaseUrlFrom({ ...local, configured: "https://checks.example.org/", forwardedHost: "evil.example" }),
    ).toBe("https://checks.example.org");
  });

  it("uses the local port when nothing is configured and no proxy is trusted", () => {
    expect(publicBaseUrlFrom(local)).toBe("http://localhost:3999");
  });

  it("ignores a forwarded host a client sent when no proxy is trusted", () => {
    expect(publicBaseUrlFrom({ ...local, forwardedHost: "evil.example", forwardedProto: "https" })).toBe(
      "http://localhost:3999",
    );
  });

  it("uses a trusted proxy's forwarded host and scheme", () => {
    expect(
      publicBaseUrlFrom({
        ...local,
        trustedProxyHops: 1,
        forwardedHost: "Checks.Example.org",
        forwardedProto: "https",
      }),
    ).toBe("https://checks.example.org");
    expect(
      publicBaseUrlFrom({ ...local, trustedProxyHops: 1, forwardedHost: "127.0.0.1:8080", forwardedProto: "http" }),
    ).toBe("http://127.0.0.1:8080");
    expect(publicBaseUrlFrom({ ...local, trustedProxyHops: 1, forwardedHost: "[::1]:8080" })).toBe("http://[::1]:8080");
  });

  it("takes the nearest proxy's entry when a forwarded header holds a list", () => {
    expect(
      publicBaseUrlFrom({
        ...local,
        trustedProxyHops: 1,
        forwardedHost: "client-said.example, checks.example.org",
        forwardedProto: "http, https",
      }),
    ).toBe("https://checks.example.org");
  });

  it.each(["evil.example/path", "user@evil.example", "evil.example:99999999", "a b", "evil.example\\@x", ""])(
    "refuses a forwarded host that is not a host (%j)",
    (forwardedHost) => {
      expect(publicBaseUrlFrom({ ...local, trustedProxyHops: 1, forwardedHost })).toBe("http://localhost:3999");
    },
  );

  it("treats any scheme other than https as http", () => {
    expect(
      publicBaseUrlFrom({
        ...local,
        trustedProxyHops: 2,
        forwardedHost: "checks.example.org",
        forwardedProto: "javascript",
      }),
    ).toBe("http://checks.example.org");
  });
});

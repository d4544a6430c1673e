import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

const headersOf = (init: Record<string, string>) => new Headers(init);

describe("clientAddressFrom", () => {
  it("takes the address our one proxy appended, not what the client wrote before it", () => {
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("counts back the configured number of proxies (CDN in front of the load balancer)", () => {
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 198.51.100.7" }), 2)).toBe("203.0.113.9");
    // fewer entries than proxies: the leftmost is the best there is
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to a fixed bucket", () => {
    expect(clientAddressFrom(headersOf({ "x-real-ip": "203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": " , " }), 1)).toBe("unknown");
    expect(clientAddressFrom(headersOf({}), 1)).toBe("unknown");
  });
});

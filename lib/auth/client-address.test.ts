import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

// scripts/server.mjs appends the socket's address last; these headers are what the app sees after it did.
const headersOf = (init: Record<string, string>) => new Headers(init);

describe("clientAddressFrom", () => {
  it("without a proxy (0 hops) takes the socket's address, whatever the client wrote before it", () => {
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), 0)).toBe("203.0.113.9");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 3.3.3.3, 203.0.113.9" }), 0)).toBe(
      "203.0.113.9",
    );
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("203.0.113.9");
  });

  it("with N proxies takes the entry N places before the last (the address the outermost proxy saw)", () => {
    // client wrote 6.6.6.6; the proxy saw 203.0.113.9; the socket is the proxy's own 10.0.0.5
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.5" }), 1)).toBe(
      "203.0.113.9",
    );
    // a CDN in front of the load balancer
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 198.51.100.7, 10.0.0.5" }), 2)).toBe(
      "203.0.113.9",
    );
    // fewer entries than proxies: the leftmost, still written by our side
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": "10.0.0.5" }), 3)).toBe("10.0.0.5");
  });

  it("never reads X-Real-IP (a header any client can send) and has a fixed bucket without any address", () => {
    expect(clientAddressFrom(headersOf({ "x-real-ip": "203.0.113.9" }), 0)).toBe("unknown");
    expect(clientAddressFrom(headersOf({ "x-forwarded-for": " , " }), 0)).toBe("unknown");
    expect(clientAddressFrom(headersOf({}), 0)).toBe("unknown");
  });
});

import { describe, expect, it } from "vitest";
import { linkStateOf } from "./state";

describe("linkStateOf", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const later = new Date("2026-12-03T12:00:00Z");
  it("names every state, used and revoked before expired", () => {
    expect(linkStateOf(null, now)).toBe("unknown");
    expect(linkStateOf({ expiresAt: later, usedAt: null, revokedAt: null }, now)).toBe("valid");
    expect(linkStateOf({ expiresAt: now, usedAt: null, revokedAt: null }, now)).toBe("expired");
    expect(linkStateOf({ expiresAt: new Date(0), usedAt: now, revokedAt: null }, now)).toBe("used");
    expect(linkStateOf({ expiresAt: new Date(0), usedAt: null, revokedAt: now }, now)).toBe("revoked");
    expect(linkStateOf({ expiresAt: later, usedAt: null }, now)).toBe("valid");
  });
});

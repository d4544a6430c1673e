import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, readNonce } from "./content-security-policy";

const directivesOf = (policy: string) =>
  new Map(
    policy.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name, values];
    }),
  );

describe("buildContentSecurityPolicy", () => {
  it("runs only scripts carrying the nonce and shuts framing, plugins, base and foreign form targets", () => {
    const policy = directivesOf(buildContentSecurityPolicy({ nonce: "abc123" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("without a nonce allows our own script files only, and no inline script or style element", () => {
    const policy = directivesOf(buildContentSecurityPolicy());
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("style-src-elem")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("allows eval only for the development server", () => {
    expect(directivesOf(buildContentSecurityPolicy({ nonce: "n", isDevelopment: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });
});

describe("nonces", () => {
  it("are fresh, 128-bit and read back from the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    const nonce = createNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(readNonce(buildContentSecurityPolicy({ nonce }))).toBe(nonce);
    expect(readNonce(null)).toBeUndefined();
    expect(readNonce("default-src 'self'")).toBeUndefined();
  });
});

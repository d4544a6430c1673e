import { describe, expect, it } from "vitest";
import { buildPayloads, countPayloadsByKind, XSS_PAYLOADS } from "../support/xss-payloads";

describe("the XSS payload list", () => {
  it("holds at least 100 payloads, several of every kind, numbered 1..n without gaps or repeats", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    for (const [kind, count] of Object.entries(countPayloadsByKind())) expect(count, kind).toBeGreaterThanOrEqual(5);
    expect(XSS_PAYLOADS.map((p) => p.id)).toEqual(XSS_PAYLOADS.map((_, i) => i + 1));
    expect(new Set(XSS_PAYLOADS.map((p) => p.text)).size).toBe(XSS_PAYLOADS.length);
  });

  it("every payload runs the sentinel with its own number (so an execution names the payload)", () => {
    const a = buildPayloads((n) => `first${n}()`);
    const b = buildPayloads((n) => `second${n}()`);
    a.forEach((payload, i) => expect(payload.text, `payload ${payload.id}`).not.toBe(b[i].text));
    const plain = XSS_PAYLOADS.filter((p) => p.text.includes(`__xss(${p.id});alert(${p.id})`));
    expect(plain.length).toBeGreaterThan(XSS_PAYLOADS.length * 0.8); // the rest carry it encoded (entities, base64, %)
  });
});

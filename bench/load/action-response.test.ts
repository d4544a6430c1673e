import { describe, expect, it } from "vitest";
import { parseActionResponse } from "../../e2e/app-http";
import { claimSlot } from "./reviewer-mix";
import { countServerErrors, newStats, percentile, record } from "./operation-stats";

// A server action's answer as `next start` sends it (Next 16): row 0 is the envelope, row 1 the returned value.
const answer = (value: string) => `0:{"a":"$@1","q":"","i":false,"b":"FqFfkXw_2eTb4TgQQO5nV"}\n1:${value}\n`;

describe("parseActionResponse", () => {
  it("reads an acknowledged result and a refusal", () => {
    expect(parseActionResponse(answer('{"ok":true,"data":{"id":"c1","lockVersion":2}}'))).toEqual({
      ok: true,
      data: { id: "c1", lockVersion: 2 },
    });
    expect(
      parseActionResponse(
        answer('{"ok":false,"code":"CONFLICT","message":"Someone saved first.","details":"$undefined"}'),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("returns null for anything that is not an action result: an HTML page, an empty object, a cut-off body", () => {
    expect(parseActionResponse("<!DOCTYPE html><html>…</html>")).toBeNull();
    expect(parseActionResponse("{}")).toBeNull();
    expect(parseActionResponse(answer('{"ok":true,"da'))).toBeNull();
    expect(parseActionResponse('0:{"a":"$@1"}\n')).toBeNull();
  });
});

describe("claimSlot", () => {
  it("gives every create on an article its own range inside the text", () => {
    const length = 2778;
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const { start, end } = claimSlot(i, length);
      expect(end).toBeLessThanOrEqual(length);
      expect(end - start).toBeGreaterThanOrEqual(20);
      seen.add(`${start}-${end}`);
    }
    expect(seen.size).toBe(20_000);
  });
});

describe("operation stats", () => {
  it("takes nearest-rank percentiles and counts 5xx, lost connections and UNAVAILABLE refusals as server errors, not conflicts", () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
    const stats = newStats();
    record(stats, 10, "ok");
    record(stats, 10, "CONFLICT");
    record(stats, 10, "503");
    record(stats, 0, "connection error");
    record(stats, 2000, "UNAVAILABLE");
    expect(countServerErrors([stats])).toBe(3);
  });
});

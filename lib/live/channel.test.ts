import { describe, expect, it } from "vitest";
import { formatLiveNotification, parseLiveNotification } from "./channel";
import { isEmbeddedPostgres } from "./database-kind";
import { reconnectDelay, RECONNECT_MAX_MS } from "./backoff";

describe("live notifications", () => {
  it("round-trips every kind and ignores anything else on the channel", () => {
    for (const n of [
      { kind: "change", articleId: "a1", eventId: "e1" },
      { kind: "presence", articleId: "a1" },
      { kind: "probe", probeId: "p1" },
    ] as const)
      expect(parseLiveNotification(formatLiveNotification(n))).toEqual(n);
    for (const bad of [
      undefined,
      "",
      "not json",
      "{}",
      '{"kind":"change","articleId":"a1"}',
      '{"kind":"drop","articleId":"a"}',
      "null",
    ]) {
      expect(parseLiveNotification(bad)).toBeNull();
    }
  });

  it("parses the trigger's json_build_object output", () => {
    expect(parseLiveNotification('{"kind" : "change", "articleId" : "cm1", "eventId" : "cm2"}')).toEqual({
      kind: "change",
      articleId: "cm1",
      eventId: "cm2",
    });
  });
});

describe("database kind", () => {
  it.each([
    [
      "PostgreSQL 17.5 on wasm32-unknown-linux-gnu, compiled by emcc (Emscripten gcc/clang-like replacement) 3.1.74, 32-bit",
      true,
    ],
    ["PostgreSQL 15.20 (Debian 15.20-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc 12.2.0, 64-bit", false],
    ["PostgreSQL 16.4 on aarch64-unknown-linux-gnu", false],
  ])("%s → embedded %s", (version, embedded) => {
    expect(isEmbeddedPostgres(version)).toBe(embedded);
  });
});

describe("reconnect backoff", () => {
  it("doubles from 0.5 s, caps at 30 s and jitters down by at most 20 %", () => {
    expect([0, 1, 2, 3].map((a) => reconnectDelay(a, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(reconnectDelay(20, () => 0)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(0, () => 1)).toBe(400);
    expect(reconnectDelay(-3, () => 0)).toBe(500);
  });
});

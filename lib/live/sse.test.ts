import { describe, expect, it } from "vitest";
import { formatSseComment, formatSseEvent } from "./sse";

describe("SSE framing", () => {
  it("writes id, event and one data line of JSON, ended by a blank line", () => {
    expect(formatSseEvent({ event: "change", id: "e1", data: { a: "line\nbreak" } })).toBe(
      'id: e1\nevent: change\ndata: {"a":"line\\nbreak"}\n\n',
    );
    expect(formatSseEvent({ event: "ready", data: null, retryMs: 2000 })).toBe(
      "retry: 2000\nevent: ready\ndata: null\n\n",
    );
  });

  it("refuses names and ids that would forge fields", () => {
    expect(() => formatSseEvent({ event: "change\ndata: x", data: 1 })).toThrow();
    expect(() => formatSseEvent({ event: "change", id: "e1\r\nevent: evil", data: 1 })).toThrow();
  });

  it("keeps comments on one line", () => {
    expect(formatSseComment("keep\nalive")).toBe(": keep alive\n\n");
  });
});

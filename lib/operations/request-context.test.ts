import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { logRequestError, noteRequestOrganization, noteRequestTiming, timed } from "./request-context";

// The contract with scripts/server.mjs: it puts an AsyncLocalStorage and its logger on globalThis under these keys.
const CONTEXT_KEY = Symbol.for("factdesk.request-context");
const LOG_KEY = Symbol.for("factdesk.log");
const holder = globalThis as Record<symbol, unknown>;

afterEach(() => {
  delete holder[CONTEXT_KEY];
  delete holder[LOG_KEY];
});

function serverStandIn() {
  const storage = new AsyncLocalStorage<{ requestId: string; orgId?: string }>();
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  const record = (fields: Record<string, unknown>, message: string) => lines.push({ fields, message });
  holder[CONTEXT_KEY] = storage;
  holder[LOG_KEY] = { info: record, warn: record, error: record };
  return { storage, lines };
}

describe("request context", () => {
  it("notes the organization on the current request only", async () => {
    const { storage } = serverStandIn();
    const first = { requestId: "a" } as { requestId: string; orgId?: string };
    const second = { requestId: "b" } as { requestId: string; orgId?: string };
    await Promise.all([
      storage.run(first, async () => {
        await new Promise((r) => setTimeout(r, 5));
        noteRequestOrganization("org-1");
      }),
      storage.run(second, async () => {
        noteRequestOrganization("org-2");
      }),
    ]);
    expect(first.orgId).toBe("org-1");
    expect(second.orgId).toBe("org-2");
  });

  it("logs an error with the request's id, route, organization and digest", () => {
    const { storage, lines } = serverStandIn();
    storage.run({ requestId: "req-9", orgId: "org-3" }, () => {
      logRequestError(Object.assign(new Error("boom"), { digest: "123" }), {
        method: "GET",
        routePath: "/r/[org]/[article]",
        routeType: "route",
      });
    });
    expect(lines).toHaveLength(1);
    expect(lines[0].message).toBe("request error");
    expect(lines[0].fields).toMatchObject({
      requestId: "req-9",
      orgId: "org-3",
      method: "GET",
      route: "/r/[org]/[article]",
      err: { type: "Error", message: "boom", digest: "123" },
    });
  });

  it("is a no-op outside the server (tests, scripts)", () => {
    expect(() => noteRequestOrganization("org-1")).not.toThrow();
  });
});

describe("request timings", () => {
  it("notes each phase on the current request, also when the phase throws", async () => {
    const { storage } = serverStandIn();
    const context: { requestId: string; timings?: { name: string; ms: number }[] } = { requestId: "t" };
    await storage.run(context, async () => {
      expect(await timed("verify", async () => 7)).toBe(7);
      await expect(timed("session", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    });
    expect(context.timings?.map((t) => t.name)).toEqual(["verify", "session"]);
    expect(context.timings?.every((t) => t.ms >= 0)).toBe(true);
  });

  it("refuses a name that is not a header token, and is a no-op outside the server", () => {
    expect(() => noteRequestTiming("two words", 1)).toThrow(/not a Server-Timing metric name/);
    expect(() => noteRequestTiming("verify", 1)).not.toThrow();
  });
});

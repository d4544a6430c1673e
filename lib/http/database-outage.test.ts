import { afterEach, describe, expect, it } from "vitest";
import { markDatabaseDown, markDatabaseUp, registerDatabaseProbe } from "@/lib/database-health";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, toActionFailure } from "@/lib/errors";
import { outageResponseFor } from "./database-outage";

const page = new Request("http://desk.test/articles", { headers: { accept: "text/html" } });

afterEach(() => markDatabaseUp());

describe("outage answers", () => {
  it("let everything through while the database answers", () => {
    expect(outageResponseFor(page, "/articles")).toBeNull();
  });

  it("answer 503 at once while it is down: a page for browsers, JSON for API clients, nothing for server actions", async () => {
    registerDatabaseProbe(() => new Promise(() => {}));
    markDatabaseDown();
    const html = outageResponseFor(page, "/articles")!;
    expect(html.status).toBe(503);
    expect(html.headers.get("retry-after")).toBe("5");
    expect(await html.text()).toContain(DATABASE_UNAVAILABLE_MESSAGE);
    const api = outageResponseFor(
      new Request("http://desk.test/api/annotations/x/", { method: "POST" }),
      "/api/annotations/x/",
    )!;
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
    expect(
      outageResponseFor(
        new Request("http://desk.test/articles", { method: "POST", headers: { "next-action": "abc" } }),
        "/articles",
      ),
    ).toBeNull();
  });

  it("show the request id a person can quote, escaped", async () => {
    registerDatabaseProbe(() => new Promise(() => {}));
    markDatabaseDown();
    const html = outageResponseFor(
      new Request("http://desk.test/articles", { headers: { accept: "text/html", "x-request-id": "req-1<b>" } }),
      "/articles",
    )!;
    expect(await html.text()).toContain("Request id: <code>req-1&lt;b&gt;</code>");
    const api = outageResponseFor(
      new Request("http://desk.test/api/x", { headers: { "x-request-id": "req-2" } }),
      "/api/x",
    )!;
    expect(await api.json()).toMatchObject({ error: "UNAVAILABLE", requestId: "req-2" });
  });
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma P1001", { code: "P1001", message: "Can't reach database server at 127.0.0.1:5499" }],
    ["adapter kind", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
    ["admin shutdown", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["pg connection end", new Error("Connection terminated unexpectedly")],
    ["busy pool", new Error("timeout exceeded when trying to connect")],
    [
      "pooled client whose connection broke",
      Object.assign(new Error("Client has encountered a connection error and is not queryable"), {
        clientVersion: "7.10.1",
      }),
    ],
    ["refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5499"), { code: "ECONNREFUSED" })],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toActionFailure(error)).toEqual({ ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it("leaves other failures alone", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

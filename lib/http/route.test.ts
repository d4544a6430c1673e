import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { preflight, PUBLIC_READ, readQueryParams, route } from "./route";

const request = new Request("http://desk.test/api/thing?x=1");
const context = { params: Promise.resolve({ id: "a1" }) };

describe("route()", () => {
  it("passes the handler's response and params through", async () => {
    const GET = route<{ id: string }>(async (_request, { params }) => Response.json({ id: (await params).id }));
    const response = await GET(request, context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "a1" });
  });

  it("answers an AppError with its status and a small JSON body", async () => {
    const GET = route(() => {
      throw new AppError("NOT_FOUND", { untranslated: "No such article." }, { path: "id" });
    });
    const response = await GET(request);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "NOT_FOUND", message: "No such article.", path: "id" });
  });

  it("answers a ZodError with 400 naming the bad parameter", async () => {
    const GET = route(() => {
      z.object({ page: z.number({ error: "page must be a number" }) }).parse({ page: "x" });
      return new Response();
    });
    const response = await GET(request);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "INVALID", message: "page must be a number", parameter: "page" });
  });

  it("never shows a stack trace for an unexpected failure", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const GET = route(async () => {
      throw new TypeError("secret internals at /srv/app/lib/x.ts:12");
    });
    const response = await GET(request);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(text).not.toMatch(/secret internals|\.ts:\d+|at /);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("adds CORS headers to successes and failures alike, and answers the preflight", async () => {
    const ok = await route(() => new Response("{}"), { cors: PUBLIC_READ })(request);
    const failed = await route(
      () => {
        throw new AppError("INVALID", { untranslated: "bad" });
      },
      { cors: PUBLIC_READ },
    )(request);
    for (const response of [ok, failed]) {
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    }
    const options = preflight(PUBLIC_READ)();
    expect(options.status).toBe(204);
    expect(options.headers.get("access-control-max-age")).toBe("86400");
  });

  it("lets a route answer failures its own way (an HTML page)", async () => {
    const GET = route(
      () => {
        throw new AppError("NOT_FOUND", { untranslated: "gone" });
      },
      { onError: () => new Response("<p>Not found</p>", { status: 404 }) },
    );
    const response = await GET(request);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<p>Not found</p>");
  });
});

describe("readQueryParams", () => {
  it("drops empty fields and keeps the first of a repeated one", () => {
    expect(readQueryParams(new URLSearchParams("a=1&b=&a=2&c=x"))).toEqual({ a: "1", c: "x" });
  });
});

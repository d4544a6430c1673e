import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { computeEtag } from "./etag";
import { ProtocolError, preflightResponse, representationResponse, toProblemResponse, withoutBody } from "./responses";

const body = { id: "http://x.test/a", type: "Annotation" };
const request = (method: string, headers: Record<string, string> = {}) =>
  new Request("http://x.test/a", { method, headers });

describe("representations", () => {
  it("carry the content type, CORS headers and an ETag hashed from the body", async () => {
    const res = representationResponse(request("GET"), body, {
      contentType: "application/ld+json",
      headers: { Vary: "Accept" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(computeEtag(JSON.stringify(body)));
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
    expect(await res.json()).toEqual(body);
  });

  it("answer 304 without a body to a matching If-None-Match, on GET and HEAD only", async () => {
    const etag = computeEtag(JSON.stringify(body));
    for (const method of ["GET", "HEAD"]) {
      const res = representationResponse(request(method, { "If-None-Match": etag }), body, {
        contentType: "application/json",
        headers: { Vary: "Accept" },
      });
      expect(res.status).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("vary")).toBe("Accept");
      expect(await res.text()).toBe("");
    }
    const post = representationResponse(request("POST", { "If-None-Match": etag }), body, {
      status: 201,
      contentType: "application/json",
    });
    expect(post.status).toBe(201);
  });

  it("leave the body out for HEAD but keep every header", async () => {
    const res = representationResponse(request("HEAD"), body, { contentType: "application/json" });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    expect(await res.text()).toBe("");
  });

  it("use a given ETag instead of the body's hash (drafts)", () => {
    expect(
      representationResponse(request("POST"), body, { contentType: "application/json", etag: '"v1"' }).headers.get(
        "etag",
      ),
    ).toBe('"v1"');
  });
});

describe("problems", () => {
  it.each([
    [new AppError("NOT_FOUND", { untranslated: "No such thing." }), 404, "NOT_FOUND"],
    [new AppError("INVALID", { untranslated: "Invalid annotation at target" }, { path: "target" }), 400, "INVALID"],
    [new AppError("FORBIDDEN", { untranslated: "Other org." }), 403, "FORBIDDEN"],
    [new AppError("CONFLICT", { untranslated: "Published." }), 409, "CONFLICT"],
    [new ProtocolError(412, "PRECONDITION_FAILED", "Stale."), 412, "PRECONDITION_FAILED"],
    [new ProtocolError(428, "PRECONDITION_REQUIRED", "Send If-Match."), 428, "PRECONDITION_REQUIRED"],
  ])("%s → %i", async (error, status, code) => {
    const res = toProblemResponse(error);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const json = await res.json();
    expect(json).toMatchObject({ error: code, message: error.message });
    if (error instanceof AppError && error.details?.path) expect(json.path).toBe("target");
  });

  it("challenge for a bearer token on 401", () => {
    const res = toProblemResponse(new AppError("UNAUTHENTICATED", { untranslated: "Send a token." }));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("hide the details of unexpected errors", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const res = toProblemResponse(new Error("password=hunter2 at db.ts:12"));
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain("hunter2");
    } finally {
      console.error = original;
    }
  });

  it("keep status and headers for HEAD, without the body", async () => {
    const res = withoutBody(toProblemResponse(new AppError("NOT_FOUND", { untranslated: "No." })));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/json/);
    expect(await res.text()).toBe("");
  });
});

describe("CORS preflight", () => {
  it("allows the methods of the resource and the headers writes need", () => {
    const res = preflightResponse("GET, HEAD, OPTIONS, POST");
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS, POST");
    for (const header of ["Authorization", "If-Match", "Prefer", "Content-Type"])
      expect(res.headers.get("access-control-allow-headers")).toContain(header);
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

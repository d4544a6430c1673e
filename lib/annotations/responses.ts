import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/errors";
import { computeEtag, matchesIfNoneMatch } from "./etag";

// HTTP shells of the annotation service: CORS, problem bodies, conditional GET. Pure (web Response only).

/**
 * Statuses that exist only at the HTTP boundary (406, 412, 413, 415, 422, 428). Domain code keeps throwing
 * AppError; this is thrown only by the route shells in lib/annotations and never leaves them.
 */
export class ProtocolError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ProtocolError";
  }
}

// Reads are public; writes carry a bearer token, never cookies, so any origin may call us.
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Link, Allow, Accept-Post, Preference-Applied, Location, Content-Location, Vary, WWW-Authenticate",
};
const PREFLIGHT_MAX_AGE_S = "600";
const CORS_REQUEST_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, Prefer";

export const AUTH_CHALLENGE = 'Bearer realm="FactDesk annotations"';

export function isPreflight(request: Request): boolean {
  return request.method === "OPTIONS" && request.headers.has("access-control-request-method");
}

export function preflightResponse(allow: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": allow,
      "Access-Control-Allow-Headers": CORS_REQUEST_HEADERS,
      "Access-Control-Max-Age": PREFLIGHT_MAX_AGE_S,
      Allow: allow,
    },
  });
}

/** A JSON problem body `{ error, message, path? }` with CORS headers. */
export function problemResponse(
  status: number,
  error: string,
  message: string,
  options: { path?: string; headers?: Record<string, string> } = {},
): Response {
  const body = JSON.stringify({ error, message, ...(options.path ? { path: options.path } : {}) });
  return new Response(body, {
    status,
    headers: {
      ...CORS_HEADERS,
      ...options.headers,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}

/** Maps anything thrown by a handler to a problem response; never a stack trace. */
export function toProblemResponse(e: unknown): Response {
  if (e instanceof ProtocolError) return problemResponse(e.status, e.code, e.message, { headers: e.headers });
  if (e instanceof AppError) {
    const path = typeof e.details?.path === "string" ? e.details.path : undefined;
    const headers: Record<string, string> = e.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": AUTH_CHALLENGE } : {};
    return problemResponse(e.status, e.code, e.message, { path, headers });
  }
  if (isDatabaseUnavailable(e))
    return problemResponse(503, "UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, { headers: { "Retry-After": "5" } });
  console.error(e);
  return problemResponse(500, "INTERNAL", "Something went wrong on the server; try again.");
}

export async function withProblems(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    return toProblemResponse(e);
  }
}

/**
 * A JSON(-LD) representation with its ETag (a hash of the body unless given), answering 304 to a matching
 * If-None-Match on GET/HEAD and leaving the body out for HEAD.
 */
export function representationResponse(
  request: Request,
  body: unknown,
  init: { status?: number; contentType: string; headers?: Record<string, string>; etag?: string },
): Response {
  const json = JSON.stringify(body);
  const etag = init.etag ?? computeEtag(json);
  const headers = { ...CORS_HEADERS, ...init.headers, ETag: etag };
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (isRead && matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : json, {
    status: init.status ?? 200,
    headers: { ...headers, "Content-Type": init.contentType },
  });
}

/** For HEAD: the same status and headers as GET, without a body (RFC 9110 §9.3.2), problems included. */
export function withoutBody(response: Response): Response {
  return response.body === null ? response : new Response(null, { status: response.status, headers: response.headers });
}

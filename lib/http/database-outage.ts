import { databaseDownFor } from "@/lib/database-health";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/errors";
import { escapeHtml } from "@/lib/http/html";

// While the database is known to be away (lib/database-health.ts), proxy.ts answers here at once: 503 with
// Retry-After, JSON for API clients, a small self-contained page for browsers. Server actions pass through: their
// wrapper (lib/run-action.ts) turns the failure into an UNAVAILABLE result the form shows beside the kept input.

const RETRY_AFTER_S = "5";

const page = (requestId: string | null) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_S}"><title>Temporarily unavailable · FactDesk</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}</style>
</head><body><main><h1>FactDesk is temporarily unavailable</h1>
<p>${DATABASE_UNAVAILABLE_MESSAGE}</p><p>This page reloads by itself every few seconds.</p>
${requestId ? `<p style="color:#6b7280;font-size:.875rem">Request id: <code>${escapeHtml(requestId)}</code></p>` : ""}</main></body></html>`;

function wantsJson(request: Request, pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname.startsWith("/feeds/")) return true;
  const accept = request.headers.get("accept") ?? "";
  return !accept.includes("text/html") && /json/.test(accept);
}

export function databaseUnavailableResponse(request: Request, pathname: string): Response {
  const headers = { "Retry-After": RETRY_AFTER_S, "Cache-Control": "no-store" };
  // set by scripts/server.mjs, so a person can quote it and we find the request's log line
  const requestId = request.headers.get("x-request-id");
  if (wantsJson(request, pathname)) {
    return Response.json(
      { error: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, ...(requestId ? { requestId } : {}) },
      { status: 503, headers: { ...headers, "Access-Control-Allow-Origin": "*" } },
    );
  }
  return new Response(page(requestId), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

/** The proxy's answer while the database is down, or null to let the request through. */
export function outageResponseFor(request: Request, pathname: string): Response | null {
  if (databaseDownFor() === null) return null;
  if (request.headers.has("next-action")) return null;
  return databaseUnavailableResponse(request, pathname);
}

import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig, isPublicPath } from "@/lib/auth/config";
import { getEnv } from "@/lib/env";
import { publicBaseUrlFrom } from "@/lib/operations/public-base-url-rules";
import { findBadCharacterInUrl } from "@/lib/http/bad-characters";
import { outageResponseFor } from "@/lib/http/database-outage";
import { buildContentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { checkRequestOrigin, originCheckInputOf } from "@/lib/security/request-origin";
import { logSecurityEvent } from "@/lib/security/security-log";

const { auth } = NextAuth(authConfig);

// Two routes send their own policy: the badge its framable one (next.config.js adds the same), the public reader
// page a nonce-free one (its only script is a file of ours, so one cached copy can serve every reader).
// The bearer-token annotation API is meant to be called from other origins (CORS) and never reads the session cookie.
const sendsOwnPolicy = (pathname: string) => pathname.startsWith("/embed/badge/") || pathname.startsWith("/r/");
const isCrossOriginApi = (pathname: string) => pathname.startsWith("/api/annotations/");
const isServerActionCall = (req: NextRequest) => req.method === "POST" && req.headers.has("next-action");

/**
 * Lets the request through with a fresh nonce: Next reads it from the request's Content-Security-Policy header and
 * puts it on every script it renders; the browser gets the same policy on the response.
 */
function continueWithNonce(req: NextRequest): NextResponse {
  if (sendsOwnPolicy(req.nextUrl.pathname)) return NextResponse.next();
  const policy = buildContentSecurityPolicy({
    nonce: createNonce(),
    isDevelopment: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Convenience only: sends anonymous visitors to sign-in. Every page, action and route checks access itself.
// Auth.js refreshes the session cookie here, so only desk paths go through it. (Its types describe the wrapper as a
// route handler; as a proxy it is called with the request and the fetch event.)
const deskProxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (req.auth?.user) return continueWithNonce(req);
  if (pathname.startsWith("/api/"))
    return NextResponse.json({ error: "UNAUTHENTICATED", message: "Sign in first." }, { status: 401 });
  const url = new URL("/signin", req.nextUrl);
  url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}) as unknown as NextMiddleware;

// Load balancer probes answer for themselves, every second: no session, no outage page, no origin check.
const isProbePath = (pathname: string) => pathname === "/api/health" || pathname === "/api/ready";

export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = req.nextUrl;
  if (isProbePath(pathname)) return NextResponse.next();
  // NUL bytes, broken characters and unsafe callbackUrls in the address: a 400 naming them, before anything runs
  const env = getEnv();
  const publicOrigin = new URL(
    publicBaseUrlFrom({
      configured: env.PUBLIC_BASE_URL,
      port: env.PORT,
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
      forwardedHost: req.headers.get("x-forwarded-host"),
      forwardedProto: req.headers.get("x-forwarded-proto"),
    }),
  ).origin;
  const ownOrigins = [req.nextUrl.origin, publicOrigin];
  // Auth.js's own forms (sign-in, sign-out) post url-encoded fields, the same format as a query string: same check
  const authForm =
    req.method === "POST" &&
    pathname.startsWith("/api/auth/") &&
    /x-www-form-urlencoded/i.test(req.headers.get("content-type") ?? "")
      ? await req.clone().text()
      : "";
  const badAddress =
    findBadCharacterInUrl(pathname, search, ownOrigins) ??
    (authForm ? findBadCharacterInUrl("", authForm, ownOrigins) : null);
  if (badAddress) {
    return NextResponse.json(
      { error: "INVALID", message: badAddress.message, parameter: badAddress.parameter },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  if (pathname.length > 1 && pathname.endsWith("/") && !isCrossOriginApi(pathname)) {
    return NextResponse.redirect(new URL((pathname.replace(/\/+$/, "") || "/") + search, req.nextUrl), 308);
  }
  const outage = outageResponseFor(req, pathname); // a clear 503 at once while the database is away
  if (outage) return outage;
  if (!isCrossOriginApi(pathname)) {
    const origin = checkRequestOrigin(originCheckInputOf(req));
    if (!origin.allowed) {
      logSecurityEvent("cross_site_request_refused", {
        method: req.method,
        path: pathname,
        origin: req.headers.get("origin") ?? "none",
      });
      return NextResponse.json(
        { error: "FORBIDDEN", message: origin.reason },
        { status: 403, headers: { "Cache-Control": "no-store" } },
      );
    }
  }
  // Public responses must carry no Set-Cookie so a CDN may cache them: no session refresh on these paths.
  if (isPublicPath(pathname)) return continueWithNonce(req);
  // A server action reads the session itself (requireViewer) and answers an anonymous caller with UNAUTHENTICATED,
  // which its form shows beside the kept input; a redirect would only lose it. Decrypting and re-issuing the
  // session cookie here as well cost each write about a millisecond of the server's one JavaScript thread.
  if (isServerActionCall(req)) return continueWithNonce(req);
  return deskProxy(req, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};

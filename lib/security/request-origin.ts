import { englishError, errorText, type ErrorText } from "@/lib/i18n/error-text";
// Cross-site request forgery check for requests that change state. Pure: proxy.ts and route handlers pass in the
// request's method and headers. Browsers send Origin on every cross-origin request and on every POST, so a state
// change is refused when Origin names another site; when Origin is missing, Sec-Fetch-Site still tells a
// cross-site request apart. A request without either and without a session cookie (curl, a bearer-token client)
// cannot ride on a signed-in user's cookie, so it passes here and meets the route's own authentication.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheckInput = {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** The host the browser addressed: X-Forwarded-Host behind a reverse proxy, else Host. */
  host: string | null;
  hasSessionCookie: boolean;
};

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string; text: ErrorText };

const refused = (text: ErrorText): OriginVerdict => ({
  allowed: false,
  reason: englishError(text.key, text.values),
  text,
});

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null; // "null" (sandboxed frames, privacy-sensitive redirects) is no origin we trust
  }
}

export function checkRequestOrigin(input: OriginCheckInput): OriginVerdict {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { allowed: true };
  const host = input.host?.toLowerCase() ?? null;
  if (input.origin !== null) {
    if (host !== null && hostOf(input.origin) === host) return { allowed: true };
    return refused(errorText("security.foreignOrigin", { origin: input.origin }));
  }
  if (input.secFetchSite === "cross-site" || input.secFetchSite === "same-site") {
    return refused(errorText("security.crossSite"));
  }
  if (input.hasSessionCookie && input.secFetchSite === null) {
    return refused(errorText("security.originRequired"));
  }
  return { allowed: true };
}

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/** Reads the check's input from a request (Fetch API headers). */
export function originCheckInputOf(request: { method: string; headers: Headers }): OriginCheckInput {
  const { headers } = request;
  return {
    method: request.method,
    origin: headers.get("origin"),
    secFetchSite: headers.get("sec-fetch-site"),
    host: headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host"),
    hasSessionCookie: SESSION_COOKIE.test(headers.get("cookie") ?? ""),
  };
}

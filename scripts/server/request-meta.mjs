// Pure helpers of scripts/server.mjs: what the server adds to each request before Next sees it, and what a log line
// may say about it. Kept apart from the server so they are unit-tested (request-meta.test.ts).
import { randomUUID } from "node:crypto";

// A proxy's id is copied into our log and headers: a bounded, inert alphabet only (no spaces, quotes or newlines).
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * Whole number of trusted proxy hops from TRUSTED_PROXY_HOPS (unset or empty: 0, no proxy trusted). Anything else
 * that is not a whole number from 0 to 10 is refused: a typo must not silently trust, or distrust, a proxy.
 */
export function trustedProxyHopsFrom(value) {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 10) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the reverse proxies in front of the app), not "${value.slice(0, 40)}".`,
    );
  }
  return Number(value);
}

/** A trusted proxy's X-Request-Id when one is in front of us and it looks like an id, otherwise a new one. */
export function requestIdFor(headerValue, trustedHops) {
  const offered = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  if (trustedHops > 0 && typeof offered === "string" && REQUEST_ID_PATTERN.test(offered)) return offered;
  return randomUUID();
}

/** The socket's address as people write it (an IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d). */
export function peerAddressOf(remoteAddress) {
  if (!remoteAddress) return "unknown";
  return remoteAddress.startsWith("::ffff:") && remoteAddress.includes(".") ? remoteAddress.slice(7) : remoteAddress;
}

/**
 * The TCP peer always becomes the LAST entry of X-Forwarded-For (Next keeps a client-sent value as it is, so without
 * this the app could not know the socket address). X-Forwarded-Host/-Proto pass as they are: Auth.js needs them behind
 * a TLS proxy even when TRUSTED_PROXY_HOPS was forgotten (Secure cookies), and a forged value only changes the
 * forger's own answer; public links never read them without a trusted proxy (lib/operations/public-base-url.ts).
 */
export function appendPeerAddress(headers, remoteAddress) {
  const peer = peerAddressOf(remoteAddress);
  const existing = [headers["x-forwarded-for"]].flat().filter(Boolean).join(", ").trim();
  headers["x-forwarded-for"] = existing ? `${existing}, ${peer}` : peer;
}

// A path segment that is an id or a secret (cuid, uuid, token, digest) rather than a word of a route: long, and made
// of letters and digits mixed. Replaced by ":id" so a log line carries the route's shape and never a link's token.
const ID_LIKE_SEGMENT = /^(?=[^/]*\d)[A-Za-z0-9_~.%-]{16,}$/;
const MAX_LOGGED_PATH = 200;

/** The path a log line may carry: no query string or fragment, id-like segments replaced, bounded length. */
export function loggablePath(url) {
  const raw = String(url ?? "/");
  const end = raw.search(/[?#]/);
  const path = end === -1 ? raw : raw.slice(0, end);
  const shaped = path
    .split("/")
    .map((segment) => (ID_LIKE_SEGMENT.test(segment) ? ":id" : segment))
    .join("/");
  return shaped.length > MAX_LOGGED_PATH ? `${shaped.slice(0, MAX_LOGGED_PATH)}…` : shaped || "/";
}

// Load balancers call these every second; at info level their lines would drown everything else.
const PROBE_PATHS = new Set(["/api/health", "/api/ready"]);

export function isProbePath(path) {
  return PROBE_PATHS.has(path);
}

/** Log level of a finished request: server errors at error, probes at debug (hidden at the default level). */
export function levelForRequest(path, status) {
  if (status >= 500) return "error";
  return isProbePath(path) ? "debug" : "info";
}

/**
 * The Server-Timing header of a response: the phases the app noted for this request (lib/operations/request-context.ts)
 * after any the response already carries (a server action that redirects copies the next page's header into its own),
 * then `app`, the time from the request's arrival until its headers were sent. Null when the app noted nothing: only
 * the requests that time themselves (signing in) carry the header.
 */
export function serverTimingHeader(existing, timings, appMs) {
  if (!timings?.length) return null;
  const metric = ({ name, ms }) => `${name};dur=${Math.round(ms * 10) / 10}`;
  const own = [...timings.map(metric), metric({ name: "app", ms: appMs })].join(", ");
  const before = [existing ?? []].flat().join(", ");
  return before ? `${before}, ${own}` : own;
}

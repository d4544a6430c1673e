// Which publisher sites may show an organization's checks: a pure check of the requesting origin against the
// organization's allow-list, for the embed's data endpoint (CORS) and the framable badge (frame-ancestors). No I/O,
// so the route wrapper can call it for any public route.
//
// An allow-list entry is a host, optionally with a leading "*." (any subdomain, not the bare domain) and a ":port".
// Without a port it allows every port; http and https both match (the data is public on the reader page anyway: the
// list decides where the checks may be shown, not who may read them).

export const MAX_EMBED_DOMAINS = 50;
const MAX_ENTRY_LENGTH = 253 + 2 + 6; // a DNS name, "*." and ":65535"

/** The entry in its stored form (lower case, IDN as punycode), or null with nothing a browser could send. */
export function normalizeEmbedDomain(entry: string): string | null {
  let text = entry.trim().toLowerCase();
  if (!text || text.length > MAX_ENTRY_LENGTH) return null;
  // an address pasted from the browser: keep its host and port only when it is just an origin
  const scheme = /^https?:\/\//.exec(text);
  if (scheme) text = text.slice(scheme[0].length).replace(/\/$/, "");
  const wildcard = text.startsWith("*.");
  const rest = wildcard ? text.slice(2) : text;
  if (!/^[^/?#@\s\\*]+$/.test(rest)) return null;
  let url: URL;
  try {
    url = new URL(`http://${rest}`);
  } catch {
    return null;
  }
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash) return null;
  const host = url.hostname;
  // a bare word like "localhost" is fine; "example" with wildcard is not (it would mean every ".example" site)
  if (
    !host ||
    host.endsWith(".") ||
    (wildcard && (!host.includes(".") || host.startsWith("[") || /^[\d.]+$/.test(host)))
  )
    return null;
  // new URL keeps an explicit port only when it is not the scheme's default; keep what the admin wrote
  const port = /:(\d{1,5})$/.exec(rest)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  return `${wildcard ? "*." : ""}${host}${port !== undefined ? `:${Number(port)}` : ""}`;
}

type Pattern = { wildcard: boolean; host: string; port: string | null };

function patternOf(entry: string): Pattern {
  const wildcard = entry.startsWith("*.");
  const rest = wildcard ? entry.slice(2) : entry;
  const port = /:(\d+)$/.exec(rest);
  return { wildcard, host: port ? rest.slice(0, port.index) : rest, port: port ? port[1] : null };
}

/** The origin a request comes from: its Origin header, else its Referer's origin; null when it names none. */
export function requestingOrigin(headers: Headers): string | null {
  const origin = headers.get("origin");
  if (origin !== null) return origin; // "null" (sandboxed frame, file:) is an origin of its own, matched by nothing
  const referer = headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return "null";
  }
}

/** Whether a page at `origin` may show the checks of an organization whose allow-list is `domains`. */
export function isOriginAllowed(origin: string, domains: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== origin.replace(/\/$/, "")) return false;
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return domains.some((entry) => {
    const pattern = patternOf(entry);
    if (pattern.port !== null && pattern.port !== port) return false;
    return pattern.wildcard ? url.hostname.endsWith(`.${pattern.host}`) : url.hostname === pattern.host;
  });
}

export type EmbedOriginDecision =
  | { allowed: true; origin: string | null } // origin null: a direct request (no Origin, no Referer), not a page
  | { allowed: false; origin: string };

/**
 * The decision for one request to a public embed endpoint. `ownOrigins` are FactDesk's own (its reader pages link
 * to the badge); a request that names no origin at all is not a page showing the checks, so it is answered too.
 */
export function decideEmbedOrigin(
  headers: Headers,
  domains: readonly string[],
  ownOrigins: readonly string[],
): EmbedOriginDecision {
  const origin = requestingOrigin(headers);
  if (origin === null) return { allowed: true, origin: null };
  if (ownOrigins.includes(origin) || isOriginAllowed(origin, domains)) return { allowed: true, origin };
  return { allowed: false, origin };
}

/** CSP frame-ancestors sources for the allow-list ('self' only when it is empty: no other site may frame it). */
export function frameAncestorsFor(domains: readonly string[]): string {
  const sources = domains.flatMap((entry) => {
    const { wildcard, host, port } = patternOf(entry);
    const hostSource = `${wildcard ? "*." : ""}${host}:${port ?? "*"}`;
    return [`https://${hostSource}`, `http://${hostSource}`];
  });
  return ["'self'", ...sources].join(" ");
}

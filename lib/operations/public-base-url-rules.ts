// Pure rules of lib/operations/public-base-url.ts (unit-tested beside it).

export type BaseUrlInput = {
  configured: string | undefined;
  port: number;
  trustedProxyHops: number;
  forwardedHost?: string | null;
  forwardedProto?: string | null;
};

// A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing that could smuggle a
// path, user info or a second URL into a link.
const HOST_PATTERN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

// A proxy may append to these like to X-Forwarded-For: the entry of the proxy nearest to us is the last one.
function nearestEntry(value: string | null | undefined): string | undefined {
  return value
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
}

/**
 * 1. PUBLIC_BASE_URL when set (what readers type; the only right answer behind a CDN or several proxies);
 * 2. behind a trusted proxy (TRUSTED_PROXY_HOPS > 0), the host and scheme it forwarded;
 * 3. otherwise http://localhost:<the port we listen on>, which answers from the same machine.
 */
export function publicBaseUrlFrom(input: BaseUrlInput): string {
  if (input.configured) return input.configured.replace(/\/+$/, "");
  if (input.trustedProxyHops > 0) {
    const host = nearestEntry(input.forwardedHost);
    const proto = nearestEntry(input.forwardedProto)?.toLowerCase();
    if (host && HOST_PATTERN.test(host)) return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
  }
  return `http://localhost:${input.port}`;
}

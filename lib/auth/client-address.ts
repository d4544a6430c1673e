// The address a request came from, for the per-address throttling and the security log.
//
// X-Forwarded-For is a list each hop appends to; only the entries written by our own side can be trusted, anything
// to their left was written by the client. Our server (scripts/server.mjs) ALWAYS appends the TCP peer's address as
// the last entry, so:
// - TRUSTED_PROXY_HOPS unset or 0 (no proxy in front): the last entry, the socket's own address. A header the client
//   sent is ignored, so rotating it neither sprays passwords past the limit nor gets someone else's address throttled.
// - TRUSTED_PROXY_HOPS=N: N reverse proxies of ours in front, each appending the address it saw; the client's address
//   is the entry N places before the last. With fewer entries than that the request did not come through all of
//   them, and the leftmost entry (still written by our side) is taken.

export function clientAddressFrom(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return "unknown";
  return forwarded[Math.max(0, forwarded.length - 1 - trustedProxyHops)];
}

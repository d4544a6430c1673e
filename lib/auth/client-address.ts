// The address a sign-in attempt came from, for the per-address limit and the security log.
//
// X-Forwarded-For is a list each proxy appends to; only the entries added by our own proxies can be trusted,
// anything to their left was written by the client. With one reverse proxy in front (TRUSTED_PROXY_HOPS=1, the
// default) the last entry is the address that proxy saw. `next start` without a proxy fills the header with the
// socket's address only when the client sent none, so there the per-address limit can be dodged by a client that
// sends its own header; the per-account limit does not depend on the address and still holds.

export function clientAddressFrom(headers: Headers, trustedProxyHops: number): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - Math.max(1, trustedProxyHops))];
  return headers.get("x-real-ip")?.trim() || "unknown";
}

import ipaddr from "ipaddr.js";

// IP parsing and classification for the URL guard, on ipaddr.js (parsing, CIDR matching, the IANA special-purpose
// ranges). Only a plain unicast address on the public internet passes; every special range (loopback, private,
// link-local where cloud metadata services live, carrier-grade NAT, multicast, documentation, Teredo...) is refused.

// Forms that carry an IPv4 address are judged by that address: ::ffff:127.0.0.1 is loopback.
const NAT64 = ipaddr.parseCIDR("64:ff9b::/96"); // 64:ff9b::a.b.c.d reaches a.b.c.d through a gateway

/** Strict dotted quad ("127.0.0.1"); URL parsing has already turned 0x7f.1 into that form. */
export function parseIpv4(text: string): ipaddr.IPv4 | null {
  return ipaddr.IPv4.isValidFourPartDecimal(text) ? ipaddr.IPv4.parse(text) : null;
}

/** An IPv6 address (brackets and zone id allowed). */
export function parseIpv6(text: string): ipaddr.IPv6 | null {
  const address = text.replace(/^\[|\]$/g, "");
  return ipaddr.IPv6.isValid(address) ? ipaddr.IPv6.parse(address) : null;
}

export function isIpLiteral(text: string): boolean {
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}

function isPublicIpv4(address: ipaddr.IPv4): boolean {
  return address.range() === "unicast";
}

/** The IPv4 address an IPv6 form carries (mapped, compatible, NAT64, 6to4), if any. */
function carriedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const bytes = address.toByteArray();
  switch (address.range()) {
    case "ipv4Mapped":
      return new ipaddr.IPv4(bytes.slice(12)); // ::ffff:a.b.c.d and the deprecated ::a.b.c.d
    case "rfc6052":
      return address.match(NAT64) ? new ipaddr.IPv4(bytes.slice(12)) : null; // local-use 64:ff9b:1::/48 is not
    case "6to4":
      return new ipaddr.IPv4(bytes.slice(2, 6)); // 2002:aabb:ccdd::/48 tunnels to a.b.c.d
    default:
      return null;
  }
}

function isPublicIpv6(address: ipaddr.IPv6): boolean {
  const carried = carriedIpv4(address);
  if (carried) return isPublicIpv4(carried);
  return address.range() === "unicast";
}

/** True only for a unicast address on the public internet; unparsable input is not public. */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4) return isPublicIpv4(v4);
  const v6 = parseIpv6(address);
  return v6 !== null && isPublicIpv6(v6);
}

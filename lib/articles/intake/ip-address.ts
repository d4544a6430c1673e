// Pure IP parsing and classification for the URL guard. Addresses are compared as
// integers (IPv4 as a 32-bit number, IPv6 as a 128-bit bigint) against CIDR ranges.

type Range = { base: bigint; prefix: number };

const IPV4_MAPPED = { base: 0xffffn << 32n, prefix: 96 }; // ::ffff:a.b.c.d
const IPV4_COMPATIBLE = { base: 0n, prefix: 96 }; // ::a.b.c.d (deprecated; also covers :: and ::1)
const NAT64 = { base: 0x64ff9bn << 96n, prefix: 96 }; // 64:ff9b::a.b.c.d reaches a.b.c.d through a gateway
const SIX_TO_FOUR = { base: 0x2002n << 112n, prefix: 16 }; // 2002:aabb:ccdd::/48 tunnels to a.b.c.d

function parseCidr(cidr: string): Range {
  const [address, prefix] = cidr.split("/");
  const v4 = parseIpv4(address);
  return v4 !== null ? { base: BigInt(v4), prefix: Number(prefix) } : { base: parseIpv6(address)!, prefix: Number(prefix) };
}

// Everything that is not a unicast address on the public internet.
const NON_PUBLIC_IPV4 = [
  "0.0.0.0/8", // "this network", includes the unspecified 0.0.0.0
  "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", // private
  "100.64.0.0/10", // carrier-grade NAT
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, where cloud metadata services live
  "192.0.0.0/24", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", // protocol assignments, documentation
  "192.88.99.0/24", "198.18.0.0/15", // 6to4 relay, benchmarking
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, includes broadcast 255.255.255.255
].map(parseCidr);

const NON_PUBLIC_IPV6 = [
  "64:ff9b:1::/48", // local-use NAT64
  "100::/64", // discard
  "2001::/32", // Teredo: the real endpoint is obfuscated, so it cannot be checked
  "2001:db8::/32", // documentation
  "fc00::/7", // unique local (private)
  "fe80::/10", "fec0::/10", // link-local, old site-local
  "ff00::/8", // multicast
].map(parseCidr);

function isInRange(value: bigint, range: Range, bits: number): boolean {
  const shift = BigInt(bits - range.prefix);
  return value >> shift === range.base >> shift;
}

/** Strict dotted quad ("127.0.0.1") as a number; URL parsing has already turned 0x7f.1 into that form. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return null;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const groups = text.split(":");
  const last = groups[groups.length - 1];
  const embedded = last.includes(".") ? parseIpv4(last) : null;
  if (last.includes(".") && embedded === null) return null;
  const hex = embedded === null ? groups : groups.slice(0, -1);
  if (!hex.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  const values = hex.map((group) => parseInt(group, 16));
  return embedded === null ? values : [...values, Math.floor(embedded / 65536), embedded % 65536];
}

/** An IPv6 address (brackets and zone id allowed) as a 128-bit bigint. */
export function parseIpv6(text: string): bigint | null {
  const address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

export function isIpLiteral(text: string): boolean {
  return parseIpv4(text) !== null || parseIpv6(text) !== null;
}

function isPublicIpv4(value: number): boolean {
  return !NON_PUBLIC_IPV4.some((range) => isInRange(BigInt(value), range, 32));
}

function isPublicIpv6(value: bigint): boolean {
  // Forms that carry an IPv4 address are judged by that address: ::ffff:127.0.0.1 is loopback.
  for (const carrier of [IPV4_MAPPED, IPV4_COMPATIBLE, NAT64]) {
    if (isInRange(value, carrier, 128)) return isPublicIpv4(Number(value & 0xffffffffn));
  }
  if (isInRange(value, SIX_TO_FOUR, 128)) return isPublicIpv4(Number((value >> 80n) & 0xffffffffn));
  return !NON_PUBLIC_IPV6.some((range) => isInRange(value, range, 128));
}

/** True only for a unicast address on the public internet; unparsable input is not public. */
export function isPublicAddress(address: string): boolean {
  const v4 = parseIpv4(address);
  if (v4 !== null) return isPublicIpv4(v4);
  const v6 = parseIpv6(address);
  return v6 !== null && isPublicIpv6(v6);
}

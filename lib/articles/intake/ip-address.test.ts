import { isIP } from "node:net";
import { describe, expect, it } from "vitest";
import { isPublicAddress, parseIpv4, parseIpv6 } from "./ip-address";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["::1", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fc00::1", "private (unique local)"],
    ["fd12:3456::1", "private (unique local)"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local with zone"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["0.1.2.3", "this network"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
    ["[::ffff:10.0.0.1]", "IPv4-mapped private"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["64:ff9b::a9fe:a9fe", "NAT64 of link-local"],
    ["2002:7f00:1::1", "6to4 of loopback"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.1", "documentation"],
    ["2001:db8::1", "documentation"],
    ["64:ff9b:1::808:808", "local-use NAT64"],
    ["fec0::1", "old site-local"],
    ["100::1", "discard"],
    ["2001::1", "Teredo"],
    ["not an address", "unparsable"],
    ["1.2.3", "short"],
    ["1:2::3::4", "two ::"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "172.15.255.255",
    "172.32.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "192.169.0.1",
    "2606:2800:220:1:248:1893:25c8:1946",
    "2a00:1450:4001:81b::200e",
    "::ffff:93.184.216.34",
    "64:ff9b::5db8:d822",
    "2002:5db8:d822::1",
  ])("accepts public %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("parsing", () => {
  it.each(["1.2.3.4", "255.255.255.255", "01.2.3.4", "256.1.1.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", ""])(
    "parseIpv4 agrees with node:net on %j",
    (text) => {
      expect(parseIpv4(text) !== null).toBe(isIP(text) === 4);
    },
  );

  it.each([
    "::",
    "::1",
    "1::",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7::",
    "::ffff:1.2.3.4",
    "1:2:3:4:5:6:1.2.3.4",
    "1:2:3:4:5:6:7:8:9",
    "1::2::3",
    "12345::",
    "::ffff:1.2.3",
    "g::1",
    ":1:2",
    "1:2:3:4:5:6:7",
  ])("parseIpv6 agrees with node:net on %j", (text) => {
    expect(parseIpv6(text) !== null).toBe(isIP(text) === 6);
  });

  it("reads an IPv6 address whole, an embedded IPv4 address included", () => {
    expect(parseIpv6("::ffff:127.0.0.1")?.toNormalizedString()).toBe("0:0:0:0:0:ffff:7f00:1");
    expect(parseIpv6("fe80::1")?.toNormalizedString()).toBe("fe80:0:0:0:0:0:0:1");
  });
});

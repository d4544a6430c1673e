import { promises as dns } from "node:dns";
import { IntakeError } from "./errors";
import { isIpLiteral, isPublicAddress } from "./ip-address";
import { errorText } from "@/lib/i18n/error-text";

export type LookupHost = (hostname: string) => Promise<string[]>;
export type UrlGuardOptions = {
  allowPrivate: boolean;
  lookup?: LookupHost;
  /** Injected by tests that stand a local server in for a public site; isPublicAddress otherwise. */
  isPublic?: (address: string) => boolean;
};

const blockedAddressError = (hostname: string, address: string) =>
  new IntakeError(
    "blocked_address",
    address === hostname
      ? errorText("intake.blockedHost", { hostname })
      : errorText("intake.blockedAddress", { hostname, address }),
  );

const lookupWithSystemResolver: LookupHost = async (hostname) => {
  const answers = await dns.lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
};

function parseWebUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new IntakeError("bad_url", "intake.unreadableAddress");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new IntakeError("bad_url", errorText("intake.onlyHttp", { protocol: parsed.protocol }));
  }
  if (parsed.username || parsed.password) {
    throw new IntakeError("bad_url", "intake.credentialsInAddress");
  }
  return parsed;
}

async function resolveHost(hostname: string, lookup: LookupHost): Promise<string[]> {
  // The WHATWG URL parser has already rewritten 2130706433, 0x7f.1 and 0177.0.0.1 as
  // 127.0.0.1, so every IPv4 literal arrives here as a dotted quad.
  if (isIpLiteral(hostname)) return [hostname];
  let addresses: string[] = [];
  try {
    addresses = await lookup(hostname);
  } catch {
    // ENOTFOUND and friends: reported below like an empty answer
  }
  if (addresses.length === 0) {
    throw new IntakeError("fetch_failed", errorText("intake.siteNotFound", { hostname }));
  }
  return addresses;
}

/**
 * Refuses URLs that would make the server fetch from itself or its private network
 * (SSRF): every address the host resolves to must be public, because a client may connect
 * to any of them. Returns the resolved addresses. allowPrivate is for development and tests.
 */
export async function assertPublicUrl(url: string, opts: UrlGuardOptions): Promise<string[]> {
  const parsed = parseWebUrl(url);
  const hostname = parsed.hostname.replace(/^\[|\]$/g, "");
  // "localhost" and *.localhost never leave the machine (RFC 6761), whatever DNS says.
  if (!opts.allowPrivate && /(^|\.)localhost\.?$/i.test(hostname))
    throw new IntakeError("blocked_address", errorText("intake.blockedHost", { hostname }));
  const addresses = await resolveHost(hostname, opts.lookup ?? lookupWithSystemResolver);
  const isPublic = opts.isPublic ?? isPublicAddress;
  const blocked = opts.allowPrivate ? undefined : addresses.find((address) => !isPublic(address));
  if (blocked !== undefined) throw blockedAddressError(hostname, blocked);
  return addresses;
}

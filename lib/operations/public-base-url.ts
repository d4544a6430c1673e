import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { publicBaseUrlFrom } from "./public-base-url-rules";

/**
 * The origin every public link we emit starts with (reader pages, ClaimReview `url`, annotation ids, feeds, embeds,
 * report links), without a trailing slash. The one place that decides it: see publicBaseUrlFrom for the order.
 */
export async function publicBaseUrl(): Promise<string> {
  const env = getEnv();
  if (env.PUBLIC_BASE_URL || env.TRUSTED_PROXY_HOPS === 0) {
    return publicBaseUrlFrom({
      configured: env.PUBLIC_BASE_URL,
      port: env.PORT,
      trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    });
  }
  let requestHeaders: Headers | null = null;
  try {
    requestHeaders = await headers();
  } catch {
    // outside a request (a script, a test): no proxy to ask
  }
  return publicBaseUrlFrom({
    configured: undefined,
    port: env.PORT,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    forwardedHost: requestHeaders?.get("x-forwarded-host"),
    forwardedProto: requestHeaders?.get("x-forwarded-proto"),
  });
}

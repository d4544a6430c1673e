import http from "node:http";
import https from "node:https";
import { isIPv6, type LookupFunction } from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";

export type PinnedGet = {
  url: string;
  /** The addresses the URL guard resolved and checked; the connection goes to one of these and nowhere else. */
  addresses: string[];
  headers: Record<string, string>;
  signal: AbortSignal;
};

/** What fetchArticle calls for each hop; tests pass a fake to play redirects without a connection. */
export type FetchPage = (url: string, init: Omit<PinnedGet, "url">) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * Hands the socket the addresses checked before, instead of asking DNS again: a name that answered with a public
 * address for the check cannot answer with 127.0.0.1 for the connection (DNS rebinding). TLS still verifies the
 * certificate against the host name.
 */
function lookupFrom(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIPv6(address) ? 6 : 4 }));
  return (hostname, options, callback) => {
    const family = typeof options === "object" && options.family ? Number(options.family) : 0;
    const usable = family ? entries.filter((entry) => entry.family === family) : entries;
    if (usable.length === 0) {
      callback(
        Object.assign(new Error(`No checked IPv${family} address for ${hostname}`), { code: "ENOTFOUND" }),
        "",
        0,
      );
    } else if (typeof options === "object" && options.all) {
      (callback as unknown as (error: null, all: typeof usable) => void)(null, usable);
    } else {
      callback(null, usable[0].address, usable[0].family);
    }
  };
}

function decodeBody(body: http.IncomingMessage, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return body.pipe(zlib.createGunzip());
    case "deflate":
      return body.pipe(zlib.createInflate());
    case "br":
      return body.pipe(zlib.createBrotliDecompress());
    default:
      return body;
  }
}

function toResponse(message: http.IncomingMessage): Response {
  const status = message.statusCode ?? 502;
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  const encoding = headers.get("content-encoding") ?? undefined;
  if (encoding && encoding !== "identity") {
    // the body below is decoded, so the transfer-size headers no longer describe it
    headers.delete("content-encoding");
    headers.delete("content-length");
  }
  if (NULL_BODY_STATUSES.has(status)) {
    message.resume();
    return new Response(null, { status, headers });
  }
  const decoded = decodeBody(message, encoding);
  if (decoded !== message) message.on("error", (error) => decoded.destroy(error));
  return new Response(Readable.toWeb(decoded) as ReadableStream<Uint8Array>, { status, headers });
}

/** One GET without following redirects, connected only to the checked addresses. */
export const getPinned: FetchPage = (url, { addresses, headers, signal }) => {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise<Response>((resolve, reject) => {
    const request = client.request(target, {
      method: "GET",
      headers: { "accept-encoding": "gzip, deflate, br", ...headers },
      signal,
      lookup: lookupFrom(addresses),
      agent: false, // a pooled socket could have been opened for another answer
    });
    request.once("response", (message) => {
      try {
        resolve(toResponse(message));
      } catch (error) {
        message.destroy();
        reject(error);
      }
    });
    request.once("error", reject);
    request.end();
  });
};

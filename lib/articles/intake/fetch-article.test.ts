import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IntakeError } from "./errors";
import { describeTimeout, fetchArticle, type FetchArticleOptions } from "./fetch-article";
import { englishError } from "@/lib/i18n/error-text";

// Every connection in this file goes to a server on 127.0.0.1, never anywhere else. Tests
// of a "public" host redirecting inwards live in fetch-article-redirects.test.ts.
const page = readFileSync(new URL("./fixtures/article-page.html", import.meta.url), "utf8");
const pageText = readFileSync(new URL("./fixtures/article-page.txt", import.meta.url), "utf8").trimEnd();
const noCanonicalPage = page.replace(/<link rel="canonical"[^>]*>/, "");
// The fixture with no <meta charset> and a few characters outside ASCII written as such.
const legacyPage = (charsetTag: string) =>
  page.replace('<meta charset="utf-8">', charsetTag).replace("bridge&rsquo;s", "bridge\u2019s café");

// Buffer has no windows-1252 encoder; these are the only characters the pages above need.
function encodeWindows1252(text: string): Buffer {
  const special: Record<string, number> = { "\u2019": 0x92 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const html =
  (body: string | Buffer, contentType = "text/html; charset=utf-8"): Route =>
  (_req, res) => {
    res.writeHead(200, { "content-type": contentType });
    res.end(body);
  };
const redirect =
  (status: number, location: string): Route =>
  (_req, res) => {
    res.writeHead(status, { location });
    res.end();
  };

const routes: Record<string, Route> = {
  "/article": html(page),
  "/no-canonical": html(noCanonicalPage),
  "/missing": (_req, res) => {
    res.writeHead(404);
    res.end("no");
  },
  "/gone": (_req, res) => {
    res.writeHead(410);
    res.end();
  },
  "/broken": (_req, res) => {
    res.writeHead(503);
    res.end();
  },
  "/slow-headers": () => {
    /* never answers */
  },
  "/slow-body": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>");
  },
  "/huge-stream": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = "<p>" + "x".repeat(16 * 1024) + "</p>";
    for (let i = 0; i < 64; i++) res.write(chunk);
    res.end();
  },
  "/huge-declared": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(12 * 1024 * 1024) });
    res.write("<p>start</p>");
  },
  "/pdf": html("%PDF-1.7", "application/pdf"),
  "/plain": html("Plain   story\r\n\r\n\r\nsecond line", "text/plain; charset=utf-8"),
  "/latin1": html(Buffer.from(legacyPage("").replace("\u2019", "'"), "latin1"), "text/html; charset=ISO-8859-1"),
  "/meta-charset": html(encodeWindows1252(legacyPage('<meta charset="windows-1252">')), "text/html"),
  "/no-charset": html(encodeWindows1252(legacyPage("")), "text/html"),
  "/bad-charset": html(page, "text/html; charset=x-unknown-charset"),
  "/not-article": html(
    "<html><head><title>Sign in</title></head><body><form><button>Sign in</button></form></body></html>",
  ),
  "/r1": redirect(302, "/r2"),
  "/r2": redirect(301, "r3"),
  "/r3": redirect(307, "/no-canonical"),
  "/loop": redirect(302, "/loop"),
};

let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
});

async function catchIntakeError(run: () => Promise<unknown>): Promise<IntakeError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}

const local = (path: string, opts: Partial<FetchArticleOptions> = {}) =>
  fetchArticle(`${origin}${path}`, { allowPrivate: true, ...opts });

describe("fetchArticle against a local server", () => {
  it("imports a news page: text, sanitized HTML and metadata", async () => {
    const result = await local("/article");
    expect(result.text).toBe(pageText);
    expect(result.meta).toEqual({
      title: "Harbour bridge repairs to cost twice the estimate",
      outlet: "The Coastal Ledger",
      author: "Mira Okafor, Tomás Reyes",
      publishedAt: "2025-03-06",
      canonicalUrl: `${origin}/news/2025/03/harbour-bridge-repairs`,
      language: "en",
    });
    expect(result.html).toContain(
      `<a href="${origin}/documents/bridge-report.pdf" rel="noopener noreferrer nofollow">engineering report</a>`,
    );
    expect(result.html).not.toMatch(/<script|analytics|Most read/);
  });

  it("follows a redirect chain and uses the final URL when the page names no canonical URL", async () => {
    const result = await local("/r1");
    expect(requests).toEqual(["/r1", "/r2", "/r3", "/no-canonical"]);
    expect(result.meta.canonicalUrl).toBe(`${origin}/no-canonical`);
    expect(result.text).toBe(pageText);
  });

  it("gives up after 5 redirects", async () => {
    const error = await catchIntakeError(() => local("/loop"));
    expect(error.reason).toBe("fetch_failed");
    expect(error.message).toContain("more than 5 times");
    expect(requests).toHaveLength(6);
  });

  it.each([
    ["/missing", 404],
    ["/gone", 410],
  ])("reports %s as not found", async (path, status) => {
    const error = await catchIntakeError(() => local(path));
    expect(error.reason).toBe("not_found");
    expect(error.message).toBe(`The page was not found (HTTP ${status}).`);
  });

  it("reports other error statuses with the status", async () => {
    const error = await catchIntakeError(() => local("/broken"));
    expect(error.reason).toBe("fetch_failed");
    expect(error.message).toContain("HTTP 503");
  });

  it.each(["/slow-headers", "/slow-body"])("times out on %s", async (path) => {
    const started = Date.now();
    const error = await catchIntakeError(() => local(path, { timeoutMs: 300 }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toBe("The site did not answer within 0.3 seconds.");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    [10_000, "10 seconds"],
    [1000, "1 second"],
    [300, "0.3 seconds"],
  ])("words a %i ms timeout as %s", (ms, words) => {
    expect(englishError(describeTimeout(ms).key, describeTimeout(ms).values)).toBe(
      `The site did not answer within ${words}.`,
    );
  });

  it("stops reading a body that grows past the limit", async () => {
    const error = await catchIntakeError(() => local("/huge-stream", { maxBytes: 64 * 1024 }));
    expect(error.reason).toBe("too_big");
    expect(error.message).toBe("The page is larger than the 0.1 MB limit; copy the article text and paste it instead.");
  });

  it("refuses a body whose declared length is over the limit, giving its size", async () => {
    const error = await catchIntakeError(() => local("/huge-declared"));
    expect(error.reason).toBe("too_big");
    expect(error.message).toBe("The article is 12.0 MB; the limit is 5 MB.");
  });

  it("refuses content that is not HTML or text, naming the type", async () => {
    const error = await catchIntakeError(() => local("/pdf"));
    expect(error.reason).toBe("unsupported_type");
    expect(error.message).toContain('"application/pdf"');
  });

  it("imports text/plain as plain text", async () => {
    expect(await local("/plain")).toEqual({
      text: "Plain story\n\nsecond line",
      html: null,
      meta: {
        title: null,
        outlet: null,
        author: null,
        publishedAt: null,
        canonicalUrl: `${origin}/plain`,
        language: null,
      },
    });
  });

  it("decodes with the charset from Content-Type", async () => {
    const result = await local("/latin1");
    expect(result.text).toContain("the bridge's café 22 steel supports");
    expect(result.meta.author).toBe("Mira Okafor, Tomás Reyes");
  });

  it("decodes with the charset from <meta charset> when the header has none", async () => {
    expect((await local("/meta-charset")).text).toContain("the bridge\u2019s café 22 steel supports");
  });

  it("falls back to windows-1252 when nothing is declared and the bytes are not UTF-8", async () => {
    expect((await local("/no-charset")).text).toContain("the bridge\u2019s café 22 steel supports");
  });

  it("refuses a charset it cannot decode", async () => {
    const error = await catchIntakeError(() => local("/bad-charset"));
    expect(error.reason).toBe("bad_encoding");
    expect(error.message).toContain('"x-unknown-charset"');
  });

  it("refuses a page with no article", async () => {
    expect((await catchIntakeError(() => local("/not-article"))).reason).toBe("not_article");
  });

  it("reports a refused connection as a fetch failure", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await catchIntakeError(() => fetchArticle(`http://127.0.0.1:${port}/`, { allowPrivate: true }));
    expect(error.reason).toBe("fetch_failed");
    expect(error.message).toBe(`We could not connect to 127.0.0.1:${port}; check the address, or try again later.`);
  });

  it("refuses the local server when private addresses are not allowed, without sending a request", async () => {
    const error = await catchIntakeError(() => fetchArticle(`${origin}/article`, { allowPrivate: false }));
    expect(error.reason).toBe("blocked_address");
    expect(requests).toEqual([]);
  });
});

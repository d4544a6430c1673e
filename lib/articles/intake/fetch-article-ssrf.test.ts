import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IntakeError } from "./errors";
import { fetchArticle, type FetchArticleOptions } from "./fetch-article";
import { isPublicAddress } from "./ip-address";

// Real connections to two local servers. "News" listens on 127.0.0.2 and stands in for a public site (the tests
// declare that one address public); "secret" listens on 127.0.0.1 and stands for what must never be reached.
// The resolver is injected, so names resolve to whatever a hostile DNS server would answer.
const page = readFileSync(new URL("./fixtures/article-page.html", import.meta.url), "utf8");
const NEWS_ADDRESS = "127.0.0.2";

let news: Server;
let secret: Server;
let newsPort: number;
let secretPort: number;
const newsHits: string[] = [];
const secretHits: string[] = [];

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));
}

const redirectTargets = (): Record<string, string> => ({
  "/to-loopback": `http://127.0.0.1:${secretPort}/admin`,
  "/to-metadata": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  "/to-private-name": `http://intranet.test:${secretPort}/`,
  "/to-localhost": `http://localhost:${secretPort}/`,
  "/to-mapped": `http://[::ffff:127.0.0.1]:${secretPort}/`,
  "/to-decimal": `http://2130706433:${secretPort}/`,
  "/to-rebinding-name": `http://rebound.test:${secretPort}/`,
  "/to-story": "/story",
});

beforeAll(async () => {
  news = createServer((req, res) => {
    newsHits.push(req.url ?? "");
    const target = redirectTargets()[req.url ?? ""];
    if (target) {
      res.writeHead(302, { location: target });
      res.end();
    } else {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
    }
  });
  secret = createServer((req, res) => {
    secretHits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("internal secret");
  });
  [newsPort, secretPort] = await Promise.all([listen(news, NEWS_ADDRESS), listen(secret, "127.0.0.1")]);
});

afterAll(async () => {
  for (const server of [news, secret]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

beforeEach(() => {
  newsHits.length = 0;
  secretHits.length = 0;
});

const DNS: Record<string, string[]> = {
  "news.test": [NEWS_ADDRESS],
  "intranet.test": ["10.20.30.40"],
  "rebound.test": ["127.0.0.1"],
};
const lookup = vi.fn(async (host: string) => DNS[host] ?? []);
const guarded: FetchArticleOptions = {
  allowPrivate: false,
  lookup,
  isPublic: (a) => a === NEWS_ADDRESS || isPublicAddress(a),
  timeoutMs: 5000,
};

async function refusal(url: string, opts: FetchArticleOptions = guarded): Promise<IntakeError> {
  try {
    await fetchArticle(url, opts);
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe("URL import against real servers", () => {
  it("imports from the stand-in public site, following a redirect", async () => {
    const result = await fetchArticle(`http://news.test:${newsPort}/to-story`, guarded);
    expect(result.text).toContain("bridge");
    expect(newsHits).toEqual(["/to-story", "/story"]);
  });

  it.each([
    ["/to-loopback", /\(127\.0\.0\.1\)/],
    ["/to-metadata", /\(169\.254\.169\.254\)/],
    ["/to-private-name", /intranet\.test is 10\.20\.30\.40/],
    ["/to-localhost", /\(localhost\)/],
    ["/to-mapped", /::ffff:7f00:1|::ffff:127\.0\.0\.1/],
    ["/to-decimal", /\(127\.0\.0\.1\)/],
    ["/to-rebinding-name", /rebound\.test is 127\.0\.0\.1/],
  ])("refuses a redirect %s and never connects there", async (path, names) => {
    const error = await refusal(`http://news.test:${newsPort}${path}`);
    expect(error.reason).toBe("blocked_address");
    expect(error.message).toMatch(/^Importing from private, loopback or link-local addresses is not allowed\./);
    expect(error.message).toMatch(names);
    expect(newsHits).toEqual([path]);
    expect(secretHits).toEqual([]);
  });

  it("refuses a name that resolves to loopback before connecting", async () => {
    const error = await refusal(`http://rebound.test:${secretPort}/`);
    expect(error.reason).toBe("blocked_address");
    expect(secretHits).toEqual([]);
  });

  it("connects to the address it checked, not to a second DNS answer (rebinding)", async () => {
    // first answer: the public stand-in; any later answer: loopback. A client that looks the name up again when it
    // connects would reach 127.0.0.1, where nothing listens on this port, and fail.
    const answers = [[NEWS_ADDRESS], ["127.0.0.1"]];
    const rebinding = vi.fn(async () => answers.shift() ?? ["127.0.0.1"]);
    const result = await fetchArticle(`http://flip.test:${newsPort}/story`, { ...guarded, lookup: rebinding });
    expect(result.text).toContain("bridge");
    expect(rebinding).toHaveBeenCalledTimes(1);
    expect(newsHits).toEqual(["/story"]);
  });

  it("with ALLOW_PRIVATE_URL_IMPORT=true, a local server can be imported (tests and development)", async () => {
    const result = await fetchArticle(`http://127.0.0.1:${secretPort}/`, { allowPrivate: true });
    expect(result.text).toBe("internal secret");
    expect(secretHits).toEqual(["/"]);
  });
});

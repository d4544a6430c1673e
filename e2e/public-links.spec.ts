import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signIn } from "./app-http";
import { DEMO_PASSWORD } from "./demo-accounts";
import { startOwnServer, type OwnServer } from "./own-server";

// Issue 15: with PUBLIC_BASE_URL unset, every public URL the app emits must answer from the same machine. The app
// runs on a port other than the default (3000) and than the end-to-end server's, with no proxy configuration; every
// URL of our origin found in the reader page, its ClaimReview, the annotation container and its pages, the
// ClaimReview feed, the embed data, the badge and the desk's report exports is fetched: all must answer 200.
const port = Number(new URL(baseURL).port) + 5;
const ANNOTATION_ACCEPT = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
let app: OwnServer;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startOwnServer(port);
});
test.afterAll(async () => {
  await app?.stop();
});

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\\u0026/g, "&");

/** Every absolute URL of `origin` in a body (attributes, JSON, Markdown), and root-relative href/src attributes. */
function urlsOf(body: string, origin: string): string[] {
  const found = new Set<string>();
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  for (const m of decodeEntities(body).matchAll(new RegExp(`${escaped}[^\\s"'<>()\\]\\\\]*`, "g")))
    found.add(m[0].replace(/[.,;]+$/, ""));
  for (const m of body.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) found.add(`${origin}${decodeEntities(m[1])}`);
  // a fragment is the reader's business, never the server's
  return [...new Set([...found].map((u) => u.split("#")[0]))];
}

async function statusOf(url: string, accept?: string): Promise<number> {
  const res = await fetch(url, { headers: accept ? { Accept: accept } : {}, redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
}

async function expectAllAnswer(urls: string[], accept?: string) {
  const failures: string[] = [];
  for (const url of urls) {
    const status = await statusOf(url, accept);
    if (status !== 200) failures.push(`${status} ${url}`);
  }
  expect(failures).toEqual([]);
}

test("no link anywhere points at the default port: they are built from the port the app listens on", async () => {
  const feed = await (await fetch(`${app.base}/feeds/demo/claimreview`)).text();
  expect(feed).not.toContain("localhost:3000");
  expect(urlsOf(feed, app.base).length).toBeGreaterThan(0);
});

test("without a trusted proxy, a client's X-Forwarded-Host does not change the links", async () => {
  const feed = await (
    await fetch(`${app.base}/feeds/demo/claimreview`, {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    })
  ).text();
  expect(feed).not.toContain("evil.example");
  expect(urlsOf(feed, app.base).length).toBeGreaterThan(0);
});

test("every public URL in the reader page, its ClaimReview and the annotation container answers 200", async () => {
  test.setTimeout(120_000);
  const feed = await (await fetch(`${app.base}/feeds/demo/claimreview`)).text();
  const feedUrls = urlsOf(feed, app.base);
  const readerUrl = feedUrls.find((u) => /\/r\/demo\/[^/?#]+$/.test(u));
  expect(readerUrl, "the feed links the published demo article's reader page").toBeTruthy();
  const articleId = readerUrl!.split("/").at(-1)!;

  const readerRes = await fetch(readerUrl!);
  expect(readerRes.status).toBe(200);
  const readerHtml = await readerRes.text();
  expect(readerHtml).toContain('type="application/ld+json"');
  const readerUrls = urlsOf(readerHtml, app.base);
  const serviceUrl = /rel="http:\/\/www\.w3\.org\/ns\/oa#annotationService" href="([^"]+)"/.exec(readerHtml)?.[1];
  expect(serviceUrl).toBe(`${app.base}/api/annotations/${articleId}/`);

  const container = await (await fetch(serviceUrl!, { headers: { Accept: ANNOTATION_ACCEPT } })).text();
  const containerUrls = urlsOf(container, app.base);
  const parsed = JSON.parse(container) as { first?: unknown; last?: unknown };
  for (const key of ["first", "last"] as const) {
    const link = typeof parsed[key] === "string" ? parsed[key] : (parsed[key] as { id?: string } | undefined)?.id;
    expect(link, `the container's ${key}`).toMatch(new RegExp(`^${app.base}/`));
  }
  const pageUrls = containerUrls.filter((u) => u.includes("page="));
  const pageBodies = await Promise.all(
    pageUrls.map(async (u) => (await fetch(u, { headers: { Accept: ANNOTATION_ACCEPT } })).text()),
  );
  const annotationUrls = [...new Set(pageBodies.flatMap((b) => urlsOf(b, app.base)).concat(containerUrls))];
  expect(
    annotationUrls.filter((u) => /\/api\/annotations\/[^/]+\/[^/?]+$/.test(u)).length,
    "annotation ids",
  ).toBeGreaterThan(0);

  const embed = await (await fetch(`${app.base}/api/public/reviews?id=${articleId}`)).text();
  const badge = await (await fetch(`${app.base}/embed/badge/${articleId}`)).text();

  await expectAllAnswer([
    ...new Set([...feedUrls, ...readerUrls, ...urlsOf(embed, app.base), ...urlsOf(badge, app.base)]),
  ]);
  await expectAllAnswer(annotationUrls, ANNOTATION_ACCEPT);
});

test("the links in the desk's report exports answer 200", async () => {
  test.setTimeout(90_000);
  const { cookie, error } = await signIn(app.base, "editor@example.org", DEMO_PASSWORD);
  expect(error).toBeNull();
  const feed = await (await fetch(`${app.base}/feeds/demo/claimreview`)).text();
  const articleId = urlsOf(feed, app.base)
    .find((u) => /\/r\/demo\/[^/?#]+$/.test(u))!
    .split("/")
    .at(-1)!;
  const urls = new Set<string>();
  for (const format of ["md", "json", "csv"]) {
    const res = await fetch(`${app.base}/api/articles/${articleId}/report?format=${format}`, { headers: { cookie } });
    expect(res.status, format).toBe(200);
    for (const url of urlsOf(await res.text(), app.base)) urls.add(url);
  }
  expect(
    [...urls].some((u) => u.endsWith(`/r/demo/${articleId}`)),
    "the report links the reader page",
  ).toBe(true);
  await expectAllAnswer([...urls]);
});

test.describe("behind a trusted proxy (TRUSTED_PROXY_HOPS=1, no PUBLIC_BASE_URL)", () => {
  let proxied: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    proxied = await startOwnServer(port + 2, { TRUSTED_PROXY_HOPS: "1" });
  });
  test.afterAll(async () => {
    await proxied?.stop();
  });

  test("links use the host and scheme the proxy forwarded, and its request id is kept", async () => {
    const forwarded = {
      "X-Forwarded-Host": "factcheck.example.test",
      "X-Forwarded-Proto": "https",
      "X-Request-Id": "edge-7f3a.42",
    };
    const feedRes = await fetch(`${proxied.base}/feeds/demo/claimreview`, { headers: forwarded });
    expect(feedRes.headers.get("x-request-id")).toBe("edge-7f3a.42");
    const feed = await feedRes.text();
    const readerUrl = urlsOf(feed, "https://factcheck.example.test").find((u) => /\/r\/demo\/[^/?#]+$/.test(u));
    expect(readerUrl).toBeTruthy();
    expect(feed).not.toContain(proxied.base);
    const readerPath = new URL(readerUrl!).pathname;
    const reader = await (await fetch(`${proxied.base}${readerPath}`, { headers: forwarded })).text();
    expect(reader).toContain(`href="https://factcheck.example.test/api/annotations/${readerPath.split("/").at(-1)}/"`);
  });

  test("a forwarded host that is not a host name is ignored", async () => {
    const feed = await (
      await fetch(`${proxied.base}/feeds/demo/claimreview`, {
        headers: { "X-Forwarded-Host": "evil.example/phish?x=" },
      })
    ).text();
    expect(feed).not.toContain("evil.example");
    expect(urlsOf(feed, proxied.base).length).toBeGreaterThan(0);
  });
});

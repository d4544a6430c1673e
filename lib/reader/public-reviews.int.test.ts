import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReviews, OPTIONS as optionsReviews } from "@/app/api/public/reviews/route";
import { GET as getBadge } from "@/app/embed/badge/[articleId]/route";
import { GET as getFeed } from "@/app/feeds/[org]/claimreview/route";
import { GET as getReaderPage } from "@/app/r/[org]/[article]/route";
import { GET as getContainer } from "@/app/api/annotations/[articleId]/route";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import type { PublicReviews } from "@/lib/embed/payload";

// The publisher embed's endpoint and badge below HTTP: real route handlers against a real database, with a second
// organization and a draft article the e2e suite (one demo org) cannot set up.

const BASE = "http://facts.test";
const ORIGINAL = "https://news.example/world/trump-japan-alliance";
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;

const PUBLISHER = "https://news.example";
const reviews = (query: string, headers: Record<string, string> = { origin: PUBLISHER }) =>
  getReviews(
    new Request(`${BASE}/api/public/reviews?${query.startsWith("org=") ? query : `org=demo&${query}`}`, { headers }),
  );
const badge = (id: string, headers: Record<string, string> = {}) =>
  getBadge(new Request(`${BASE}/embed/badge/${id}`, { headers }), { params: Promise.resolve({ articleId: id }) });

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = BASE;
  process.env.DATABASE_URL ??= t.url;
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  await t.db.article.update({ where: { id: demo.articleId }, data: { originalUrl: `${ORIGINAL}/` } });
  await t.db.organization.update({
    where: { id: demo.orgId },
    data: { embedDomains: ["news.example", "*.partner.example"] },
  });
  // the other desk checked the same page but has not published: it must never answer
  await t.db.article.update({
    where: { id: other.articleId },
    data: { originalUrl: ORIGINAL, status: "DRAFT", publishedVersionId: null },
  });
});

describe("GET /api/public/reviews", () => {
  it("answers an allowed site with the published claims of an article, by id", async () => {
    const res = await reviews(`id=${demo.articleId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(PUBLISHER);
    expect(res.headers.get("vary")).toContain("Origin");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const body = (await res.json()) as PublicReviews;
    expect(body.article).toEqual({
      id: demo.articleId,
      title: expect.stringContaining("Trump complains"),
      readerUrl: `${BASE}/r/demo/${demo.articleId}`,
      language: "en",
      direction: "ltr",
    });
    expect(body.organization).toEqual({ name: "Demo Fact Check Desk" });
    expect(body.claims).toHaveLength(4);
    const protect = body.claims.find((c) => c.quote.startsWith("We have to protect them"))!;
    expect(protect.verdict.label).toBe("Technically inaccurate");
    expect(protect.rationaleHtml).toContain("<strong>collective self-defence</strong>");
    expect(protect.citations[0].expert).toEqual({
      name: "Nicholas Szechenyi",
      title: "Japan expert",
      affiliation: "Center for Strategic and International Studies",
    });
    expect(protect.readerUrl).toBe(`${BASE}/r/demo/${demo.articleId}#claim-${protect.id}`);
  });

  it("never carries a claim in review, nor who reviewed", async () => {
    const text = await (await reviews(`id=${demo.articleId}`)).text();
    expect(text).not.toContain("The two leaders met at the White House on 7 February 2025");
    expect(text).not.toContain("Riley Reviewer");
    expect(text).not.toContain("@example.org");
  });

  it.each([
    [ORIGINAL, "exact"],
    [`${ORIGINAL}/`, "trailing slash"],
    [`${ORIGINAL}#comments`, "fragment"],
    ["https://NEWS.example/world/trump-japan-alliance/#x", "host case"],
  ])("finds the published article by its original address (%s, %s)", async (url) => {
    const res = await reviews(`url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as PublicReviews).article.id).toBe(demo.articleId);
  });

  it("is 404 for an address or id with nothing published, 400 naming a bad parameter", async () => {
    for (const query of [`url=${encodeURIComponent(`${ORIGINAL}?page=2`)}`, `id=${other.articleId}`, "id=nope"]) {
      const res = await reviews(query);
      expect(res.status).toBe(404);
      expect(res.headers.get("access-control-allow-origin")).toBe(PUBLISHER);
      expect(await res.json()).toMatchObject({ error: "NOT_FOUND" });
    }
    const missing = await reviews("org=demo");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "INVALID", parameter: "id" });
    const bad = await reviews("url=javascript:alert(1)");
    expect(await bad.json()).toMatchObject({ parameter: "url" });
    const noOrg = await reviews(`org=&id=${demo.articleId}`);
    expect(noOrg.status).toBe(400);
    expect(await noOrg.json()).toMatchObject({ parameter: "org" });
    expect((await reviews(`org=nobody&id=${demo.articleId}`)).status).toBe(404);
  });
});

describe("the embed belongs to one organization (issue 13, finding 3)", () => {
  // the other desk now publishes "False" on every claim of the same page, later than ours
  async function otherPublishesFalse() {
    await t.db.article.update({
      where: { id: other.articleId },
      data: {
        originalUrl: ORIGINAL,
        status: "PUBLISHED",
        publishedVersionId: other.versionId,
        publishedAt: new Date(Date.now() + 60_000),
      },
    });
    await t.db
      .$executeRaw`UPDATE "ClaimPublication" SET snapshot = jsonb_set(snapshot::jsonb, '{verdict,label}', '"False"'), "publishedAt" = now() + interval '1 minute'
      WHERE "claimId" IN (SELECT id FROM "Claim" WHERE "orgId" = ${other.orgId})`;
    await t.db.organization.update({
      where: { id: other.orgId },
      data: { embedDomains: ["rival.example", "news.example"] },
    });
  }

  it('a second organization\'s later "False" for the same address never replaces our verdict in our embed', async () => {
    await otherPublishesFalse();
    try {
      const ours = await reviews(`url=${encodeURIComponent(ORIGINAL)}`);
      expect(ours.status).toBe(200);
      const body = (await ours.json()) as PublicReviews;
      expect(body.article.id).toBe(demo.articleId);
      expect(body.organization.name).toBe("Demo Fact Check Desk");
      expect(body.claims.map((c) => c.verdict.label)).not.toContain("False");
      expect(body.claims.find((c) => c.quote.startsWith("We have to protect them"))?.verdict.label).toBe(
        "Technically inaccurate",
      );
      // the other organization's own embed shows its own check, and our article id does not reach it
      const theirs = (await (await reviews(`org=other&url=${encodeURIComponent(ORIGINAL)}`)).json()) as PublicReviews;
      expect(theirs.article.id).toBe(other.articleId);
      expect(new Set(theirs.claims.map((c) => c.verdict.label))).toEqual(new Set(["False"]));
      expect((await reviews(`org=other&id=${demo.articleId}`)).status).toBe(404);
      expect((await reviews(`org=demo&id=${other.articleId}`)).status).toBe(404);
    } finally {
      await t.db.article.update({
        where: { id: other.articleId },
        data: { status: "DRAFT", publishedVersionId: null },
      });
    }
  });

  it("gives a page on a site that is not on the list nothing, by Origin or by Referer", async () => {
    const refusedHeaders: Record<string, string>[] = [
      { origin: "https://rival.example" },
      { referer: "https://rival.example/story" },
      { origin: "null" },
      { origin: "https://partner.example" },
    ];
    for (const headers of refusedHeaders) {
      const res = await reviews(`id=${demo.articleId}`, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      const text = await res.text();
      expect(text).not.toContain(demo.articleId);
      expect(text).toContain("is not on Demo Fact Check Desk's list of embed domains");
    }
  });

  it("answers the sites on the list, FactDesk itself and a direct request", async () => {
    for (const [headers, allowOrigin] of [
      [{ origin: "https://www.partner.example" }, "https://www.partner.example"],
      [{ referer: "http://news.example:8080/story" }, "http://news.example:8080"],
      [{ origin: BASE }, BASE],
      [{}, null],
    ] as const) {
      const res = await reviews(`id=${demo.articleId}`, headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(allowOrigin);
    }
  });

  it("nothing else public mixes the two organizations: reader page, feed, annotation container, badge", async () => {
    await otherPublishesFalse();
    try {
      const reader = (org: string, article: string) =>
        getReaderPage(new Request(`${BASE}/r/${org}/${article}`), { params: Promise.resolve({ org, article }) });
      expect((await reader("other", demo.articleId)).status).toBe(404);
      expect((await reader("demo", other.articleId)).status).toBe(404);
      const feed = await (
        await getFeed(new Request(`${BASE}/feeds/other/claimreview`), { params: Promise.resolve({ org: "other" }) })
      ).text();
      expect(feed).toContain(other.articleId);
      expect(feed).not.toContain(demo.articleId);
      const container = await (
        await getContainer(new Request(`${BASE}/api/annotations/${demo.articleId}/`), {
          params: Promise.resolve({ articleId: demo.articleId }),
        })
      ).text();
      expect(container).not.toContain("False");
      expect(container).not.toContain(other.articleId);
      const theirBadge = await (await badge(other.articleId)).text();
      expect(theirBadge).toContain("checked by Demo Fact Check Desk (other)");
      expect(theirBadge).not.toContain(demo.articleId);
    } finally {
      await t.db.article.update({
        where: { id: other.articleId },
        data: { status: "DRAFT", publishedVersionId: null },
      });
    }
  });

  it("answers a preflight with the origin only when it is allowed", async () => {
    const preflight = (origin: string) =>
      optionsReviews(
        new Request(`${BASE}/api/public/reviews?org=demo&id=${demo.articleId}`, {
          method: "OPTIONS",
          headers: { origin },
        }),
      );
    expect((await preflight(PUBLISHER)).headers.get("access-control-allow-origin")).toBe(PUBLISHER);
    const refused = await preflight("https://rival.example");
    expect(refused.status).toBe(204);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("GET /embed/badge/:articleId", () => {
  it("is a page counting the published verdicts, framable by the sites on the list only", async () => {
    const res = await badge(demo.articleId, { referer: `${PUBLISHER}/world/story` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain(
      "frame-ancestors 'self' https://news.example:* http://news.example:* https://*.partner.example:* http://*.partner.example:*",
    );
    expect(res.headers.get("x-frame-options")).toBeNull();
    const html = await res.text();
    expect(html).toContain("4 claims checked by Demo Fact Check Desk");
    expect(html).toContain(`href="${BASE}/r/demo/${demo.articleId}" target="_blank"`);
    expect(html).toContain("2 Accurate</li>");
  });

  it("is 404 for an article that is not published", async () => {
    expect((await badge(other.articleId)).status).toBe(404);
  });

  it("shows nothing on a site that is not on the list", async () => {
    const res = await badge(demo.articleId, { referer: "https://rival.example/story" });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).not.toContain("claims checked");
    expect(html).toContain("not shown on this site");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReviews } from "@/app/api/public/reviews/route";
import { GET as getBadge } from "@/app/embed/badge/[articleId]/route";
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

const reviews = (query: string) => getReviews(new Request(`${BASE}/api/public/reviews?${query}`));
const badge = (id: string) => getBadge(new Request(`${BASE}/embed/badge/${id}`), { params: Promise.resolve({ articleId: id }) });

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = BASE;
  process.env.DATABASE_URL ??= t.url;
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  await t.db.article.update({ where: { id: demo.articleId }, data: { originalUrl: `${ORIGINAL}/` } });
  // the other desk checked the same page but has not published: it must never answer
  await t.db.article.update({ where: { id: other.articleId }, data: { originalUrl: ORIGINAL, status: "DRAFT", publishedVersionId: null } });
});

describe("GET /api/public/reviews", () => {
  it("answers any site with the published claims of an article, by id", async () => {
    const res = await reviews(`id=${demo.articleId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const body = (await res.json()) as PublicReviews;
    expect(body.article).toEqual({ id: demo.articleId, title: expect.stringContaining("Trump complains"), readerUrl: `${BASE}/r/demo/${demo.articleId}` });
    expect(body.organization).toEqual({ name: "Demo Fact Check Desk" });
    expect(body.claims).toHaveLength(4);
    const protect = body.claims.find((c) => c.quote.startsWith("We have to protect them"))!;
    expect(protect.verdict.label).toBe("Technically inaccurate");
    expect(protect.rationaleHtml).toContain("<strong>collective self-defence</strong>");
    expect(protect.citations[0].expert).toEqual({ name: "Nicholas Szechenyi", title: "Japan expert", affiliation: "Center for Strategic and International Studies" });
    expect(protect.readerUrl).toBe(`${BASE}/r/demo/${demo.articleId}#claim-${protect.id}`);
  });

  it("never carries a claim in review, nor who reviewed", async () => {
    const text = await (await reviews(`id=${demo.articleId}`)).text();
    expect(text).not.toContain("The two leaders met at the White House on 7 February 2025");
    expect(text).not.toContain("Riley Reviewer");
    expect(text).not.toContain("@example.org");
  });

  it.each([
    [ORIGINAL, "exact"], [`${ORIGINAL}/`, "trailing slash"], [`${ORIGINAL}#comments`, "fragment"], ["https://NEWS.example/world/trump-japan-alliance/#x", "host case"],
  ])("finds the published article by its original address (%s, %s)", async (url) => {
    const res = await reviews(`url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as PublicReviews).article.id).toBe(demo.articleId);
  });

  it("is 404 for an address or id with nothing published, 400 naming a bad parameter", async () => {
    for (const query of [`url=${encodeURIComponent(`${ORIGINAL}?page=2`)}`, `id=${other.articleId}`, "id=nope"]) {
      const res = await reviews(query);
      expect(res.status).toBe(404);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.json()).toMatchObject({ error: "NOT_FOUND" });
    }
    const missing = await reviews("");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: "INVALID", parameter: "id" });
    const bad = await reviews("url=javascript:alert(1)");
    expect(await bad.json()).toMatchObject({ parameter: "url" });
  });
});

describe("GET /embed/badge/:articleId", () => {
  it("is a framable page counting the published verdicts", async () => {
    const res = await badge(demo.articleId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const html = await res.text();
    expect(html).toContain("4 claims checked by Demo Fact Check Desk");
    expect(html).toContain(`href="${BASE}/r/demo/${demo.articleId}" target="_blank"`);
    expect(html).toContain("2 Accurate</li>");
  });

  it("is 404 for an article that is not published", async () => {
    expect((await badge(other.articleId)).status).toBe(404);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/r/[org]/[article]/route";
import { toPublishedMeta } from "@/lib/publishing/article-meta";
import { cachedReaderPage, readerPageKey, rememberReaderPage } from "@/lib/reader/page-cache";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";

// The reader page's route handler on a real database: it renders once and serves that rendering again only while
// nothing a reader could see has changed (lib/reader/page-cache.ts).
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
const page = (headers: Record<string, string> = {}, articleId = demo.articleId) =>
  GET(new Request(`http://facts.test/r/demo/${articleId}`, { headers }), {
    params: Promise.resolve({ org: "demo", article: articleId }),
  });
const chips = (html: string) =>
  [...html.matchAll(/class="verdict-chip"[^>]*>.*?<\/span>([^<]+)<\/button>/g)].map((m) => m[1]);

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  demo = await seedDemoData(t.db);
});

describe("GET /r/:org/:article", () => {
  it("serves the same rendering with a stable ETag, answers If-None-Match with 304, and sends its own strict policy", async () => {
    const first = await page();
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(chips(html)).toEqual(["Misleading", "Accurate", "Technically inaccurate", "Accurate"]);
    expect(html).not.toContain("The two leaders met at the White House"); // the claim in review
    expect(first.headers.get("content-security-policy")).toContain("script-src 'self';");
    const etag = first.headers.get("etag")!;
    const again = await page();
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(html);
    expect((await page({ "If-None-Match": etag })).status).toBe(304);
  });

  it("keeps a flagged claim (readers read the published snapshot), and renders again when the organization is renamed", async () => {
    const before = await page();
    const html = await before.text();
    // what a text edit does to a claim it cannot place for certain (lib/articles: re-anchoring): the desk's
    // business until an editor publishes (issue 13, finding 2)
    const flagged = (
      await t.db.claim.findFirstOrThrow({
        where: { articleId: demo.articleId, quote: { startsWith: "We have to protect them" } },
      })
    ).id;
    await t.db.claim.update({
      where: { id: flagged },
      data: { needsReanchor: true, state: "IN_REVIEW", claimant: "An unapproved edit" },
    });
    const after = await page();
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
    expect(await after.text()).toBe(html);
    expect(html).toContain("We have to protect them, but they don&#39;t have to protect us</mark>");
    expect(chips(html)).toEqual(["Misleading", "Accurate", "Technically inaccurate", "Accurate"]);

    await t.db.organization.update({ where: { id: demo.orgId }, data: { name: "Renamed Desk" } });
    expect(await (await page()).text()).toContain("Checked by Renamed Desk");
  });

  it("keeps its rendering while drafts change, and renders again when a publication is added", async () => {
    const etag = (await page()).headers.get("etag");
    const inReview = await t.db.claim.findFirstOrThrow({
      where: { articleId: demo.articleId, publications: { none: {} } },
    });
    await t.db.claim.update({ where: { id: inReview.id }, data: { claimant: "A draft edit readers must not see" } });
    const whileDrafting = await page();
    expect(whileDrafting.headers.get("etag")).toBe(etag);
    expect(await whileDrafting.text()).not.toContain("A draft edit readers must not see");

    // what publishing a correction adds: one more snapshot of a published claim
    const published = await t.db.claimPublication.findFirstOrThrow({
      where: { claim: { articleId: demo.articleId } },
      orderBy: { publishedAt: "desc" },
    });
    await t.db.claimPublication.create({
      data: {
        claimId: published.claimId,
        snapshot: published.snapshot as object,
        correctionNote: "A correction readers must see.",
      },
    });
    const corrected = await page();
    expect(corrected.headers.get("etag")).not.toBe(etag);
  });

  it("lays the article out in its language as published, never in a language the desk has not published yet", async () => {
    const article = () =>
      page()
        .then((res) => res.text())
        .then((html) => /<article id="article"[^>]*>/.exec(html)![0]);
    expect(await article()).toContain('lang="en" dir="ltr"');
    // a desk member marks the article as Arabic: readers keep the published details until an editor publishes
    await t.db.article.update({ where: { id: demo.articleId }, data: { language: "ar" } });
    expect(await article()).toContain('lang="en" dir="ltr"');
    const live = await t.db.article.findUniqueOrThrow({ where: { id: demo.articleId } });
    await t.db.article.update({ where: { id: demo.articleId }, data: { publishedMeta: toPublishedMeta(live) } });
    expect(await article()).toContain('lang="ar" dir="rtl"');
    await t.db.article.update({
      where: { id: demo.articleId },
      data: { language: "en", publishedMeta: toPublishedMeta({ ...live, language: "en" }) },
    });
  });

  it("speaks the organization's public language, or the article's own reader language as published", async () => {
    const english = await page();
    const englishHtml = await english.text();
    expect(englishHtml).toContain('<html lang="en" dir="ltr">');
    expect(english.headers.get("content-language")).toBe("en");

    await t.db.organization.update({ where: { id: demo.orgId }, data: { publicLanguage: "ar" } });
    const arabic = await page();
    const arabicHtml = await arabic.text();
    expect(arabicHtml).toContain('<html lang="ar" dir="rtl">');
    expect(arabicHtml).toContain('<p class="eyebrow">مقال مدقق</p>');
    expect(arabicHtml).toContain("تم تدقيق 4 ادعاءات");
    expect(arabic.headers.get("content-language")).toBe("ar");
    expect(arabic.headers.get("etag")).not.toBe(english.headers.get("etag"));
    // the article keeps its own language and direction inside the Arabic page
    expect(/<article id="article"[^>]*>/.exec(arabicHtml)![0]).toContain('lang="en" dir="ltr"');

    // an editor published the article with Spanish for its readers: that wins over the organization's language
    const live = await t.db.article.findUniqueOrThrow({ where: { id: demo.articleId } });
    await t.db.article.update({
      where: { id: demo.articleId },
      data: { publishedMeta: { ...toPublishedMeta(live), readerLanguage: "es" } },
    });
    const spanishHtml = await (await page()).text();
    expect(spanishHtml).toContain('<html lang="es" dir="ltr">');
    expect(spanishHtml).toContain('<p class="eyebrow">Artículo verificado</p>');
    expect(spanishHtml).toContain("4 afirmaciones verificadas");

    // back to no override and English: the very first rendering again, never a copy made in another language
    await t.db.article.update({ where: { id: demo.articleId }, data: { publishedMeta: toPublishedMeta(live) } });
    await t.db.organization.update({ where: { id: demo.orgId }, data: { publicLanguage: "en" } });
    const back = await page();
    expect(await back.text()).toBe(englishHtml);
    expect(back.headers.get("content-language")).toBe("en");
  });

  it("keeps one cached copy per language: a page in one language is never served for another", () => {
    const stamp = "same stamp";
    rememberReaderPage(readerPageKey("demo", "x", "ar"), stamp, "<html lang=ar>");
    expect(cachedReaderPage(readerPageKey("demo", "x", "en"), stamp)).toBeUndefined();
    rememberReaderPage(readerPageKey("demo", "x", "en"), stamp, "<html lang=en>");
    const decode = (key: string) => new TextDecoder().decode(cachedReaderPage(key, stamp)!.body);
    expect(decode(readerPageKey("demo", "x", "ar"))).toBe("<html lang=ar>");
    expect(decode(readerPageKey("demo", "x", "en"))).toBe("<html lang=en>");
  });

  it("answers 404 for an article that is unpublished, unknown or of another organization's address", async () => {
    await t.db.article.update({ where: { id: demo.articleId }, data: { status: "DRAFT" } });
    const res = await page();
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("This fact-check is not published");
    expect((await page({}, "no-such-article")).status).toBe(404);
    await t.db.article.update({ where: { id: demo.articleId }, data: { status: "PUBLISHED" } });
    const other = await GET(new Request(`http://facts.test/r/other/${demo.articleId}`), {
      params: Promise.resolve({ org: "other", article: demo.articleId }),
    });
    expect(other.status).toBe(404);
  });
});

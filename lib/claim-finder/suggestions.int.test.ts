import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createArticle, editArticleText } from "@/lib/articles/mutations";
import { AppError } from "@/lib/errors";
import { loadSuggestions } from "./data";
import { dismissSuggestion } from "./mutations";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });
const outsider = () => ({ userId: other.users.ADMIN.id, orgId: other.orgId });

const ARTICLE = [
  "Thank you all for coming tonight, it is good to see so many friends.",
  "The city spent $40 million on the new stadium, twice the budget the council approved in 2019.",
  "Crime fell by 12 percent last year, the lowest rate since records began.",
  "We will keep working together.",
].join("\n");

async function newArticle() {
  const { articleId } = await createArticle(reviewer(), {
    title: "Council meeting",
    outlet: null,
    author: null,
    originalPublishedAt: null,
    originalUrl: null,
    text: ARTICLE,
    html: null,
  });
  const article = await t.db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { currentVersionId: true },
  });
  return { articleId, versionId: article.currentVersionId! };
}

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("suggested claims", () => {
  it("are computed when a version is made: the seeded article and a new one have them, best first", async () => {
    const seeded = await loadSuggestions(demo.orgId, demo.articleId, demo.versionId);
    expect(seeded.length).toBeGreaterThan(3);
    const { articleId, versionId } = await newArticle();
    const suggestions = await loadSuggestions(demo.orgId, articleId, versionId);
    expect(
      suggestions
        .map((s) => s.text)
        .slice(0, 2)
        .sort(),
    ).toEqual([
      "Crime fell by 12 percent last year, the lowest rate since records began.",
      "The city spent $40 million on the new stadium, twice the budget the council approved in 2019.",
    ]);
    expect(suggestions.map((s) => s.text)).not.toContain("We will keep working together.");
    for (const s of suggestions) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it("are not given to another organization", async () => {
    expect(await loadSuggestions(other.orgId, demo.articleId, demo.versionId)).toEqual([]);
  });

  it("a dismissed sentence stays hidden in later versions, with one audit row, however often it is dismissed", async () => {
    const { articleId, versionId } = await newArticle();
    const [top] = await loadSuggestions(demo.orgId, articleId, versionId);
    await Promise.all([
      dismissSuggestion(reviewer(), { articleId, versionId, start: top.start, end: top.end }),
      dismissSuggestion(reviewer(), { articleId, versionId, start: top.start, end: top.end }),
    ]);
    await dismissSuggestion(reviewer(), { articleId, versionId, start: top.start, end: top.end });
    expect((await loadSuggestions(demo.orgId, articleId, versionId)).map((s) => s.text)).not.toContain(top.text);
    expect(await t.db.auditEvent.count({ where: { articleId, action: "suggestion.dismissed" } })).toBe(1);

    await editArticleText(reviewer(), {
      articleId,
      baseVersionId: versionId,
      text: `Breaking news from the council.\n${ARTICLE}`,
    });
    const current = (await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).currentVersionId!;
    const later = await loadSuggestions(demo.orgId, articleId, current);
    expect(later.length).toBeGreaterThan(0);
    expect(later.map((s) => s.text)).not.toContain(top.text);
  });

  it("refuses another organization, a range that is not a suggestion, and a version of another article", async () => {
    const { articleId, versionId } = await newArticle();
    const [top] = await loadSuggestions(demo.orgId, articleId, versionId);
    expect(await errorOf(dismissSuggestion(outsider(), { articleId, versionId, start: top.start, end: top.end }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await errorOf(dismissSuggestion(reviewer(), { articleId, versionId, start: top.start, end: top.end - 1 })),
    ).toBe("INVALID");
    expect(
      await errorOf(
        dismissSuggestion(reviewer(), { articleId: demo.articleId, versionId, start: top.start, end: top.end }),
      ),
    ).toBe("NOT_FOUND");
    expect(await t.db.suggestionDismissal.count({ where: { articleId } })).toBe(0);
  });

  it("a malformed stored column suggests nothing instead of breaking the page", async () => {
    const { articleId, versionId } = await newArticle();
    await t.db.articleVersion.update({ where: { id: versionId }, data: { suggestions: { not: "a list" } } });
    expect(await loadSuggestions(demo.orgId, articleId, versionId)).toEqual([]);
  });
});

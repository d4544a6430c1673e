import { beforeAll, describe, expect, it, vi } from "vitest";
import { createArticleAction, updateArticleMetaAction } from "@/lib/articles/actions";
import { loadPublicationPreviewAction, publishArticleAction } from "@/lib/workflow/actions";
import { publishedMetaSchema } from "@/lib/publishing/article-meta";
import { form } from "@/test/support/action-calls";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { createWorld, unique, type World } from "@/test/support/test-world";

// The reader page's language per article: readers get the organization's public language unless an article says
// otherwise. The override is one of the article's details: chosen on a new article or in its details (audited),
// refused when it is not a language the reader page speaks, and frozen for readers only when an editor publishes.

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "reader-language-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("@/test/support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("@/test/support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("@/test/support/request-mocks")).noCacheModule());

const ENGLISH = "The president said unemployment fell to 3 percent in 2024, the lowest level in decades.";

const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  w = await createWorld(t.db);
  await w.signIn("reviewer");
}, 120_000);

const readerLanguageOf = async (id: string) =>
  (await t.db.article.findUniqueOrThrow({ where: { id }, select: { readerLanguage: true } })).readerLanguage;
const details = (articleId: string, fields: Record<string, string>) =>
  updateArticleMetaAction(null, form({ articleId, title: "Renamed", ...fields }));

describe("the reader page language of a new article", () => {
  it("follows the organization unless the member chooses one, and the creation is audited with it", async () => {
    const plain = await createArticleAction(null, form({ source: "paste", title: unique("Org"), content: ENGLISH }));
    expect(plain.ok && (await readerLanguageOf(plain.data.articleId))).toBeNull();

    const chosen = await createArticleAction(
      null,
      form({ source: "paste", title: unique("Chosen"), content: ENGLISH, readerLanguage: "ar" }),
    );
    if (!chosen.ok) throw new Error(chosen.message);
    expect(await readerLanguageOf(chosen.data.articleId)).toBe("ar");
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: chosen.data.articleId, action: "article.created" },
    });
    expect(audit.after).toMatchObject({ readerLanguage: "ar" });
  });

  it("is refused with a field error when it is not a language the reader page speaks, and nothing is saved", async () => {
    const before = await t.db.article.count();
    for (const readerLanguage of ["fr", "english", "AR", "toString"]) {
      const result = await createArticleAction(
        null,
        form({ source: "paste", title: unique("Bad"), content: ENGLISH, readerLanguage }),
      );
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
      expect(!result.ok && result.fieldErrors?.readerLanguage).toMatch(/Choose the reader page's language/);
    }
    expect(await t.db.article.count()).toBe(before);
  });
});

describe("changing the reader page language in the article details", () => {
  it("saves it, audits before and after, keeps it when the form leaves it out, and empties it back to the organization's", async () => {
    const { articleId: id } = await w.freshArticle();
    expect(await details(id, { readerLanguage: "es" })).toMatchObject({ ok: true });
    expect(await readerLanguageOf(id)).toBe("es");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "article.meta_updated" } });
    expect(audit.before).toMatchObject({ readerLanguage: null });
    expect(audit.after).toMatchObject({ readerLanguage: "es" });

    expect(await details(id, {})).toMatchObject({ ok: true });
    expect(await readerLanguageOf(id)).toBe("es");

    expect(await details(id, { readerLanguage: "" })).toMatchObject({ ok: true });
    expect(await readerLanguageOf(id)).toBeNull();
  });

  it("refuses an unknown language and another organization's article, changing nothing", async () => {
    const { articleId: id } = await w.freshArticle();
    expect(await details(id, { readerLanguage: "de" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { readerLanguage: expect.stringMatching(/Choose the reader page's language/) },
    });
    await w.signIn("otherOrg");
    expect(await details(id, { readerLanguage: "es" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await w.signIn("reviewer");
    expect(await readerLanguageOf(id)).toBeNull();
  });
});

describe("readers get the reader page language only when an editor publishes", () => {
  it("is frozen into the published details, listed in the publication plan, and replaced only by the next publication", async () => {
    const { articleId } = await w.freshArticle({ approvedClaim: true });
    await w.signIn("reviewer");
    expect(await details(articleId, { readerLanguage: "ar" })).toMatchObject({ ok: true });
    await w.signIn("editor");
    expect(await publishArticleAction({ articleId })).toMatchObject({ ok: true });
    const published = async () =>
      publishedMetaSchema.parse(
        (await t.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { publishedMeta: true } }))
          .publishedMeta,
      );
    expect((await published()).readerLanguage).toBe("ar");

    // a change after publication waits for the next one, and the editor is shown it as a change readers will see
    await w.signIn("reviewer");
    expect(await details(articleId, { readerLanguage: "" })).toMatchObject({ ok: true });
    expect((await published()).readerLanguage).toBe("ar");
    await w.signIn("editor");
    const preview = await loadPublicationPreviewAction({ articleId });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.metaChanges).toContainEqual({
      field: "reader page language",
      before: "ar",
      after: "",
    });
    expect(await publishArticleAction({ articleId, stamp: preview.data.stamp })).toMatchObject({ ok: true });
    expect((await published()).readerLanguage).toBeNull();
  });
});

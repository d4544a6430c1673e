import { beforeAll, describe, expect, it, vi } from "vitest";
import { createArticleAction, updateArticleMetaAction } from "@/lib/articles/actions";
import { form } from "@/test/support/action-calls";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { createWorld, unique, type World } from "@/test/support/test-world";

// What a new article keeps, through the real action on a real database. Its language: the member's choice, else the
// page's declared one, else the text's; changed in the article details (audited), refused when it is not one we know,
// never wiped by a form that does not send it. Its body: without a first line that only repeats the title.

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "article-language-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("@/test/support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("@/test/support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("@/test/support/request-mocks")).noCacheModule());

const ARABIC =
  "قال الرئيس إن معدل البطالة انخفض إلى ثلاثة في المئة في عام 2024، وهو أدنى مستوى منذ عقود.\n\nوأضاف أن الحكومة ستواصل دعم الصناعات المحلية.";
const ENGLISH = "The president said unemployment fell to 3 percent in 2024, the lowest level in decades.";

const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  w = await createWorld(t.db);
  await w.signIn("reviewer");
}, 120_000);

async function paste(fields: Record<string, string>) {
  const result = await createArticleAction(
    null,
    form({ source: "paste", format: "text", title: unique("Language"), ...fields }),
  );
  if (!result.ok) return result;
  const article = await t.db.article.findUniqueOrThrow({ where: { id: result.data.articleId } });
  return { ...result, article };
}

describe("the language of a new article", () => {
  it("is detected from the text when the member leaves it to us", async () => {
    expect(await paste({ content: ARABIC, language: "" })).toMatchObject({ ok: true, article: { language: "ar" } });
    expect(await paste({ content: ENGLISH })).toMatchObject({ ok: true, article: { language: "en" } });
  });

  it("is the member's choice when they make one, and the creation is audited with it", async () => {
    const created = await paste({ content: ENGLISH, language: "es" });
    expect(created).toMatchObject({ ok: true, article: { language: "es" } });
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: created.ok ? created.data.articleId : "", action: "article.created" },
    });
    expect(audit.after).toMatchObject({ language: "es" });
  });

  it("comes from the page's own lang when an HTML page is pasted", async () => {
    const sentence = "The minister said the bridge repairs would cost twice the first estimate, engineers reported. ";
    const page = `<!doctype html><html lang="fr"><head><title>Pont</title></head><body><article><p>${sentence.repeat(6)}</p></article></body></html>`;
    expect(await paste({ content: page, format: "html" })).toMatchObject({ ok: true, article: { language: "fr" } });
  });

  it("stays unset when the text is too short to tell", async () => {
    expect(await paste({ content: "OK. 2024: 3%." })).toMatchObject({ ok: true, article: { language: null } });
  });

  it("is refused with a field error when it is not a language we know, and nothing is saved", async () => {
    const before = await t.db.article.count();
    for (const language of ["xx", "english", "en-GB'; drop table", "toString"]) {
      const result = await paste({ content: ENGLISH, language });
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
      expect(!result.ok && result.fieldErrors?.language).toMatch(/Choose the article's language from the list/);
    }
    expect(await t.db.article.count()).toBe(before);
  });
});

describe("a pasted headline", () => {
  const textOf = async (articleId: string) =>
    (await t.db.articleVersion.findFirstOrThrow({ where: { articleId }, select: { text: true } })).text;

  it("is not kept as the first paragraph when it is the title the member gave", async () => {
    const created = await paste({
      title: "Unemployment at record low",
      content: `Unemployment at record low\n\n${ENGLISH}`,
    });
    expect(created.ok && (await textOf(created.data.articleId))).toBe(ENGLISH);
  });

  it("is not kept either when Markdown's first heading became the title", async () => {
    const created = await createArticleAction(
      null,
      form({ source: "paste", format: "markdown", title: "", content: `# Record low\n\n${ENGLISH}` }),
    );
    expect(created.ok && (await textOf(created.data.articleId))).toBe(ENGLISH);
  });

  it("stays when it says something else than the title", async () => {
    const created = await paste({ title: "Jobs", content: `Unemployment at record low\n\n${ENGLISH}` });
    expect(created.ok && (await textOf(created.data.articleId))).toBe(`Unemployment at record low\n\n${ENGLISH}`);
  });
});

describe("changing an article's language in its details", () => {
  const details = (articleId: string, fields: Record<string, string>) =>
    updateArticleMetaAction(null, form({ articleId, title: "Renamed", ...fields }));

  it("saves it, audits before and after, and leaves it alone when the form does not send it", async () => {
    const created = await paste({ content: ENGLISH });
    if (!created.ok) throw new Error(created.message);
    const id = created.data.articleId;
    expect(await details(id, { language: "ar" })).toMatchObject({ ok: true });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).language).toBe("ar");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "article.meta_updated" } });
    expect(audit.before).toMatchObject({ language: "en" });
    expect(audit.after).toMatchObject({ language: "ar" });

    expect(await details(id, {})).toMatchObject({ ok: true });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).language).toBe("ar");

    expect(await details(id, { language: "" })).toMatchObject({ ok: true });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).language).toBeNull();
  });

  it("refuses an unknown language and another organization's article", async () => {
    const created = await paste({ content: ENGLISH });
    if (!created.ok) throw new Error(created.message);
    const id = created.data.articleId;
    expect(await details(id, { language: "klingon" })).toMatchObject({ ok: false, code: "INVALID" });
    await w.signIn("otherOrg");
    expect(await details(id, { language: "es" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await w.signIn("reviewer");
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).language).toBe("en");
  });

  it("is kept by the database only as a language tag", async () => {
    await expect(
      t.db.article.update({ where: { id: w.ours.articleId }, data: { language: "EN-gb" } }),
    ).rejects.toThrow();
  });
});

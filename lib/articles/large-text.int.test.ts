import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { contentHash } from "./content";
import { DIRECT_TEXT_CHARS, splitIntoPieces, TEXT_PIECE_CHARS } from "./large-text";
import { createArticle, editArticleText } from "./mutations";

// Large texts go to the database in pieces and are put together inside the version's transaction (issue 14). What
// is stored must be exactly the text, with its suggestions, and no piece may be left behind, whatever happens.

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
const editor = () => ({ userId: demo.users.EDITOR.id, orgId: demo.orgId });
const META = { outlet: null, author: null, originalPublishedAt: null, originalUrl: null };

/** Over two pieces long, with an emoji (a surrogate pair) straddling each place a naive cut would fall. */
function largeText(): string {
  const sentence = "The council said rents rose by 40 percent in 2024, the highest rise on record. ";
  let text = sentence.repeat(Math.ceil((TEXT_PIECE_CHARS * 2.5) / sentence.length));
  for (const cut of [TEXT_PIECE_CHARS, TEXT_PIECE_CHARS * 2])
    text = `${text.slice(0, cut - 1)}😀${text.slice(cut + 1)}`;
  return text.trim();
}

const piecesLeft = () => t.db.textPiece.count();
const stored = (articleId: string) =>
  t.db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { currentVersion: { select: { text: true, contentHash: true, suggestions: true, number: true } } },
  });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
});

describe("large article texts", () => {
  it("cuts pieces without splitting a surrogate pair", () => {
    const text = largeText();
    const pieces = splitIntoPieces(text);
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS);
      expect(() => encodeURIComponent(piece), "no lone surrogate").not.toThrow();
    }
  });

  it("stores a new article's large text exactly, with its suggestions, and leaves no piece behind", async () => {
    const text = largeText();
    expect(text.length).toBeGreaterThan(DIRECT_TEXT_CHARS);
    const { articleId } = await createArticle(editor(), { ...META, title: "Large", text, html: null });
    const { currentVersion } = await stored(articleId);
    expect(currentVersion?.text).toBe(text);
    expect(currentVersion?.contentHash).toBe(contentHash(text));
    expect(Array.isArray(currentVersion?.suggestions) && currentVersion.suggestions.length).toBeGreaterThan(0);
    expect(await piecesLeft()).toBe(0);
  });

  it("stores a large text edit as the next version, and an unchanged one leaves no piece behind", async () => {
    const { articleId } = await createArticle(editor(), { ...META, title: "Edited", text: "Short text.", html: null });
    const first = await t.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { currentVersionId: true },
    });
    const text = largeText();
    const edit = { articleId, baseVersionId: first.currentVersionId!, text };
    await expect(editArticleText(editor(), edit)).resolves.toMatchObject({ versionNumber: 2, unchanged: false });
    expect((await stored(articleId)).currentVersion).toMatchObject({ number: 2, text });
    const second = await t.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { currentVersionId: true },
    });
    await expect(
      editArticleText(editor(), { ...edit, baseVersionId: second.currentVersionId! }),
    ).resolves.toMatchObject({ unchanged: true });
    expect(await piecesLeft()).toBe(0);
  });

  it("removes the pieces of a write that fails (an organization that does not exist)", async () => {
    const text = largeText();
    const failed = createArticle(
      { userId: demo.users.EDITOR.id, orgId: "no-such-organization" },
      { ...META, title: "Refused", text, html: null },
    );
    await expect(failed).rejects.toThrow();
    expect(await piecesLeft()).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { editArticleText } from "./mutations";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
beforeAll(async () => {
  demo = await seedDemoData(t.db);
});

describe("editing an article's text", () => {
  it("moves a claim whose word changed, flags one whose sentence is gone, in one new version with audit events", async () => {
    const v1 = await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } });
    const edited = v1.text
      .replace(
        "We have to protect them, but they don't have to protect us",
        "We have to defend them, but they don't have to protect us",
      )
      .replace(
        "Under the treaty, which was signed in 1960, the U.S. is obliged to defend Japan if the country falls under an attack.\n",
        "",
      )
      .replace("MORE STORIES", "MORE STORIES FROM US");
    const actor = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
    const outcome = await editArticleText(actor, {
      articleId: demo.articleId,
      baseVersionId: demo.versionId,
      text: edited,
    });
    expect(outcome).toMatchObject({ versionNumber: 2, flagged: 1, unchanged: false });

    const [followed, deleted] = await Promise.all(
      demo.claimIds.slice(0, 2).map((id) => t.db.claim.findUniqueOrThrow({ where: { id } })),
    );
    const v2 = await t.db.articleVersion.findFirstOrThrow({ where: { articleId: demo.articleId, number: 2 } });
    expect(followed).toMatchObject({
      needsReanchor: false,
      versionId: v2.id,
      quote: "We have to defend them, but they don't have to protect us",
    });
    expect(v2.text.slice(followed.start, followed.end)).toBe(followed.quote);
    expect(deleted).toMatchObject({ needsReanchor: true, versionId: demo.versionId });
    expect(deleted.quote).toContain("Under the treaty");

    const events = await t.db.auditEvent.findMany({
      where: { articleId: demo.articleId, action: { in: ["claim.moved", "claim.flagged"] } },
    });
    expect(events.filter((e) => e.action === "claim.flagged").map((e) => e.claimId)).toEqual([deleted.id]);
    expect(events.filter((e) => e.action === "claim.moved")).toHaveLength(outcome.moved);
    // the old version is immutable
    expect((await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text).toBe(v1.text);
  });

  it("refuses a save based on an outdated version and makes no version for unchanged text", async () => {
    const actor = { userId: demo.users.REVIEWER.id, orgId: demo.orgId };
    const article = await t.db.article.findUniqueOrThrow({
      where: { id: demo.articleId },
      include: { currentVersion: true },
    });
    await expect(
      editArticleText(actor, { articleId: demo.articleId, baseVersionId: demo.versionId, text: "anything" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const same = await editArticleText(actor, {
      articleId: demo.articleId,
      baseVersionId: article.currentVersionId!,
      text: article.currentVersion!.text,
    });
    expect(same.unchanged).toBe(true);
  });
});

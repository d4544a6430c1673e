import { beforeEach, describe, expect, it } from "vitest";
import { editArticleText } from "@/lib/articles/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { saveClaimSchema } from "@/lib/claims/schema";
import { loadPublishedArticle } from "@/lib/reader/data";
import { parsePublicationSnapshot } from "@/lib/publishing/snapshot";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { approveClaim, publishArticle } from "./mutations";

// Publishing against everyone else at once, on real PostgreSQL: two editors, a reviewer saving, readers reading.
const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let slug = "";
let seeded = 0;
beforeEach(async () => {
  slug = `race${++seeded}`;
  demo = await seedDemoData(t.db, { slug, emailDomain: `${slug}.example` });
});
const actor = (role: "REVIEWER" | "EDITOR" | "ADMIN") => ({ userId: demo.users[role].id, orgId: demo.orgId });
const settle = <T>(p: Promise<T>) =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

async function saveClaimant(claimId: string, claimant: string) {
  const c = await t.db.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { verdict: true, citations: { where: { deletedAt: null }, orderBy: { position: "asc" } } },
  });
  return saveClaim(
    actor("REVIEWER"),
    saveClaimSchema.parse({
      claimId,
      lockVersion: c.lockVersion,
      claimant,
      claimDate: c.claimDate?.toISOString().slice(0, 10) ?? null,
      claimContext: c.claimContext,
      verdictOptionId: c.verdict?.optionId ?? null,
      rationale: c.verdict?.rationale ?? "",
      citations: c.citations.map((x) => ({
        id: x.id,
        kind: x.kind,
        quote: x.quote,
        sourceTitle: x.sourceTitle,
        publisher: x.publisher,
        url: x.url,
        accessedAt: x.accessedAt?.toISOString().slice(0, 10) ?? null,
        saidAt: x.saidAt?.toISOString().slice(0, 10) ?? null,
        saidWhere: x.saidWhere,
        expertId: x.expertId,
      })),
    }),
  );
}

describe("publishing at the same time as others", () => {
  it("two editors publishing at once write one publication per claim, one after the other", async () => {
    const claimId = demo.claimIds[4]; // in review, verdict by the reviewer
    await approveClaim(actor("ADMIN"), claimId);
    const results = await Promise.all([
      settle(publishArticle(actor("EDITOR"), demo.articleId, {})),
      settle(publishArticle(actor("ADMIN"), demo.articleId, {})),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.value.published : -1)).sort()).toEqual([0, 1]);
    expect(await t.db.claimPublication.count({ where: { claimId } })).toBe(1);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).state).toBe("PUBLISHED");
  });

  it("a reviewer saving while an editor publishes: the claim is either published as approved and then back in review, or not published", async () => {
    for (let round = 0; round < 6; round++) {
      const claimId = demo.claimIds[4];
      const state = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).state;
      if (state !== "APPROVED") {
        await t.db.claim.update({ where: { id: claimId }, data: { state: "IN_REVIEW" } });
        await approveClaim(actor("EDITOR"), claimId);
      }
      const approvedClaimant = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).claimant;
      const unapproved = `Unapproved claimant ${round}`;
      const [published, saved] = await Promise.all([
        settle(publishArticle(actor("EDITOR"), demo.articleId, { [claimId]: "Re-checked." })),
        settle(saveClaimant(claimId, unapproved)),
      ]);
      expect(published.ok).toBe(true);
      const row = await t.db.claim.findUniqueOrThrow({
        where: { id: claimId },
        include: { publications: { orderBy: { publishedAt: "desc" }, take: 1 } },
      });
      const snapshot = row.publications[0] && parsePublicationSnapshot(row.publications[0].snapshot);
      // never an unapproved claimant in front of readers, never a published claim whose live card differs from it
      if (snapshot) expect(snapshot.claimant).toBe(approvedClaimant);
      if (saved.ok) expect(row).toMatchObject({ state: "IN_REVIEW", claimant: unapproved });
      else expect(row.claimant).toBe(approvedClaimant);
      if (row.state === "PUBLISHED" || row.state === "CORRECTED") expect(snapshot?.claimant).toBe(row.claimant);
    }
  });

  it("readers reading while an editor publishes a new text see the whole old publication or the whole new one", async () => {
    const version = await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } });
    await editArticleText(actor("REVIEWER"), {
      articleId: demo.articleId,
      baseVersionId: demo.versionId,
      text: `An added first paragraph.\n${version.text}`,
    });
    const shapes = new Set<string>();
    let publishing = true;
    const readers = Array.from({ length: 3 }, async () => {
      while (publishing) {
        const article = await loadPublishedArticle(slug, demo.articleId);
        expect(article).not.toBeNull();
        // every highlight sits on the text served with it, at the very words of its snapshot
        for (const c of article!.claims) {
          expect(c.versionId).toBe(article!.version.id);
          expect(article!.version.text.slice(c.start, c.end)).toBe(c.quote);
        }
        shapes.add(`${article!.version.number}:${article!.claims.length}`);
      }
    });
    await new Promise((r) => setTimeout(r, 50));
    const published = await publishArticle(actor("EDITOR"), demo.articleId, {});
    publishing = false;
    await Promise.all(readers);
    expect(published.published).toBe(4); // the four published claims, carried onto version 2
    expect([...shapes].every((s) => s === "1:4" || s === "2:4")).toBe(true);
    const after = await loadPublishedArticle(slug, demo.articleId);
    expect(after!.version.number).toBe(2);
    expect(after!.claims).toHaveLength(4);
  });
});

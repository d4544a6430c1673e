import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { saveClaim } from "@/lib/claims/save-claim";
import { saveClaimSchema } from "@/lib/claims/schema";
import { createComment } from "@/lib/discussion/mutations";
import { assignClaim } from "@/lib/workflow/assign";
import { submitForReview } from "@/lib/workflow/mutations";
import { findClaimHistory } from "./data";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

describe("claim history", () => {
  it("reads the claim's audit trail newest first, in words, without the discussion", async () => {
    const text = (await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;
    const phrase = "Who makes these deals?";
    const start = text.indexOf(phrase);
    const claim = await createClaim(reviewer(), {
      articleId: demo.articleId,
      versionId: demo.versionId,
      start,
      end: start + phrase.length,
    });
    const option = (label: string) => demo.scales.fiveLevel.options.find((o) => o.label === label)!.id;
    const saved = await saveClaim(
      reviewer(),
      saveClaimSchema.parse({
        claimId: claim.id,
        lockVersion: claim.lockVersion,
        verdictOptionId: option("False"),
        rationale: "No one signed it.",
        citations: [],
      }),
    );
    await saveClaim(
      reviewer(),
      saveClaimSchema.parse({
        claimId: claim.id,
        lockVersion: saved.lockVersion,
        verdictOptionId: option("Misleading"),
        rationale: "Both countries signed it.",
        citations: [{ kind: "DOCUMENT", sourceTitle: "Treaty of 1960", url: "https://example.org/treaty" }],
      }),
    );
    await createComment(reviewer(), { claimId: claim.id, parentId: null, body: "@editor ok?" });
    await assignClaim(reviewer(), claim.id, demo.users.EDITOR.id);
    await submitForReview(reviewer(), claim.id);

    const history = await findClaimHistory(demo.orgId, claim.id);
    expect(history.map((h) => h.summary)).toEqual([
      "moved the claim from Draft to In review",
      "assigned the claim to Erin Editor",
      "changed the verdict, rationale and citations",
      "changed the verdict and rationale",
      "created the claim",
    ]);
    expect(history.every((h) => h.who === "Riley Reviewer")).toBe(true);
    const change = history[2];
    expect(change.changes[0]).toEqual({ field: "verdict", before: "False", after: "Misleading" });
    expect(change.changes[1].words?.filter((w) => w.kind !== "same").map((w) => w.text)).toEqual([
      "No one",
      "Both countries",
    ]);
    expect(change.citationsAdded).toEqual(["Document: Treaty of 1960"]);
    expect(history[4].quote).toBe(phrase);
  });

  it("is not readable from another organization", async () => {
    await expect(findClaimHistory(other.orgId, demo.claimIds[0])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findClaimHistory(demo.orgId, demo.claimIds[0])).map((h) => h.summary)).toEqual(["created the claim"]);
  });
});

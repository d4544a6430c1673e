import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim, setClaimDeleted } from "./mutations";
import { saveClaim } from "./save-claim";
import { saveClaimSchema } from "./schema";
import { loadAnnotator } from "./data";

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });
const editor = () => ({ userId: demo.users.EDITOR.id, orgId: demo.orgId });

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});

const textOf = async () => (await t.db.articleVersion.findUniqueOrThrow({ where: { id: demo.versionId } })).text;

describe("creating a claim", () => {
  it("stores W3C selectors computed from the stored text, not from the client", async () => {
    const text = await textOf();
    const start = text.indexOf("Who makes these deals?");
    const claim = await createClaim(reviewer(), {
      articleId: demo.articleId,
      versionId: demo.versionId,
      start,
      end: start + 22,
    });
    expect(claim.quote).toBe("Who makes these deals?");
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.selectors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextQuoteSelector", exact: "Who makes these deals?" }),
        { type: "TextPositionSelector", start, end: start + 22 },
      ]),
    );
    expect(await t.db.auditEvent.count({ where: { claimId: claim.id, action: "claim.created" } })).toBe(1);
    // the card the creator gets back is the claim as anyone loading the article sees it
    expect((await loadAnnotator(demo.orgId, demo.articleId)).claims.find((c) => c.id === claim.id)).toEqual(claim);
  });

  it("refuses white space, ranges past the end and another organization's article", async () => {
    const text = await textOf();
    const space = text.indexOf(" ");
    await expect(
      createClaim(reviewer(), { articleId: demo.articleId, versionId: demo.versionId, start: space, end: space + 1 }),
    ).rejects.toThrow("only white space");
    await expect(
      createClaim(reviewer(), { articleId: demo.articleId, versionId: demo.versionId, start: 0, end: text.length + 5 }),
    ).rejects.toThrow("past the end");
    await expect(
      createClaim(
        { userId: other.users.REVIEWER.id, orgId: other.orgId },
        { articleId: demo.articleId, versionId: demo.versionId, start: 0, end: 5 },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("saving a claim card", () => {
  async function freshClaim(phrase: string) {
    const text = await textOf();
    const start = text.indexOf(phrase);
    return createClaim(reviewer(), {
      articleId: demo.articleId,
      versionId: demo.versionId,
      start,
      end: start + phrase.length,
    });
  }
  const option = (label: string) => demo.scales.fiveLevel.options.find((o) => o.label === label)!.id;

  it("saves verdict, rationale, an expert created inline and a source, in order", async () => {
    const claim = await freshClaim('the U.S. is "totally committed to the security of Japan"');
    const saved = await saveClaim(
      reviewer(),
      saveClaimSchema.parse({
        claimId: claim.id,
        lockVersion: claim.lockVersion,
        claimant: "Donald Trump",
        claimDate: "2025-03-06",
        claimContext: "Oval Office",
        verdictOptionId: option("Accurate"),
        rationale: "He said it **on record**.",
        citations: [
          {
            kind: "EXPERT_QUOTE",
            newExpert: {
              name: "Ada Analyst",
              title: "Senior fellow",
              affiliation: "Think Tank",
              profileUrl: "https://example.org/ada",
            },
            quote: "He said so.",
            saidAt: "2025-03-07",
          },
          {
            kind: "OFFICIAL_STATEMENT",
            sourceTitle: "White House transcript",
            publisher: "The White House",
            url: "https://example.org/transcript",
            accessedAt: "2025-03-08",
          },
        ],
      }),
    );
    expect(saved.lockVersion).toBe(claim.lockVersion + 1);
    expect(saved.verdict).toEqual({
      optionId: option("Accurate"),
      rationale: "He said it **on record**.",
      authorId: demo.users.REVIEWER.id,
    });
    expect(saved.citations.map((c) => c.kind)).toEqual(["EXPERT_QUOTE", "OFFICIAL_STATEMENT"]);
    expect(saved.citations[0].expert?.name).toBe("Ada Analyst");
    expect(await t.db.expert.count({ where: { orgId: demo.orgId, name: "Ada Analyst" } })).toBe(1);
    expect((await loadAnnotator(demo.orgId, demo.articleId)).claims.find((c) => c.id === claim.id)).toEqual(saved);

    // reorder and remove: positions follow the list, the removed one is soft-deleted
    const [expertCitation, source] = saved.citations;
    const reordered = await saveClaim(
      reviewer(),
      saveClaimSchema.parse({
        claimId: claim.id,
        lockVersion: saved.lockVersion,
        claimant: "Donald Trump",
        claimDate: "2025-03-06",
        claimContext: "Oval Office",
        verdictOptionId: option("Accurate"),
        rationale: saved.verdict!.rationale,
        citations: [{ ...source, expertId: null }],
      }),
    );
    expect(reordered.citations.map((c) => c.id)).toEqual([source.id]);
    expect(await t.db.citation.findUniqueOrThrow({ where: { id: expertCitation.id } })).toMatchObject({
      deletedAt: expect.any(Date),
    });
  });

  it("of two saves from the same version exactly one wins; the other names who changed what", async () => {
    const claim = await freshClaim("In return, Japan must allow the U.S. to establish military bases");
    const base = {
      claimId: claim.id,
      lockVersion: claim.lockVersion,
      claimant: null,
      claimDate: null,
      claimContext: null,
      citations: [],
    };
    const results = await Promise.allSettled([
      saveClaim(reviewer(), saveClaimSchema.parse({ ...base, verdictOptionId: option("Accurate"), rationale: "A" })),
      saveClaim(editor(), saveClaimSchema.parse({ ...base, verdictOptionId: option("False"), rationale: "B" })),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: "CONFLICT" });
    expect(lost[0].reason.message).toMatch(/(Riley Reviewer|Erin Editor) changed this claim \(verdict, rationale\)/);
    expect(await t.db.auditEvent.count({ where: { claimId: claim.id, action: "claim.updated" } })).toBe(1);
  });

  it("refuses a verdict from another organization's scale and an expert from another directory", async () => {
    const claim = await freshClaim("Ishiba had also invited Trump to visit Japan");
    const foreignOption = other.scales.fiveLevel.options[0].id;
    await expect(
      saveClaim(
        reviewer(),
        saveClaimSchema.parse({
          claimId: claim.id,
          lockVersion: claim.lockVersion,
          verdictOptionId: foreignOption,
          citations: [],
        }),
      ),
    ).rejects.toThrow("not on your organization's rating scale");
    await expect(
      saveClaim(
        reviewer(),
        saveClaimSchema.parse({
          claimId: claim.id,
          lockVersion: claim.lockVersion,
          citations: [{ kind: "EXPERT_QUOTE", expertId: other.expertId, quote: "x" }],
        }),
      ),
    ).rejects.toThrow("not in your organization's directory");
  });

  it("sends an approved claim back to review when its verdict changes", async () => {
    const claimId = demo.claimIds[0];
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { verdict: true } });
    expect(current.state).toBe("PUBLISHED");
    const saved = await saveClaim(
      reviewer(),
      saveClaimSchema.parse({
        claimId,
        lockVersion: current.lockVersion,
        claimant: current.claimant,
        claimDate: "2025-03-06",
        claimContext: current.claimContext,
        verdictOptionId: option("Misleading"),
        rationale: "Changed.",
        citations: [],
      }),
    );
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).state).toBe("IN_REVIEW");
    expect((await loadAnnotator(demo.orgId, demo.articleId)).claims.find((c) => c.id === claimId)).toEqual(saved);
  });
});

describe("deleting", () => {
  it("is soft, restorable, and recorded", async () => {
    const text = await textOf();
    const start = text.indexOf("Top photos via White House YouTube");
    const claim = await createClaim(reviewer(), {
      articleId: demo.articleId,
      versionId: demo.versionId,
      start,
      end: start + 10,
    });
    await setClaimDeleted(reviewer(), claim.id, true);
    expect((await loadAnnotator(demo.orgId, demo.articleId)).claims.some((c) => c.id === claim.id)).toBe(false);
    await setClaimDeleted(reviewer(), claim.id, false);
    expect((await loadAnnotator(demo.orgId, demo.articleId)).claims.some((c) => c.id === claim.id)).toBe(true);
    const actions = (
      await t.db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["claim.created", "claim.deleted", "claim.restored"]);
  });

  it("another organization can neither read nor delete our claims", async () => {
    await expect(loadAnnotator(other.orgId, demo.articleId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setClaimDeleted({ userId: other.users.ADMIN.id, orgId: other.orgId }, demo.claimIds[1], true),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { createClaim } from "@/lib/claims/mutations";
import { createArticle, editArticleText } from "./mutations";

// Issue 17, "keep what can be kept", through the real edit path: a text edit re-anchors every claim in the version's
// transaction (lib/articles/mutations.ts). Claims whose words are still evidently theirs are followed; a quote that
// was repeated when the claim was made, a deleted claim with a lookalike elsewhere, and a short quote are flagged.

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
const reviewer = () => ({ userId: demo.users.REVIEWER.id, orgId: demo.orgId });
const META = { outlet: null, author: null, originalPublishedAt: null, originalUrl: null };

const REWRITTEN_AROUND = "The council said unemployment fell to 6.1 percent in September.";
const EDITED = "Delivery of the ferries is expected in the spring of 2027, the operator said.";
const EDITED_NOW = "Delivery of the ferries is expected in the summer of 2027, the operator said.";
const REPEATED = "Rents in the old town climbed for a third year, the housing agency reported.";
const LOOKALIKE_OF = "Hospital waiting lists fell by 12 percent in October after weekend clinics opened.";
const LOOKALIKE = "Hospital waiting lists fell by 15 percent in November after weekend clinics opened.";
const SHORT = "Markets closed early on Friday.";

const paragraphs = (list: string[][]) => list.map((paragraph) => paragraph.join(" ")).join("\n");

const BEFORE = paragraphs([
  [
    "Voters will elect a new mayor in May, and turnout is expected to be low.",
    REWRITTEN_AROUND,
    "Economists had expected a smaller decline.",
  ],
  [
    "The port authority signed a contract for two electric ferries worth 84 million euros.",
    EDITED,
    "Shop owners on the quay fear fewer customers during the works.",
  ],
  ["Tenants' groups called the figures alarming.", REPEATED, "A cap on rents is under discussion."],
  ["Doctors said the clinics were a stopgap.", LOOKALIKE_OF, "Staffing remained the main bottleneck."],
  ["Traders were nervous all week.", SHORT, "The holiday starts on Monday."],
  ["A new cycle lane along the river will close one lane of traffic from June.", "Shop owners fear the works."],
  ["In its annual summary the agency repeated its main finding:", REPEATED, "Its full report is due in March."],
]);

const AFTER = paragraphs([
  // tier 5: the exact words stay, the sentences on both sides are new
  [
    "The city's budget office warned of a shortfall in the spring.",
    REWRITTEN_AROUND,
    "Nobody at the ministry would comment.",
  ],
  // tier 6: the claim edited ("spring" → "summer") and a word changed on each side of it, within its stored context
  [
    "The port authority signed a contract for two electric boats worth 84 million euros.",
    EDITED_NOW,
    "Shopkeepers on the quay fear fewer customers during the works.",
  ],
  // the annotated copy of a repeated sentence deleted, its neighbours rewritten: the other copy remains, once
  ["Landlords disputed the figures.", "Nobody expects a cap this year."],
  // the claim deleted, its neighbours copy-edited, a lookalike of it elsewhere
  ["Doctors said the new clinics were a stopgap.", "Staffing remained the biggest bottleneck."],
  // a quote under 32 characters between rewritten neighbours
  ["Trading was thin as the holiday approached.", SHORT, "Offices reopen on Tuesday."],
  [
    "A new cycle lane along the river will close one lane of traffic from June.",
    "Shop owners fear the works.",
    LOOKALIKE,
  ],
  ["In its annual summary the agency repeated its main finding:", REPEATED, "Its full report is due in March."],
]);

async function claimOn(articleId: string, versionId: string, text: string, words: string) {
  const start = text.indexOf(words);
  expect(start, words).toBeGreaterThanOrEqual(0);
  return createClaim(reviewer(), { articleId, versionId, start, end: start + words.length });
}

beforeAll(async () => {
  demo = await seedDemoData(t.db);
});

describe("a text edit re-anchoring claims whose neighbours changed", () => {
  it("follows exact and edited quotes between changed neighbours, flags repeated, lookalike and short ones", async () => {
    const { articleId } = await createArticle(reviewer(), { ...META, title: "Issue 17", text: BEFORE, html: null });
    const v1 = await t.db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { currentVersion: { select: { id: true, text: true } } },
    });
    const version = v1.currentVersion!;
    expect(version.text).toBe(BEFORE);
    const claims = {
      rewrittenAround: await claimOn(articleId, version.id, BEFORE, REWRITTEN_AROUND),
      edited: await claimOn(articleId, version.id, BEFORE, EDITED),
      repeated: await claimOn(articleId, version.id, BEFORE, REPEATED), // the first of its two copies
      lookalike: await claimOn(articleId, version.id, BEFORE, LOOKALIKE_OF),
      short: await claimOn(articleId, version.id, BEFORE, SHORT),
    };
    const selectorsOf = async (id: string) =>
      (await t.db.claim.findUniqueOrThrow({ where: { id } })).selectors as { occurrences?: number }[];
    expect((await selectorsOf(claims.repeated.id))[0].occurrences).toBe(2);
    expect((await selectorsOf(claims.rewrittenAround.id))[0].occurrences).toBe(1);

    const outcome = await editArticleText(reviewer(), { articleId, baseVersionId: version.id, text: AFTER });
    expect(outcome).toEqual({ versionNumber: 2, moved: 2, flagged: 3, unchanged: false });

    const v2 = await t.db.articleVersion.findFirstOrThrow({ where: { articleId, number: 2 } });
    const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });

    const followed = await row(claims.rewrittenAround.id);
    expect(followed).toMatchObject({ needsReanchor: false, versionId: v2.id, quote: REWRITTEN_AROUND });
    expect(v2.text.slice(followed.start, followed.end)).toBe(REWRITTEN_AROUND);
    expect(followed.start).toBe(AFTER.indexOf(REWRITTEN_AROUND));

    const edited = await row(claims.edited.id);
    expect(edited).toMatchObject({ needsReanchor: false, versionId: v2.id, quote: EDITED_NOW });
    expect(v2.text.slice(edited.start, edited.end)).toBe(EDITED_NOW);
    // the new selectors describe the new text, so the next edit starts from them
    expect((edited.selectors as { exact?: string; occurrences?: number }[])[0]).toMatchObject({
      exact: EDITED_NOW,
      occurrences: 1,
    });

    for (const id of [claims.repeated.id, claims.lookalike.id, claims.short.id]) {
      const flagged = await row(id);
      expect(flagged, flagged.quote).toMatchObject({ needsReanchor: true, versionId: version.id });
    }
    const events = await t.db.auditEvent.findMany({
      where: { articleId, action: { in: ["claim.moved", "claim.flagged"] } },
      select: { action: true, claimId: true, after: true },
    });
    const flaggedIds = events.filter((e) => e.action === "claim.flagged").map((e) => e.claimId);
    expect(flaggedIds.sort()).toEqual([claims.repeated.id, claims.lookalike.id, claims.short.id].sort());
    const edit = events.find((e) => e.claimId === claims.edited.id);
    expect(edit).toMatchObject({ action: "claim.moved", after: { quoteChanged: true } });
  });
});

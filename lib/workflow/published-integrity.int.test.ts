import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as container from "@/app/api/annotations/[articleId]/route";
import * as annotation from "@/app/api/annotations/[articleId]/[claimId]/route";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/annotations/protocol";
import { createApiToken } from "@/lib/api-tokens/mutations";
import * as feed from "@/app/feeds/[org]/claimreview/route";
import * as publicReviews from "@/app/api/public/reviews/route";
import * as readerPage from "@/app/r/[org]/[article]/route";
import { editArticleTextAction, updateArticleMetaAction } from "@/lib/articles/actions";
import { deleteClaimAction, reattachClaimAction, saveClaimAction } from "@/lib/claims/actions";
import { approveClaimAction, loadPublicationPreviewAction, publishArticleAction } from "@/lib/workflow/actions";
import { loadPublicationPreview } from "@/lib/workflow/publication-plan";
import { seedDemoData } from "@/lib/seed/demo";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { closeTestListener, useListenerDatabase } from "@/test/support/request-mocks";
import { session } from "@/test/support/session";

// Issue 13, findings 1 and 2, through the real entry points: server actions as the desk calls them, and the public
// route handlers as readers, the embed, ClaimReview consumers and annotation clients call them.

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "published-integrity-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("@/test/support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("@/test/support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("@/test/support/request-mocks")).noCacheModule());
vi.mock("@/lib/live/listener", async (original) =>
  (await import("@/test/support/request-mocks")).withTestListener(
    await original<typeof import("@/lib/live/listener")>(),
  ),
);

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
type Member = "REVIEWER" | "EDITOR" | "ADMIN";

// signed in the way a sign-in does: a fresh server-side session for the member (lib/auth/sessions.ts)
async function as<T>(member: Member, call: () => Promise<T>): Promise<T> {
  const userId = demo.users[member].id;
  const row = await t.db.session.create({
    data: {
      id: `session-${member}-${Date.now()}-${Math.random()}`,
      userId,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  Object.assign(session, { userId, sessionId: row.id });
  try {
    return await call();
  } finally {
    Object.assign(session, { userId: null, sessionId: null });
  }
}

const BASE = "http://localhost:3000";
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
/** Everything public about the demo article, as the four public surfaces answer it. */
async function publicView() {
  const [page, embed, annotations, claimReview] = await Promise.all([
    readerPage.GET(new Request(`${BASE}/r/${slug}/${demo.articleId}`), params({ org: slug, article: demo.articleId })),
    publicReviews.GET(new Request(`${BASE}/api/public/reviews?org=${slug}&id=${demo.articleId}`)),
    container.GET(
      new Request(`${BASE}/api/annotations/${demo.articleId}/`, { headers: { Accept: "application/ld+json" } }),
      params({ articleId: demo.articleId }),
    ),
    feed.GET(new Request(`${BASE}/feeds/${slug}/claimreview`), params({ org: slug })),
  ]);
  expect([page.status, embed.status, annotations.status, claimReview.status]).toEqual([200, 200, 200, 200]);
  // "generated" (annotations) and the feed's dates say when the editor last published, not what readers read
  const withoutDates = (body: string) => body.replace(/"(generated|dateModified|datePublished|modified)":"[^"]*"/g, "");
  return {
    page: await page.text(),
    embed: await embed.json(),
    annotations: withoutDates(await annotations.text()),
    claimReview: withoutDates(await claimReview.text()),
  };
}
const chips = (html: string) =>
  [...html.matchAll(/class="verdict-chip"[^>]*>.*?<\/span>([^<]+)<\/button>/g)].map((m) => m[1]);
const claimRow = (id: string) =>
  t.db.claim.findUniqueOrThrow({
    where: { id },
    select: { state: true, quote: true, lockVersion: true, needsReanchor: true, claimant: true },
  });
const versionText = async () =>
  (
    await t.db.article.findUniqueOrThrow({
      where: { id: demo.articleId },
      select: { currentVersion: { select: { id: true, text: true } } },
    })
  ).currentVersion!;
const option = (label: string) => demo.scales.fiveLevel.options.find((o) => o.label === label)!.id;

/** The save the claim card sends, for a claim as it is stored, with `change` applied. */
async function saveInput(claimId: string, change: Record<string, unknown>) {
  const c = await t.db.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { verdict: true, citations: { where: { deletedAt: null }, orderBy: { position: "asc" } } },
  });
  return {
    claimId,
    lockVersion: c.lockVersion,
    claimant: c.claimant,
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
    ...change,
  };
}

beforeAll(() => useListenerDatabase(t.url));
afterAll(() => closeTestListener());
// every test starts from a freshly seeded organization of its own
let slug = "";
let seeded = 0;
beforeEach(async () => {
  slug = `desk${++seeded}`;
  demo = await seedDemoData(t.db, { slug, emailDomain: `${slug}.example` });
});

describe("finding 1: a published claim changes only through an editor", () => {
  it("a reviewer's re-attachment sends the published claim back to review, and no publication carries it to readers unapproved", async () => {
    const before = await publicView();
    const claimId = demo.claimIds[0];
    const { text } = await versionText();
    const other = 'the U.S. is "totally committed to the security of Japan"';
    const start = text.indexOf(other);
    const claim = await claimRow(claimId);
    const moved = await as("REVIEWER", () =>
      reattachClaimAction({ claimId, lockVersion: claim.lockVersion, start, end: start + other.length }),
    );
    expect(moved).toMatchObject({ ok: true, data: { state: "IN_REVIEW", quote: other } });
    expect(await publicView()).toEqual(before);

    // the editor publishes: the unapproved re-attachment stays out, readers keep the approved words and verdict
    expect(await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId }))).toMatchObject({ ok: true });
    const after = await publicView();
    expect(after.page).toContain("We have to protect them, but they don&#39;t have to protect us</mark>");
    expect(after.page).not.toContain(`${other.replace(/"/g, "&quot;")}</mark>`);
    expect(after.embed).toEqual(before.embed);
    expect(after.annotations).toEqual(before.annotations);
    expect((await claimRow(claimId)).state).toBe("IN_REVIEW");
  });

  it.each([
    ["claimant", { claimant: "Someone else entirely" }],
    ["claim date", { claimDate: "2020-01-01" }],
    ["context", { claimContext: "A different occasion" }],
    ["rationale", { rationale: "A rationale no editor read." }],
    ["evidence", { citations: [] }],
  ])(
    "an edit of the %s sends a published claim back to review; readers keep the approved card",
    async (_field, change) => {
      const before = await publicView();
      const claimId = demo.claimIds[0];
      const saved = await as("REVIEWER", async () => saveClaimAction(await saveInput(claimId, change)));
      expect(saved).toMatchObject({ ok: true, data: { state: "IN_REVIEW" } });
      expect(await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId }))).toMatchObject({ ok: true });
      expect(await publicView()).toEqual(before);
    },
  );

  it("nobody approves a change they made: an editor who edited a published claim needs another editor", async () => {
    const claimId = demo.claimIds[1];
    expect(
      await as("EDITOR", async () => saveClaimAction(await saveInput(claimId, { claimant: "The treaty's text" }))),
    ).toMatchObject({ ok: true });
    // the verdict is still the reviewer's: only the new rule stops the editor approving their own change
    expect(await as("EDITOR", () => approveClaimAction({ claimId, articleId: demo.articleId }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: expect.stringContaining("another editor"),
    });
    expect(await as("ADMIN", () => approveClaimAction({ claimId, articleId: demo.articleId }))).toMatchObject({
      ok: true,
      data: { state: "APPROVED" },
    });
  });

  it("a changed verdict, or the same verdict on other words, is published only with a correction note, which readers then see", async () => {
    const claimId = demo.claimIds[0];
    const { text } = await versionText();
    const words = "We have to protect them";
    const start = text.indexOf(words);
    const claim = await claimRow(claimId);
    expect(
      await as("REVIEWER", () =>
        reattachClaimAction({ claimId, lockVersion: claim.lockVersion, start, end: start + words.length }),
      ),
    ).toMatchObject({ ok: true });
    expect(await as("EDITOR", () => approveClaimAction({ claimId, articleId: demo.articleId }))).toMatchObject({
      ok: true,
      data: { state: "APPROVED" },
    });

    const preview = await as("EDITOR", () => loadPublicationPreviewAction({ articleId: demo.articleId }));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.items).toEqual([
      expect.objectContaining({
        claimId,
        kind: "correction",
        noteRequired: true,
        changes: [
          { field: "words", before: "We have to protect them, but they don't have to protect us", after: words },
        ],
      }),
    ]);
    // the dialog names the verdict in the editor's language, from the scale's translations frozen in the snapshot
    const english = preview.data.items[0].verdict!;
    const [arabic] = (await loadPublicationPreview(demo.orgId, demo.articleId, "ar")).items;
    const [spanish] = (await loadPublicationPreview(demo.orgId, demo.articleId, "es")).items;
    expect(arabic.verdict).toMatch(/^[\u0600-\u06ff ]+$/);
    expect(spanish.verdict).not.toBe(english);
    const before = await publicView();
    const refused = await as("EDITOR", () =>
      publishArticleAction({ articleId: demo.articleId, stamp: preview.data.stamp }),
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID",
      message: expect.stringContaining("Write a correction note"),
      details: { field: `corrections.${claimId}` },
    });
    expect(await publicView()).toEqual(before);

    const note = "We narrowed the claim to the words the verdict is about.";
    expect(
      await as("EDITOR", () =>
        publishArticleAction({
          articleId: demo.articleId,
          stamp: preview.data.stamp,
          corrections: { [claimId]: note },
        }),
      ),
    ).toMatchObject({ ok: true, data: { published: 1 } });
    const after = await publicView();
    expect(after.page).toContain(`${words}</mark>`);
    expect(after.page).toContain(note);
    expect(after.embed.claims.find((c: { quote: string }) => c.quote === words)).toBeTruthy();
    expect((await claimRow(claimId)).state).toBe("CORRECTED");
  });

  it("publishing refuses a plan that changed after the editor reviewed it", async () => {
    const preview = await as("EDITOR", () => loadPublicationPreviewAction({ articleId: demo.articleId }));
    if (!preview.ok) throw new Error(preview.message);
    const claimId = demo.claimIds[4]; // in review; a colleague approves it meanwhile
    expect(await as("ADMIN", () => approveClaimAction({ claimId, articleId: demo.articleId }))).toMatchObject({
      ok: true,
    });
    expect(
      await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId, stamp: preview.data.stamp })),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a claim readers have seen cannot be deleted, even while changed since publication", async () => {
    const claimId = demo.claimIds[0];
    await as("REVIEWER", async () => saveClaimAction(await saveInput(claimId, { claimant: "Edited" })));
    expect((await claimRow(claimId)).state).toBe("IN_REVIEW");
    expect(await as("REVIEWER", () => deleteClaimAction({ claimId }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("finding 2: a text edit in the desk never changes the public page by itself", () => {
  const cutSentence =
    "Under the treaty, which was signed in 1960, the U.S. is obliged to defend Japan if the country falls under an attack.\n";
  async function editText(edit: (text: string) => string) {
    const current = await versionText();
    const form = new FormData();
    form.set("articleId", demo.articleId);
    form.set("baseVersionId", current.id);
    form.set("text", edit(current.text));
    return as("REVIEWER", () => editArticleTextAction(null, form));
  }

  it("flagged and moved claims stay on the reader page, the embed, ClaimReview and the annotation container until an editor publishes", async () => {
    const before = await publicView();
    expect(chips(before.page)).toHaveLength(4);
    const outcome = await editText((text) =>
      text.replace(cutSentence, "").replace("We have to protect them", "We have to defend them"),
    );
    expect(outcome).toMatchObject({ ok: true, data: { flagged: 1 } });
    expect(await claimRow(demo.claimIds[1])).toMatchObject({ needsReanchor: true });
    // the claim whose words changed needs its verdict approved again on the new words
    expect(await claimRow(demo.claimIds[0])).toMatchObject({
      state: "IN_REVIEW",
      quote: "We have to defend them, but they don't have to protect us",
    });
    expect(await publicView()).toEqual(before);

    // the editor sees what publishing would do: the new text, and the flagged claim leaving the page
    const preview = await as("EDITOR", () => loadPublicationPreviewAction({ articleId: demo.articleId }));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.textChanged).toBe(true);
    expect(preview.data.text.hunks.map((h) => [h.before, h.after])).toEqual(
      expect.arrayContaining([[expect.stringContaining("protect"), expect.stringContaining("defend")]]),
    );
    expect(preview.data.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ claimId: demo.claimIds[1], kind: "withdrawn" }),
        // the claim in review keeps its approved words; those words are gone from the new text too
        expect.objectContaining({ claimId: demo.claimIds[0], kind: "withdrawn" }),
        expect.objectContaining({ claimId: demo.claimIds[2], kind: "moved" }),
      ]),
    );
    expect(preview.data.awaitingApproval.map((c) => c.claimId)).toEqual([demo.claimIds[0]]);

    expect(
      await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId, stamp: preview.data.stamp })),
    ).toMatchObject({ ok: true });
    const after = await publicView();
    expect(after.page).toContain("We have to defend them");
    expect(chips(after.page)).toEqual(["Misleading", "Accurate"]);
    // the carried claims sit on the new text at the very words readers saw
    for (const c of after.embed.claims as { quote: string; start: number; end: number }[])
      expect(after.embed.text?.slice?.(c.start, c.end) ?? c.quote).toBe(c.quote);
  });

  it("a text edit that keeps a published claim's words leaves it published, and publishing carries it onto the new text", async () => {
    const before = await publicView();
    await editText((text) => `A new first sentence.\n${text}`);
    expect((await claimRow(demo.claimIds[2])).state).toBe("PUBLISHED");
    expect(await publicView()).toEqual(before);
    expect(await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId }))).toMatchObject({ ok: true });
    const after = await publicView();
    expect(after.page).toContain("A new first sentence.");
    expect(chips(after.page)).toEqual(chips(before.page));
  });
});

describe("the annotation service's token writes", () => {
  it("a token can propose a replacement for a published claim or file a new annotation, and readers see neither", async () => {
    const before = await publicView();
    const { token } = await createApiToken(
      { userId: demo.users.ADMIN.id, orgId: demo.orgId },
      { name: "Integrity test" },
    );
    const auth = { Authorization: `Bearer ${token}`, "Content-Type": ANNOTATION_MEDIA_TYPE };
    const ids = { articleId: demo.articleId, claimId: demo.claimIds[0] };
    const url = `${BASE}/api/annotations/${demo.articleId}/${demo.claimIds[0]}`;
    const body = (exact: string, text: string) =>
      JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "Annotation",
        bodyValue: text,
        target: { source: "https://example.org/original", selector: { type: "TextQuoteSelector", exact } },
      });
    const etag = (await annotation.GET(new Request(url), params(ids))).headers.get("etag")!;
    const put = await annotation.PUT(
      new Request(url, {
        method: "PUT",
        headers: { ...auth, "If-Match": etag },
        body: body("Who makes these deals?", "Rated False now."),
      }),
      params(ids),
    );
    expect(put.status).toBeLessThan(300);
    const post = await container.POST(
      new Request(`${BASE}/api/annotations/${demo.articleId}/`, {
        method: "POST",
        headers: auth,
        body: body("Who makes these deals?", "Please check."),
      }),
      params({ articleId: demo.articleId }),
    );
    expect(post.status).toBe(201);
    const del = await annotation.DELETE(
      new Request(url, { method: "DELETE", headers: { ...auth, "If-Match": etag } }),
      params(ids),
    );
    expect(del.status).toBeGreaterThanOrEqual(400);
    expect(await claimRow(demo.claimIds[0])).toMatchObject({ state: "PUBLISHED" });
    expect(await publicView()).toEqual(before);
  });
});

describe("the article's details", () => {
  it("a reviewer's new title reaches readers only when an editor publishes it, shown in the dialog", async () => {
    const before = await publicView();
    const form = new FormData();
    form.set("articleId", demo.articleId);
    form.set("title", "A title no editor approved");
    form.set("outlet", "Mothership");
    expect(await as("REVIEWER", () => updateArticleMetaAction(null, form))).toMatchObject({ ok: true });
    expect(await publicView()).toEqual(before);

    const preview = await as("EDITOR", () => loadPublicationPreviewAction({ articleId: demo.articleId }));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.data.metaChanges).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "title", after: "A title no editor approved" })]),
    );
    expect(
      await as("EDITOR", () => publishArticleAction({ articleId: demo.articleId, stamp: preview.data.stamp })),
    ).toMatchObject({ ok: true });
    const after = await publicView();
    expect(after.page).toContain("A title no editor approved");
    expect(after.embed.article.title).toBe("A title no editor approved");
  });
});

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as annotation from "@/app/api/annotations/[articleId]/[claimId]/route";
import * as container from "@/app/api/annotations/[articleId]/route";
import * as exportsRoute from "@/app/api/exports/route";
import * as publicReviews from "@/app/api/public/reviews/route";
import * as badge from "@/app/embed/badge/[articleId]/route";
import { ANNOTATION_MEDIA_TYPE } from "@/lib/annotations/protocol";
import { saveClaimAction } from "@/lib/claims/actions";
import { createCommentAction } from "@/lib/discussion/actions";
import {
  approveClaimAction,
  assignClaimAction,
  publishArticleAction,
  requestChangesAction,
  submitForReviewAction,
} from "@/lib/workflow/actions";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import type { Caller } from "./authorization-matrix";
import { discoverRowPages } from "../support/entry-points";
import { closeTestListener, useListenerDatabase } from "../support/request-mocks";
import { createWorld, fingerprintOrganization, session, type World } from "../support/test-world";

// The rules of issue 5 spelled out on their own, beside the matrix: a reviewer cannot approve or publish, nobody
// approves their own verdict, and another organization can neither read nor change anything of ours.

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "authorization-matrix-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("../support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("../support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("../support/request-mocks")).noCacheModule());
vi.mock("@/lib/live/listener", async (original) =>
  (await import("../support/request-mocks")).withTestListener(await original<typeof import("@/lib/live/listener")>()),
);

const t = withTestDatabase();
let w: World;

beforeAll(async () => {
  useListenerDatabase(t.url);
  w = await createWorld(t.db);
});
afterAll(() => closeTestListener());

/** Runs `call` signed in as `caller`. */
async function as<T>(caller: Caller, call: () => Promise<T>): Promise<T> {
  await w.signIn(caller);
  try {
    return await call();
  } finally {
    session.userId = null;
    session.sessionId = null;
  }
}

const ours = () => fingerprintOrganization(t.db, t.url, w.ours.orgId);
const theirs = () => fingerprintOrganization(t.db, t.url, w.theirs.orgId);
const claimState = async (claimId: string) =>
  (await t.db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { state: true } })).state;

describe("a reviewer", () => {
  it("can neither approve, send back nor publish, even a colleague's verdict; nothing changes", async () => {
    const inReview = await w.freshClaim({ state: "IN_REVIEW", verdictBy: "EDITOR" });
    const ready = await w.freshArticle({ approvedClaim: true });
    const before = await ours();
    const ref = { claimId: inReview.id, articleId: inReview.articleId };
    expect(await as("reviewer", () => approveClaimAction(ref))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("reviewer", () => requestChangesAction(ref))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as("reviewer", () => publishArticleAction({ articleId: ready.articleId }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await ours()).toEqual(before);
    expect(await claimState(ready.claimId!)).toBe("APPROVED");
  });
});

describe("nobody approves their own verdict", () => {
  it.each(["editor", "admin"] as const)(
    "the %s who wrote and submitted a verdict cannot approve it; a colleague can",
    async (author) => {
      const claim = await w.freshClaim({ state: "DRAFT", verdictBy: null });
      const ref = { claimId: claim.id, articleId: claim.articleId };
      const saved = await as(author, () =>
        saveClaimAction({
          claimId: claim.id,
          lockVersion: claim.lockVersion,
          verdictOptionId: w.optionId,
          rationale: "Checked against the statistics office.",
          citations: [],
        }),
      );
      expect(saved.ok).toBe(true);
      expect(await as(author, () => submitForReviewAction(ref))).toEqual({ ok: true, data: undefined });
      const before = await ours();
      expect(await as(author, () => approveClaimAction(ref))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: "You wrote this verdict, so someone else must approve it.",
      });
      expect(await ours()).toEqual(before);
      const colleague = author === "editor" ? "admin" : "editor";
      expect(await as(colleague, () => approveClaimAction(ref))).toEqual({ ok: true, data: { state: "APPROVED" } });
    },
  );

  it("not even after a colleague only added evidence to it", async () => {
    const claim = await w.freshClaim({ state: "DRAFT", verdictBy: "EDITOR" });
    const evidence = { kind: "DOCUMENT", sourceTitle: "Labour force survey 2024", url: "https://example.org/survey" };
    const saved = await as("reviewer", () =>
      saveClaimAction({
        claimId: claim.id,
        lockVersion: claim.lockVersion,
        verdictOptionId: w.optionId,
        rationale: "The figure counts only full-time jobs.",
        citations: [evidence],
      }),
    );
    expect(saved.ok).toBe(true);
    const ref = { claimId: claim.id, articleId: claim.articleId };
    expect((await as("reviewer", () => submitForReviewAction(ref))).ok).toBe(true);
    expect(await as("editor", () => approveClaimAction(ref))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await claimState(claim.id)).toBe("IN_REVIEW");
  });
});

describe("another organization", () => {
  const get = (url: string) => new Request(url, { headers: { Accept: ANNOTATION_MEDIA_TYPE } });
  const base = "http://localhost:3000";

  it("never gets an annotation of a claim that is not published, whoever asks", async () => {
    const ids = { articleId: w.ours.articleId, claimId: w.inReviewClaimId };
    const url = `${base}/api/annotations/${ids.articleId}/${ids.claimId}`;
    for (const caller of ["anonymous", "otherOrg", "admin"] as const) {
      for (const method of ["GET", "HEAD", "OPTIONS"] as const) {
        const response = await as(caller, () =>
          annotation[method](new Request(url, { method }), { params: Promise.resolve(ids) }),
        );
        expect(response.status, `${method} as ${caller}`).toBe(404);
      }
    }
    const listed = await as("otherOrg", () =>
      container.GET(get(`${base}/api/annotations/${ids.articleId}/`), {
        params: Promise.resolve({ articleId: ids.articleId }),
      }),
    );
    const body = await listed.text();
    expect(body).toContain(w.publishedClaimId);
    expect(body).not.toContain(w.inReviewClaimId);
  });

  it("finds nothing public about an article of ours that is not published", async () => {
    const draft = await w.freshArticle({ approvedClaim: true });
    const params = { params: Promise.resolve({ articleId: draft.articleId }) };
    await as("otherOrg", async () => {
      expect(
        (await publicReviews.GET(new Request(`${base}/api/public/reviews?org=demo&id=${draft.articleId}`))).status,
      ).toBe(404);
      expect(
        (await publicReviews.GET(new Request(`${base}/api/public/reviews?org=other&id=${w.ours.articleId}`))).status,
      ).toBe(404);
      expect((await badge.GET(new Request(`${base}/embed/badge/${draft.articleId}`), params)).status).toBe(404);
      expect((await container.GET(get(`${base}/api/annotations/${draft.articleId}/`), params)).status).toBe(404);
    });
  });

  it("exports only its own articles", async () => {
    const response = await as("otherOrg", () => exportsRoute.GET(new Request(`${base}/api/exports?format=jsonl`)));
    const lines = (await response.text())
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { article: { id: string } });
    expect(lines.map((l) => l.article.id)).toEqual([w.theirs.articleId]);
  });

  it("cannot write to our annotations with a session instead of our token", async () => {
    const before = await ours();
    const response = await as("admin", () =>
      container.POST(
        new Request(`${base}/api/annotations/${w.ours.articleId}/`, {
          method: "POST",
          headers: { "Content-Type": ANNOTATION_MEDIA_TYPE },
          body: JSON.stringify({
            type: "Annotation",
            bodyValue: "x",
            target: { selector: { type: "TextQuoteSelector", exact: "Who makes these deals?" } },
          }),
        }),
        { params: Promise.resolve({ articleId: w.ours.articleId }) },
      ),
    );
    expect(response.status).toBe(401);
    expect(await ours()).toEqual(before);
  });

  it("cannot be pulled into our rows: its members, rating options and experts are refused by ours", async () => {
    const claim = await w.freshClaim();
    const theirExpert = w.theirs.expertId,
      theirOption = w.theirs.scales.fiveLevel.options[0].id;
    const save = (extra: Record<string, unknown>) =>
      as("reviewer", () =>
        saveClaimAction({ claimId: claim.id, lockVersion: claim.lockVersion, rationale: "", citations: [], ...extra }),
      );
    const [beforeOurs, beforeTheirs] = [await ours(), await theirs()];
    expect(
      await as("admin", () => assignClaimAction({ claimId: claim.id, assigneeId: w.theirs.users.REVIEWER.id })),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(await save({ verdictOptionId: theirOption })).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      await save({ citations: [{ kind: "EXPERT_QUOTE", expertId: theirExpert, quote: "technically inaccurate" }] }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(
      await save({ citations: [{ kind: "DOCUMENT", sourceTitle: "A report", expertId: theirExpert }] }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    const theirComment = await t.db.comment.create({
      data: { claimId: w.theirs.claimIds[4], authorId: w.theirs.users.EDITOR.id, body: "Internal note." },
    });
    const before = await ours();
    expect(
      await as("reviewer", () =>
        createCommentAction({ claimId: claim.id, parentId: theirComment.id, body: "A reply." }),
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ours()).toEqual(before);
    await t.db.comment.delete({ where: { id: theirComment.id } });
    expect([await ours(), await theirs()]).toEqual([beforeOurs, beforeTheirs]);
  });
});

// Which of our rows a page of one row is opened with; a new kind of row page fails the test until it is named here.
const ROW_OF_PAGE: Record<string, (w: World) => string> = {
  "/articles/[id]": (w) => w.ours.articleId,
  "/experts/[id]": (w) => w.ours.expertId,
};

describe("pages of one of our rows", () => {
  it("answer another organization's admin with 404 and an anonymous visitor with sign-in; our reviewer gets the page", async () => {
    const pages = discoverRowPages(path.resolve(import.meta.dirname, "../.."));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(Object.keys(ROW_OF_PAGE), `${page.route} has no row to open it with`).toContain(page.rowRoute);
      const { default: render } = (await import(/* @vite-ignore */ page.file)) as {
        default: (props: unknown) => Promise<unknown>;
      };
      const props = () => ({
        params: Promise.resolve({ id: ROW_OF_PAGE[page.rowRoute](w) }),
        searchParams: Promise.resolve({}),
      });
      await expect(
        as("otherOrg", () => render(props())),
        page.route,
      ).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
      await expect(
        as("anonymous", () => render(props())),
        page.route,
      ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/signin\?/) });
      await expect(
        as("reviewer", () => render(props())),
        page.route,
      ).resolves.toBeTruthy();
    }
  }, 180_000);
});

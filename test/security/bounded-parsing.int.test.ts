import { createElement } from "react";
import { renderInLanguage } from "@/test/support/render-in-language";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as report from "@/app/api/articles/[id]/report/route";
import * as publicReviews from "@/app/api/public/reviews/route";
import * as readerPage from "@/app/r/[org]/[article]/route";
import { ReportView } from "@/components/reports/report-view";
import { createArticleAction } from "@/lib/articles/actions";
import { saveClaimAction } from "@/lib/claims/actions";
import { createCommentAction, loadDiscussionAction } from "@/lib/discussion/actions";
import { buildReviewReport } from "@/lib/reports/build-report";
import { POST as postImport } from "@/app/api/imports/route";
import { createImportEventReader } from "@/lib/reports/import-events";
import type { ActionResult } from "@/lib/errors";
import { form } from "@/test/support/action-calls";
import { closeTestListener, useListenerDatabase } from "@/test/support/request-mocks";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { createWorld, session, unique, type World } from "@/test/support/test-world";

// The cases issue 14 measured on main, through the real entry points on a real database: untrusted Markdown is
// refused with a field error before any parser runs, and content stored before the bounds existed (or that a parser
// fails on) is shown as escaped text while every page and export still answers 200. On main each of these froze the
// server, overflowed the stack, or answered 500/503.

/** POST /api/imports as the import form sends it; the result its stream ends with. */
async function importThroughRoute(body: FormData): Promise<ActionResult<unknown>> {
  const response = await postImport(new Request("http://localhost:3000/api/imports", { method: "POST", body }));
  if (!response.ok) return { ok: false, ...(await response.json()) };
  const last = createImportEventReader()
    .push(await response.text())
    .at(-1);
  if (last?.type !== "result") throw new Error("the import stream ended without a result");
  return last.result;
}

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "bounded-parsing-test-secret-of-enough-length";
});
vi.mock("@/lib/auth/auth", async (original) =>
  (await import("../support/request-mocks")).withSessionAuth(await original<object>()),
);
vi.mock("next/headers", async () => (await import("../support/request-mocks")).requestHeadersModule());
vi.mock("next/cache", async () => (await import("../support/request-mocks")).noCacheModule());

const BASE = "http://facts.test";
const TOO_DEEP = /nested more than 32 levels deep/;
const DEEP_RATIONALE = `Legit.\n\n${">".repeat(8000)}`;
const DEEP_COMMENT = ">".repeat(4999);
const t = withTestDatabase();
let w: World;

/** `"  " * i + "- x"` per line, until the paste reaches `bytes` (or `levels` lines). */
function nestedList({ bytes = Infinity, levels = Infinity }: { bytes?: number; levels?: number }): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes && i < levels; i++) {
    lines.push(`${"  ".repeat(i)}- x`);
    size += 2 * i + 4;
  }
  return lines.join("\n");
}

const NESTED_PASTES: [string, string][] = [
  ["0.5 MB", nestedList({ bytes: 512 * 1024 })],
  ["1 MB", nestedList({ bytes: 1024 * 1024 })],
  ["2,000 levels", nestedList({ levels: 2000 })],
];

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
const articleCount = () => t.db.article.count();

beforeAll(async () => {
  process.env.DATABASE_URL ??= t.url;
  process.env.PUBLIC_BASE_URL = BASE;
  useListenerDatabase(t.url);
  w = await createWorld(t.db);
}, 120_000);
afterEach(async () => {
  await w.signIn("anonymous");
  vi.restoreAllMocks();
  await closeTestListener();
});

describe("an article pasted or uploaded as deeply nested Markdown", () => {
  it.each(NESTED_PASTES)(
    "is refused at once with a field error naming the nesting (paste, %s), and nothing is saved",
    async (_name, content) => {
      await w.signIn("reviewer");
      const before = await articleCount();
      for (const format of ["markdown", "auto"]) {
        const result = await createArticleAction(
          null,
          form({ source: "paste", format, title: unique("Nested"), content }),
        );
        expect(result).toMatchObject({ ok: false, code: "INVALID", details: { field: "source", reason: "too_deep" } });
        expect(!result.ok && result.message).toMatch(TOO_DEEP);
      }
      expect(await articleCount()).toBe(before);
    },
  );

  it.each(NESTED_PASTES)("is refused the same way as a .md upload (%s)", async (_name, content) => {
    await w.signIn("reviewer");
    const before = await articleCount();
    const file = new File([content], "nested.md", { type: "text/markdown" });
    const result = await createArticleAction(null, form({ source: "upload", title: unique("Nested upload"), file }));
    expect(result).toMatchObject({ ok: false, code: "INVALID", details: { field: "source", reason: "too_deep" } });
    expect(!result.ok && result.message).toMatch(TOO_DEEP);
    expect(await articleCount()).toBe(before);
  });

  it("still takes a list nested as deep as the bound allows", async () => {
    await w.signIn("reviewer");
    const result = await createArticleAction(
      null,
      form({
        source: "paste",
        format: "markdown",
        title: unique("Nested within bounds"),
        content: nestedList({ levels: 32 }),
      }),
    );
    expect(result).toMatchObject({ ok: true });
  });
});

describe('a rationale of "Legit." and 8,000 ">"', () => {
  it("is refused on save with a field error on the rationale, and the verdict stays as it was", async () => {
    await w.signIn("reviewer");
    const claim = await w.freshClaim();
    const result = await saveClaimAction({
      claimId: claim.id,
      lockVersion: claim.lockVersion,
      verdictOptionId: w.optionId,
      rationale: DEEP_RATIONALE,
      citations: [],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { rationale: expect.stringMatching(TOO_DEEP) },
    });
    const verdict = await t.db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(verdict.rationale).toBe("The figure counts only full-time jobs.");
  });

  it("is refused in an imported review report, naming the field, and no article is created", async () => {
    await w.signIn("editor");
    const exported = await report.GET(
      new Request(`${BASE}/api/articles/${w.ours.articleId}/report?format=json`),
      params({ id: w.ours.articleId }),
    );
    const document = (await exported.json()) as { claims: { verdict: { rationale: string } | null }[] };
    const index = document.claims.findIndex((c) => c.verdict);
    document.claims[index].verdict!.rationale = DEEP_RATIONALE;
    const before = await articleCount();
    const file = new File([JSON.stringify(document)], "report.json", { type: "application/json" });
    const result = await importThroughRoute(form({ file }));
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.message).toMatch(TOO_DEEP);
    expect(!result.ok && result.message).toContain(`claims[${index}].verdict.rationale`);
    expect(await articleCount()).toBe(before);
  });

  it("is refused as an imported Web Annotation's Markdown description, naming the annotation", async () => {
    await w.signIn("editor");
    const org = await t.db.organization.findUniqueOrThrow({
      where: { id: w.ours.orgId },
      select: { defaultScaleId: true },
    });
    const option = await t.db.ratingOption.findFirstOrThrow({
      where: { scaleId: org.defaultScaleId!, retiredAt: null },
    });
    const annotation = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: [
        { type: "TextualBody", purpose: "assessing", value: option.label },
        { type: "TextualBody", purpose: "describing", format: "text/markdown", value: DEEP_RATIONALE },
      ],
      target: { source: "https://example.org/article", selector: { type: "TextQuoteSelector", exact: "fell by half" } },
    };
    const before = await articleCount();
    const file = new File([JSON.stringify([annotation])], "annotations.json", { type: "application/json" });
    const result = await importThroughRoute(
      form({ file, title: unique("Imported"), text: "Unemployment fell by half last year, the minister said." }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.message).toMatch(
      /annotations\[0\]\.body: the rationale is nested more than 32 levels deep/,
    );
    expect(await articleCount()).toBe(before);
  });

  describe("stored and published before the bound existed", () => {
    beforeAll(async () => {
      const claimId = w.publishedClaimId;
      await t.db.verdict.update({ where: { claimId }, data: { rationale: DEEP_RATIONALE } });
      await t.db
        .$executeRaw`UPDATE "ClaimPublication" SET snapshot = jsonb_set(snapshot::jsonb, '{verdict,rationale}', to_jsonb(${DEEP_RATIONALE}::text)) WHERE "claimId" = ${claimId}`;
    });

    it("leaves the reader page answering 200, with the rationale as escaped text and one JSON log line", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const response = await readerPage.GET(
        new Request(`${BASE}/r/demo/${w.ours.articleId}`),
        params({ org: "demo", article: w.ours.articleId }),
      );
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("<p>Legit.</p>");
      expect(html).toContain("&gt;".repeat(8000));
      const logged = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
      expect(logged).toContainEqual(
        expect.objectContaining({
          level: "warn",
          kind: "render",
          event: "shown_as_text",
          length: DEEP_RATIONALE.length,
        }),
      );
    });

    it("leaves /api/public/reviews answering 200 with the rationale as escaped text", async () => {
      const response = await publicReviews.GET(
        new Request(`${BASE}/api/public/reviews?org=demo&id=${w.ours.articleId}`),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { claims: { rationaleHtml: string }[] };
      expect(body.claims.some((c) => c.rationaleHtml.startsWith("<p>Legit.</p><p>&gt;&gt;&gt;"))).toBe(true);
    });

    it.each(["md", "pdf", "json", "csv"])("leaves the %s export answering 200", async (format) => {
      await w.signIn("editor");
      const response = await report.GET(
        new Request(`${BASE}/api/articles/${w.ours.articleId}/report?format=${format}`),
        params({ id: w.ours.articleId }),
      );
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      // every ">" escaped: the export can be read by any Markdown viewer without nesting at all
      if (format === "md") expect(body.toString("utf8")).toContain(`\n\nLegit.\n\n${"\\>".repeat(8000)}\n`);
      if (format === "pdf") expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    });

    it("leaves the desk report page rendering, with the rationale as escaped text", async () => {
      const markup = renderInLanguage(
        createElement(ReportView, { report: await buildReviewReport(w.ours.orgId, w.ours.articleId) }),
      );
      expect(markup).toContain("<p>Legit.</p><p>&gt;&gt;&gt;");
    });
  });
});

describe("an import file of nested JSON", () => {
  it("is refused before JSON.parse reads it, naming the nesting", async () => {
    await w.signIn("editor");
    const before = await articleCount();
    const file = new File(["[".repeat(1_000_000)], "deep.json", { type: "application/json" });
    const result = await importThroughRoute(form({ file, title: unique("Imported"), text: "Some text." }));
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.message).toBe(
      "The file is nested more than 64 levels deep (arrays or objects); flatten it.",
    );
    expect(await articleCount()).toBe(before);
  });
});

describe('a comment of 4,999 ">"', () => {
  it("is refused with a field error on the body, and nothing is saved", async () => {
    await w.signIn("reviewer");
    const before = await t.db.comment.count();
    const result = await createCommentAction({ claimId: w.inReviewClaimId, body: DEEP_COMMENT });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { body: expect.stringMatching(TOO_DEEP) },
    });
    expect(await t.db.comment.count()).toBe(before);
  });

  it("stored before the bound existed, leaves the discussion loading with the comment as escaped text", async () => {
    await w.signIn("reviewer");
    const claimId = w.inReviewClaimId;
    await t.db.comment.create({ data: { claimId, authorId: w.ours.users.EDITOR.id, body: DEEP_COMMENT } });
    await t.db.comment.create({ data: { claimId, authorId: w.ours.users.EDITOR.id, body: "Still **readable**." } });
    const result = await loadDiscussionAction(claimId);
    expect(result.ok).toBe(true);
    const threads = result.ok ? result.data.threads : [];
    const html = threads.map((thread) => thread.html.trim());
    expect(html).toEqual(
      expect.arrayContaining([`<p>${"&gt;".repeat(4999)}</p>`, "<p>Still <strong>readable</strong>.</p>"]),
    );
  });
});

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { requirePermission, type Viewer } from "@/lib/auth/viewer";
import { formatReportJson } from "@/lib/export/json";
import type { ReviewReport } from "@/lib/export/report-model";
import { POST as postImport } from "@/app/api/imports/route";
import { buildReviewReport } from "./build-report";
import { createImportEventReader, type ImportEvent } from "./import-events";
import { CLAIMS_PER_BATCH, STAGING_SLUG_PREFIX } from "./write-imported-article";

// POST /api/imports end to end (the session stubbed, as in routes.int.test.ts): the progress streams as the batches
// are written, and a client that goes away mid-import (the Cancel button aborts the request) leaves nothing behind.

vi.mock("@/lib/auth/viewer", () => ({ requirePermission: vi.fn() }));

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
let exported: ReviewReport;

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
  exported = await buildReviewReport(demo.orgId, demo.articleId);
});
beforeEach(() => {
  vi.mocked(requirePermission)
    .mockReset()
    .mockResolvedValue({
      userId: other.users.EDITOR.id,
      name: "Editor",
      email: "e@other.example",
      orgId: other.orgId,
      orgName: "Other",
      orgSlug: "other",
      role: "EDITOR",
      sessionId: "stubbed-session",
      interfaceLanguage: null,
    } satisfies Viewer);
});

/** The seed review with its claims repeated up to `count`, as an upload. */
function upload(count: number, title: string): FormData {
  const report = {
    ...exported,
    article: { ...exported.article, title },
    claims: Array.from({ length: count }, (_, i) => ({ ...exported.claims[i % exported.claims.length], id: `c${i}` })),
  };
  const body = new FormData();
  body.set("file", new File([formatReportJson(report)], "review.json", { type: "application/json" }));
  return body;
}

const post = (body: FormData, signal?: AbortSignal) =>
  postImport(new Request("http://localhost:3000/api/imports", { method: "POST", body, signal }));

async function readEvents(response: Response): Promise<ImportEvent[]> {
  return createImportEventReader().push(await response.text());
}

const visibleIn = async (orgId: string) => ({
  articles: await t.db.article.count({ where: { orgId } }),
  claims: await t.db.claim.count({ where: { orgId } }),
  audits: await t.db.auditEvent.count({ where: { orgId } }),
});
const staged = async () => ({
  organizations: await t.db.organization.count({ where: { slug: { startsWith: STAGING_SLUG_PREFIX } } }),
  claims: await t.db.claim.count({ where: { org: { slug: { startsWith: STAGING_SLUG_PREFIX } } } }),
});

describe("POST /api/imports", () => {
  it("streams reading, the claims saved batch by batch, then the result; the article is there", async () => {
    const count = CLAIMS_PER_BATCH * 2 + 5;
    const response = await post(upload(count, "Streamed import"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/x-ndjson; charset=utf-8");
    const events = await readEvents(response);
    expect(events[0]).toEqual({ type: "reading" });
    expect(events.filter((e) => e.type === "saving")).toEqual([
      { type: "saving", done: CLAIMS_PER_BATCH, total: count },
      { type: "saving", done: CLAIMS_PER_BATCH * 2, total: count },
      { type: "saving", done: count, total: count },
    ]);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: "result", result: { ok: true, data: { kind: "report", imported: count } } });
    const articleId = last?.type === "result" && last.result.ok ? last.result.data.articleId : "";
    const article = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { orgId: true } });
    expect(article.orgId).toBe(other.orgId);
    expect(await t.db.claim.count({ where: { articleId } })).toBe(count);
  }, 120_000);

  it("answers a missing file as the stream's result, naming the field", async () => {
    const events = await readEvents(await post(new FormData()));
    expect(events.at(-1)).toEqual({
      type: "result",
      result: { ok: false, code: "INVALID", message: "Choose a .json file to import.", details: { field: "file" } },
    });
  });

  it("stops when the client goes away mid-import and removes every row it had written", async () => {
    const before = await visibleIn(other.orgId);
    const controller = new AbortController();
    const response = await post(upload(CLAIMS_PER_BATCH * 8, "Cancelled import"), controller.signal);
    const reader = response.body!.getReader();
    const events = createImportEventReader();
    const decoder = new TextDecoder();
    // read until the first batch is saved, then leave as the Cancel button does
    let saved = 0;
    while (saved === 0) {
      const { done, value } = await reader.read();
      if (done) throw new Error("the import finished before it could be cancelled");
      for (const e of events.push(decoder.decode(value, { stream: true }))) if (e.type === "saving") saved = e.done;
    }
    expect((await staged()).claims).toBeGreaterThan(0);
    expect(await visibleIn(other.orgId)).toEqual(before);
    controller.abort();
    await reader.cancel().catch(() => undefined);
    // the batches stop and the staging organization goes; nothing ever became visible
    const deadline = Date.now() + 60_000;
    while ((await staged()).organizations > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await staged()).toEqual({ organizations: 0, claims: 0 });
    expect(await visibleIn(other.orgId)).toEqual(before);
    expect(await t.db.article.count({ where: { title: "Cancelled import" } })).toBe(0);
  }, 120_000);
});

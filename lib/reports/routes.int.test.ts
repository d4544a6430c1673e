import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/test/support/test-database-per-file";
import { seedDemoData } from "@/lib/seed/demo";
import { AppError } from "@/lib/errors";
import { requirePermission, type Viewer } from "@/lib/auth/viewer";
import { parseReportJson } from "@/lib/export/json";
import { generateArticles } from "@/test/fixtures/generate-articles";
import { getHeavyWorkPool } from "@/lib/workers/pool";
import { MAX_PDF_CLAIMS } from "./report-format";
import { GET as getReport } from "@/app/api/articles/[id]/report/route";
import { GET as getExport } from "@/app/api/exports/route";
import { GET as getFeed, OPTIONS as feedOptions } from "@/app/feeds/[org]/claimreview/route";

// The route handlers end to end, with the session stubbed: Auth.js needs a request context the tests do not have.
vi.mock("@/lib/auth/viewer", () => ({ requirePermission: vi.fn() }));

const t = withTestDatabase();
let demo: Awaited<ReturnType<typeof seedDemoData>>;
let other: Awaited<ReturnType<typeof seedDemoData>>;
const signedIn = (d: typeof demo, slug: string): Viewer => ({
  userId: d.users.REVIEWER.id,
  name: "Reviewer",
  email: "r@example.org",
  orgId: d.orgId,
  orgName: "Org",
  orgSlug: slug,
  role: "REVIEWER",
  sessionId: "stubbed-session",
  interfaceLanguage: null,
});

beforeAll(async () => {
  demo = await seedDemoData(t.db);
  other = await seedDemoData(t.db, { slug: "other", emailDomain: "other.example" });
});
beforeEach(() => {
  vi.mocked(requirePermission).mockReset().mockResolvedValue(signedIn(demo, "demo"));
});

const report = (id: string, format: string | null) =>
  getReport(new Request(`http://localhost/api/articles/${id}/report${format === null ? "" : `?format=${format}`}`), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/articles/:id/report", () => {
  it.each([
    ["pdf", "application/pdf"],
    ["md", "text/markdown; charset=utf-8"],
    ["csv", "text/csv; charset=utf-8"],
    ["json", "application/json"],
  ])(
    "serves %s as an attachment that is never cached",
    async (format, type) => {
      const response = await report(demo.articleId, format);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(type);
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      expect(response.headers.get("Content-Disposition")).toMatch(
        new RegExp(
          `^attachment; filename="we-have-to-protect-them[a-z0-9-]*-review\\.${format}"; filename\\*=UTF-8''we-have-to-protect-them[^;]*-review\\.${format}$`,
        ),
      );
      const body = new Uint8Array(await response.arrayBuffer());
      expect(String(body.byteLength)).toBe(response.headers.get("Content-Length"));
      if (format === "json") expect(parseReportJson(new TextDecoder().decode(body)).article.id).toBe(demo.articleId);
    },
    60_000,
  );

  it("writes the Markdown report in the member's interface language, else their browser's", async () => {
    const markdown = async (headers: Record<string, string> = {}) => {
      const response = await getReport(
        new Request(`http://localhost/api/articles/${demo.articleId}/report?format=md`, { headers }),
        { params: Promise.resolve({ id: demo.articleId }) },
      );
      return new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()));
    };
    expect(await markdown()).toMatch(/^# Fact-check report: /);
    expect(await markdown({ "Accept-Language": "es-MX,es;q=0.9" })).toMatch(/^# Informe de verificación: /);
    vi.mocked(requirePermission).mockResolvedValue({ ...signedIn(demo, "demo"), interfaceLanguage: "ar" });
    const arabic = await markdown({ "Accept-Language": "es" });
    expect(arabic).toMatch(/^# تقرير التحقق: /);
    // the demo scale's Arabic labels
    expect(arabic).toContain("### الادعاء 1: مضلل");
  }, 60_000);

  it("answers a bad format, a foreign article and a missing session with JSON errors", async () => {
    for (const format of [null, "docx"]) {
      const bad = await report(demo.articleId, format);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        error: "INVALID",
        message: "format must be one of pdf, md, csv, json",
        parameter: "format",
      });
    }
    const foreign = await report(other.articleId, "json");
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: "NOT_FOUND" });
    vi.mocked(requirePermission).mockRejectedValue(new AppError("UNAUTHENTICATED", { untranslated: "Sign in." }));
    const anonymous = await report(demo.articleId, "json");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "UNAUTHENTICATED", message: "Sign in." });
  });

  it("refuses a PDF of more claims than it can render in reasonable time, but serves the other formats", async () => {
    const [big] = await generateArticles(t.db, {
      orgId: other.orgId,
      userId: other.users.REVIEWER.id,
      optionIds: other.scales.fiveLevel.options.map((o) => o.id),
      expertId: null,
      articles: 1,
      claimsPerArticle: MAX_PDF_CLAIMS + 1,
      citationsPerClaim: 0,
    });
    vi.mocked(requirePermission).mockResolvedValue(signedIn(other, "other"));
    const pdf = await report(big, "pdf");
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({
      error: "INVALID",
      path: "format",
      message: expect.stringContaining(`at most ${MAX_PDF_CLAIMS} claims`),
    });
    expect((await report(big, "md")).status).toBe(200);
  });

  it("renders a 300-claim PDF on a worker: a request made while it renders is answered first", async () => {
    const [big] = await generateArticles(t.db, {
      orgId: other.orgId,
      userId: other.users.REVIEWER.id,
      optionIds: other.scales.fiveLevel.options.map((o) => o.id),
      expertId: null,
      articles: 1,
      claimsPerArticle: 300,
      citationsPerClaim: 1,
    });
    vi.mocked(requirePermission).mockResolvedValue(signedIn(other, "other"));
    const order: string[] = [];
    const pool = getHeavyWorkPool();
    const pdf = report(big, "pdf").then((response) => {
      order.push("pdf");
      return response;
    });
    // the report is read from the database first; once the job is in the pool this thread must be free to answer
    while (pool.pending === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const neighbour = await getFeed(new Request("http://localhost/feeds/demo/claimreview"), {
      params: Promise.resolve({ org: "demo" }),
    });
    order.push("neighbour");
    expect(neighbour.status).toBe(200);
    const response = await pdf;
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    expect(order).toEqual(["neighbour", "pdf"]);
  }, 60_000);
});

describe("GET /api/exports", () => {
  it("streams the viewer's organization with its total, and names a bad parameter", async () => {
    const ok = await getExport(new Request("http://localhost/api/exports?format=jsonl&from=&verdict="));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("X-Total-Articles")).toBe("1");
    expect(ok.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="demo-reviews-\d{4}-\d{2}-\d{2}\.jsonl"/,
    );
    expect((await ok.text()).split("\n").filter(Boolean)).toHaveLength(1);
    const bad = await getExport(new Request("http://localhost/api/exports?from=yesterday"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "INVALID",
      message: "from must be a date like 2025-03-06",
      parameter: "from",
    });
  });
});

describe("GET /feeds/:org/claimreview", () => {
  const feed = (org: string, search = "") =>
    getFeed(new Request(`http://localhost/feeds/${org}/claimreview${search}`), { params: Promise.resolve({ org }) });

  it("is public JSON-LD any site may read, without a session", async () => {
    vi.mocked(requirePermission).mockRejectedValue(new AppError("UNAUTHENTICATED", { untranslated: "Sign in." }));
    const response = await feed("demo", "?page=1&pageSize=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/ld+json");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toMatchObject({
      "@type": "DataFeed",
      dataFeedElement: [expect.anything(), expect.anything()],
    });
    expect(requirePermission).not.toHaveBeenCalled();
    expect(feedOptions().headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("validates paging and answers an unknown organization with 404", async () => {
    const bad = await feed("demo", "?pageSize=500");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "INVALID",
      parameter: "pageSize",
      message: "pageSize must be a whole number from 1 to 100",
    });
    expect(bad.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect((await feed("nobody")).status).toBe(404);
  });
});

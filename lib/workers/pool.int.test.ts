import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLargeReport } from "@/test/fixtures/large-report";
import { sampleReport } from "@/test/fixtures/sample-report";
import { REPORT_FILE_TIMEOUT_MS } from "@/lib/reports/report-file";
import { MAX_PDF_CLAIMS } from "@/lib/reports/report-format";
import { buildLargeArabicReport } from "@/test/fixtures/arabic-report";
import { englishError } from "@/lib/i18n/error-text";
import { DEFAULT_LIMITS, HeavyWorkPool, type PoolLimits } from "./pool";

// The worker pool on real threads running the real worker bundle (built by the integration setup).

const pools: HeavyWorkPool[] = [];
function startPool(limits: Partial<PoolLimits> = {}): HeavyWorkPool {
  const pool = new HeavyWorkPool({ threads: 1, queue: 4, memoryMb: 512, ...limits });
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const pdfOf = (pool: HeavyWorkPool, claims: number, options: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  pool.run(
    "reportPdf",
    { report: claims === 0 ? sampleReport : buildLargeReport(claims) },
    { label: "reportPdf", timeoutMs: 60_000, ...options },
  );

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

describe("HeavyWorkPool", () => {
  it("renders a PDF on a worker thread and reports progress up to the last claim", async () => {
    const pool = startPool();
    const progress: number[] = [];
    const bytes = await pool.run(
      "reportPdf",
      { report: buildLargeReport(300) },
      { label: "reportPdf", timeoutMs: 60_000, onProgress: (p) => progress.push(p.done) },
    );
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(progress.at(-1)).toBe(300);
  });

  it("renders a 600-claim Arabic PDF in Arabic within the default limits (512 MB, the report route's 60 s)", async () => {
    const pool = startPool({ memoryMb: DEFAULT_LIMITS.memoryMb });
    const started = performance.now();
    const bytes = await pool.run(
      "reportFile",
      { report: buildLargeArabicReport(MAX_PDF_CLAIMS), format: "pdf", locale: "ar" },
      { label: "reportPdf", timeoutMs: REPORT_FILE_TIMEOUT_MS },
    );
    const seconds = (performance.now() - started) / 1000;
    const pdf = Buffer.from(bytes).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri-Regular/);
    expect(seconds).toBeLessThan(REPORT_FILE_TIMEOUT_MS / 1000);
  }, 90_000);

  it("refuses a job when every thread is busy and the queue is full, and still runs the others", async () => {
    const pool = startPool({ threads: 1, queue: 1 });
    const running = pdfOf(pool, 600);
    const waiting = pdfOf(pool, 0);
    const refused = await failureOf(pdfOf(pool, 0));
    expect(refused.message).toBe(englishError("jobs.busy"));
    expect(refused.status).toBe(503);
    await expect(running).resolves.toBeInstanceOf(Uint8Array);
    await expect(waiting).resolves.toBeInstanceOf(Uint8Array);
  });

  it("stops a job over its time limit with a message, and the pool keeps working", async () => {
    const pool = startPool();
    const stopped = await failureOf(pdfOf(pool, 600, { timeoutMs: 100 }));
    expect(stopped.message).toBe(
      "The PDF report took longer than 100 ms and was stopped. Try a smaller selection, or again when the desk is quieter.",
    );
    await expect(pdfOf(pool, 0)).resolves.toBeInstanceOf(Uint8Array);
  });

  it("stops a job that needs more memory than a worker may have", async () => {
    const pool = startPool({ memoryMb: 48 });
    const stopped = await failureOf(pdfOf(pool, 600));
    expect(stopped.message).toBe(
      "The PDF report needed more than 48 MB of memory and was stopped. Try a smaller selection.",
    );
  });

  it("cancels a running job when its caller aborts", async () => {
    const pool = startPool();
    const controller = new AbortController();
    const job = pdfOf(pool, 600, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const cancelled = await failureOf(job);
    expect(cancelled.message).toBe("The PDF report was cancelled.");
    await expect(pdfOf(pool, 0)).resolves.toBeInstanceOf(Uint8Array);
  });

  it("converts a large Markdown paste and extracts a fetched page's article on a worker", async () => {
    const pool = startPool();
    const content = `# Big paste\n\n${"A paragraph of **bold** words and a [link](https://example.org/x).\n\n".repeat(3_000)}`;
    const pasted = await pool.run(
      "readArticle",
      { source: { from: "paste", content, format: "markdown" } },
      { label: "readArticle", timeoutMs: 60_000 },
    );
    expect(pasted.meta.title).toBe("Big paste");
    expect(pasted.html).toContain("<strong>bold</strong>");
    const page = `<!doctype html><html><head><title>Budget vote | Example News</title></head><body><nav>Home News Sport</nav><article><h1>Budget vote</h1>${"<p>The council voted on the budget on Tuesday after a long debate about schools and roads.</p>".repeat(20)}</article><footer>Contact us</footer></body></html>`;
    const fetched = await pool.run(
      "readArticle",
      { source: { from: "fetched", kind: "page", content: page, url: "https://news.example/budget" } },
      { label: "readArticle", timeoutMs: 60_000 },
    );
    expect(fetched.text).toContain("The council voted on the budget");
    expect(fetched.text).not.toContain("Contact us");
  });

  it("carries an intake failure back as the same field error the form shows", async () => {
    const pool = startPool();
    const failure = await failureOf(
      pool.run(
        "readArticle",
        { source: { from: "paste", content: "<p> </p>", format: "html" } },
        { label: "readArticle", timeoutMs: 60_000 },
      ),
    );
    expect(failure).toMatchObject({
      code: "INVALID",
      message: "The article has no text after removing markup.",
      details: { field: "source", reason: "empty" },
    });
  });
});

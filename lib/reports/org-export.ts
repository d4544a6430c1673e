import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildContentDisposition } from "./download-name";
import { findReportArticles, loadReportContext } from "./build-report";
import { toCreatedAtRange, type OrgExportQuery } from "./export-query";
import { ORG_CSV_HEADER, ORG_EXPORT_CONTENT_TYPES } from "./org-export-format";
import { toReviewReport } from "./to-review-report";
import type { ReviewReport } from "@/lib/export/report-model";
import { runHeavyJob } from "@/lib/workers/pool";
import type { OrgExportFormat } from "./export-query";

// The organization-wide export as a stream. Articles are read in batches with keyset pagination on id and each
// batch is formatted and handed over before the next is read: the stream pulls only when its consumer has taken
// the previous chunk, so memory holds about one batch whatever the size of the organization.

/**
 * Ten articles of a few claims each read in about 30 ms on the embedded database, where every query takes turns on
 * one connection: fifty made the other requests wait up to a second behind each batch.
 */
export const EXPORT_BATCH_SIZE = 10;
/** Formatting one batch takes well under a second; a stuck one breaks the download rather than hold a thread. */
const CHUNK_TIMEOUT_MS = 30_000;
/** A download in progress waits for a free worker rather than fail half-way: up to this long per batch. */
const CHUNK_WAIT_MS = 60_000;

/** One batch formatted on a worker thread; while the pool is full, waits its turn (the consumer just sees a pause). */
async function formatChunkOnWorker(
  format: OrgExportFormat,
  reports: ReviewReport[],
  signal?: AbortSignal,
): Promise<string> {
  const giveUpAt = Date.now() + CHUNK_WAIT_MS;
  for (;;) {
    try {
      return await runHeavyJob(
        "orgExportChunk",
        { format, reports },
        { label: "orgExport", timeoutMs: CHUNK_TIMEOUT_MS, signal },
      );
    } catch (e) {
      if (!(e instanceof AppError && e.details?.busy) || Date.now() > giveUpAt) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function toClaimWhere(query: OrgExportQuery): Prisma.ClaimWhereInput {
  return {
    ...(query.state === "NEEDS_REANCHOR"
      ? { needsReanchor: true }
      : query.state
        ? { state: query.state, needsReanchor: false }
        : {}),
    ...(query.verdict ? { verdict: { option: { label: query.verdict } } } : {}),
  };
}

/**
 * Articles of the organization added between from and to. With a state or verdict filter only articles holding
 * such a claim are exported, each with just those claims; CSV has rows only for claims, so it skips articles
 * without any.
 */
function toArticleWhere(
  orgId: string,
  query: OrgExportQuery,
  claimWhere: Prisma.ClaimWhereInput,
): Prisma.ArticleWhereInput {
  const range = toCreatedAtRange(query);
  const needsClaim = query.format === "csv" || Object.keys(claimWhere).length > 0;
  return {
    orgId,
    currentVersionId: { not: null },
    ...(range.gte || range.lt ? { createdAt: range } : {}),
    ...(needsClaim ? { claims: { some: { deletedAt: null, ...claimWhere } } } : {}),
  };
}

export type OrgExport = { total: number; stream: ReadableStream<Uint8Array>; headers: Record<string, string> };

export async function openOrgExport(
  orgId: string,
  query: OrgExportQuery,
  now = new Date(),
  signal?: AbortSignal,
): Promise<OrgExport> {
  const claimWhere = toClaimWhere(query);
  const where = toArticleWhere(orgId, query, claimWhere);
  const [total, context] = await Promise.all([db.article.count({ where }), loadReportContext(orgId)]);
  // Checked before the 200 goes out: every report needs a scale, and mid-stream the error could only break the download.
  if (!context.scale) throw new AppError("CONFLICT", "reports.noScale");
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let headerSent = query.format !== "csv";
  // the download cancelled (or the request gone) stops the batch being formatted on its worker
  const stop = new AbortController();
  const jobSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;

  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!headerSent) {
            headerSent = true;
            controller.enqueue(encoder.encode(ORG_CSV_HEADER));
            return;
          }
          const batch = await findReportArticles(orgId, cursor ? { AND: [where, { id: { gt: cursor } }] } : where, {
            take: EXPORT_BATCH_SIZE,
            claimWhere,
          });
          if (batch.length > 0) {
            cursor = batch[batch.length - 1].id;
            const reports = batch.map((article) => toReviewReport(context, article, now));
            controller.enqueue(encoder.encode(await formatChunkOnWorker(query.format, reports, jobSignal)));
          }
          if (batch.length < EXPORT_BATCH_SIZE) controller.close();
        } catch (e) {
          // The 200 and its headers are already sent: all that is left is to break the stream, which the client reports.
          console.error("org export failed", e);
          controller.error(e);
        }
      },
      cancel() {
        stop.abort();
      },
    },
    { highWaterMark: 1 },
  );

  const day = now.toISOString().slice(0, 10);
  return {
    total,
    stream,
    headers: {
      "Content-Type": ORG_EXPORT_CONTENT_TYPES[query.format],
      "Content-Disposition": buildContentDisposition(context.organization.slug, `reviews-${day}`, query.format),
      "Cache-Control": "private, no-store",
      "X-Total-Articles": String(total),
      "X-Content-Type-Options": "nosniff",
      // proxies such as nginx would otherwise buffer the whole export before sending a byte
      "X-Accel-Buffering": "no",
    },
  };
}

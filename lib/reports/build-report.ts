import "server-only";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewReport } from "@/lib/export/report-model";
import { findScaleForOrg } from "@/lib/claims/data";
import { toReviewReport, type ReportArticleRow, type ReportContext } from "./to-review-report";

// Reads for the internal review report: one article (buildReviewReport) or a batch of them (org export).
// Every query is scoped by orgId; callers pass the viewer's organization, never one taken from the request.

/** Non-deleted claims, optionally narrowed further (the org export filters by state or verdict). */
export function reportArticleSelect(claimWhere: Prisma.ClaimWhereInput = {}) {
  return {
    id: true,
    title: true,
    outlet: true,
    author: true,
    originalPublishedAt: true,
    originalUrl: true,
    language: true,
    status: true,
    currentVersion: { select: { number: true, text: true } },
    claims: {
      where: { deletedAt: null, ...claimWhere },
      // document order; of two claims starting together the longer (enclosing) one first, as the annotator lists them
      orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
      select: {
        id: true,
        start: true,
        end: true,
        quote: true,
        selectors: true,
        state: true,
        needsReanchor: true,
        claimant: true,
        claimDate: true,
        claimContext: true,
        lockVersion: true,
        publishedAt: true,
        createdAt: true,
        updatedAt: true,
        createdBy: { select: { name: true } },
        assignee: { select: { name: true } },
        verdict: {
          select: {
            rationale: true,
            author: { select: { name: true } },
            option: { select: { label: true, colour: true, value: true } },
          },
        },
        citations: {
          where: { deletedAt: null },
          orderBy: { position: "asc" },
          select: {
            id: true,
            kind: true,
            quote: true,
            sourceTitle: true,
            publisher: true,
            url: true,
            accessedAt: true,
            saidAt: true,
            saidWhere: true,
            expert: { select: { id: true, name: true, title: true, affiliation: true, profileUrl: true } },
          },
        },
        approvals: { orderBy: { createdAt: "asc" }, select: { lockVersion: true, user: { select: { name: true } } } },
        publications: {
          where: { correctionNote: { not: null } },
          orderBy: { publishedAt: "asc" },
          select: { correctionNote: true, publishedAt: true },
        },
      },
    },
  } satisfies Prisma.ArticleSelect;
}

/** Organization details, default scale and site URL: loaded once per request, shared by every article of an export. */
export async function loadReportContext(orgId: string): Promise<ReportContext> {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: { name: true, slug: true, methodologyUrl: true, correctionsUrl: true, defaultScaleId: true },
  });
  if (!org) throw new AppError("NOT_FOUND", "This organization no longer exists.");
  const { defaultScaleId, ...organization } = org;
  const scale = await findScaleForOrg(orgId, defaultScaleId);
  return { organization, scale: scale && { name: scale.name, options: scale.options }, baseUrl: await publicBaseUrl() };
}

/** The internal report of one article of the organization; NOT_FOUND for another organization's article. */
export async function buildReviewReport(orgId: string, articleId: string): Promise<ReviewReport> {
  const [article, context] = await Promise.all([
    db.article.findFirst({ where: { id: articleId, orgId }, select: reportArticleSelect() }),
    loadReportContext(orgId),
  ]);
  if (!article) throw new AppError("NOT_FOUND", "This article does not exist or belongs to another organization.");
  return toReviewReport(context, article satisfies ReportArticleRow);
}

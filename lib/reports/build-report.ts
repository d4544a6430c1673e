import "server-only";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { AppError } from "@/lib/errors";
import { isInterfaceLocale } from "@/lib/i18n/locales";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewReport } from "@/lib/export/report-model";
import { findScaleForOrg } from "@/lib/claims/data";
import { articleDetailsSelect } from "@/lib/publishing/article-meta";
import { toReviewReport, type ReportArticleRow, type ReportContext } from "./to-review-report";

// Reads for the internal review report: one article (buildReviewReport) or a batch of them (org export).
// Every query is scoped by orgId; callers pass the viewer's organization, never one taken from the request.

// On the embedded database every query takes turns on one connection, so a large report is read in pieces: the
// articles, then their claims' ids in document order, then the claims CLAIMS_PER_READ at a time. Each query is short
// (tens of ms), and other requests' queries go in between them instead of waiting for one long read.

/** About 20-40 ms per query on the embedded database for claims with a verdict and a citation each. */
export const CLAIMS_PER_READ = 100;

const reportArticleFields = {
  id: true,
  ...articleDetailsSelect,
  status: true,
  currentVersion: { select: { number: true, text: true } },
} satisfies Prisma.ArticleSelect;

const reportClaimFields = {
  id: true,
  articleId: true,
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
      option: { select: { label: true, colour: true, value: true, translations: true } },
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
} satisfies Prisma.ClaimSelect;

/**
 * Articles of the organization (at most `take`, in id order) with their non-deleted claims, optionally narrowed
 * further (the org export filters by state or verdict), claims in document order: of two claims starting together
 * the longer (enclosing) one first, as the annotator lists them.
 */
export async function findReportArticles(
  orgId: string,
  where: Prisma.ArticleWhereInput,
  options: { take: number; claimWhere?: Prisma.ClaimWhereInput },
): Promise<ReportArticleRow[]> {
  const articles = await db.article.findMany({
    where: { AND: [where, { orgId }] },
    orderBy: { id: "asc" },
    take: options.take,
    select: reportArticleFields,
  });
  if (articles.length === 0) return [];
  const order = await db.claim.findMany({
    where: { orgId, articleId: { in: articles.map((a) => a.id) }, deletedAt: null, ...options.claimWhere },
    orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  const byId = new Map<string, ClaimRow>();
  for (let i = 0; i < order.length; i += CLAIMS_PER_READ) {
    const rows = await db.claim.findMany({
      where: { orgId, id: { in: order.slice(i, i + CLAIMS_PER_READ).map((c) => c.id) } },
      select: reportClaimFields,
    });
    for (const row of rows) byId.set(row.id, row);
  }
  const claimsOf = new Map<string, ClaimRow[]>(articles.map((a) => [a.id, []]));
  for (const { id } of order) {
    const claim = byId.get(id);
    if (claim) claimsOf.get(claim.articleId)?.push(claim);
  }
  return articles.map((article) => ({ ...article, claims: claimsOf.get(article.id) ?? [] }));
}

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof reportClaimFields }>;

/** Organization details, default scale and site URL: loaded once per request, shared by every article of an export. */
export async function loadReportContext(orgId: string): Promise<ReportContext> {
  const org = await db.organization.findUnique({
    where: { id: orgId },
    select: {
      name: true,
      slug: true,
      methodologyUrl: true,
      correctionsUrl: true,
      defaultScaleId: true,
      publicLanguage: true,
    },
  });
  if (!org) throw new AppError("NOT_FOUND", "common.organizationGone");
  const { defaultScaleId, publicLanguage, ...rest } = org;
  const organization = isInterfaceLocale(publicLanguage) ? { ...rest, publicLanguage } : rest;
  const scale = await findScaleForOrg(orgId, defaultScaleId);
  return { organization, scale: scale && { name: scale.name, options: scale.options }, baseUrl: await publicBaseUrl() };
}

/** The internal report of one article of the organization; NOT_FOUND for another organization's article. */
export async function buildReviewReport(orgId: string, articleId: string): Promise<ReviewReport> {
  const [[article], context] = await Promise.all([
    findReportArticles(orgId, { id: articleId }, { take: 1 }),
    loadReportContext(orgId),
  ]);
  if (!article) throw new AppError("NOT_FOUND", "common.articleNotFound");
  return toReviewReport(context, article satisfies ReportArticleRow);
}

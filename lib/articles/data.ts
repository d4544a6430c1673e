import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleListFilter } from "./schema";

export type VerdictCount = { label: string; colour: string; count: number };
export type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  status: "DRAFT" | "PUBLISHED";
  originalPublishedAt: Date | null;
  updatedAt: Date;
  claimCount: number;
  unrated: number;
  verdicts: VerdictCount[];
};

export async function findArticlesForOrg(orgId: string, filter: ArticleListFilter, limit = 100): Promise<ArticleRow[]> {
  const where: Prisma.ArticleWhereInput = {
    orgId,
    ...(filter.status && { status: filter.status }),
    ...(filter.outlet && { outlet: { equals: filter.outlet, mode: "insensitive" } }),
    ...(filter.q && {
      OR: [
        { title: { contains: filter.q, mode: "insensitive" } },
        { outlet: { contains: filter.q, mode: "insensitive" } },
        { author: { contains: filter.q, mode: "insensitive" } },
      ],
    }),
    ...((filter.from || filter.to) && {
      originalPublishedAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lte: filter.to }) },
    }),
  };
  const articles = await db.article.findMany({
    where,
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, title: true, outlet: true, status: true, originalPublishedAt: true, updatedAt: true },
  });
  const claims = await db.claim.findMany({
    where: { orgId, articleId: { in: articles.map((a) => a.id) }, deletedAt: null },
    select: {
      articleId: true,
      verdict: { select: { option: { select: { label: true, colour: true, value: true } } } },
    },
  });
  return articles.map((a) => {
    const own = claims.filter((c) => c.articleId === a.id);
    const byLabel = new Map<string, VerdictCount & { value: number }>();
    for (const c of own) {
      const o = c.verdict?.option;
      if (!o) continue;
      const entry = byLabel.get(o.label) ?? { label: o.label, colour: o.colour, value: o.value, count: 0 };
      entry.count++;
      byLabel.set(o.label, entry);
    }
    const verdicts = [...byLabel.values()]
      .sort((x, y) => y.value - x.value)
      .map(({ label, colour, count }) => ({ label, colour, count }));
    return { ...a, claimCount: own.length, unrated: own.filter((c) => !c.verdict).length, verdicts };
  });
}

export async function findOutletsForOrg(orgId: string): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { orgId, outlet: { not: null } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!).filter(Boolean);
}

export async function findArticleForEditing(orgId: string, articleId: string) {
  return db.article.findFirst({
    where: { id: articleId, orgId },
    select: {
      id: true,
      title: true,
      outlet: true,
      author: true,
      originalPublishedAt: true,
      originalUrl: true,
      language: true,
      currentVersion: { select: { id: true, number: true, text: true } },
    },
  });
}

import "server-only";
import { db } from "@/lib/db";

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
      currentVersion: { select: { id: true, number: true, text: true } },
    },
  });
}

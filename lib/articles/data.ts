import "server-only";
import { articleDetailsSelect } from "@/lib/publishing/article-meta";
import { db } from "@/lib/db";

// The outlet filter's choices. SELECT DISTINCT in SQL: Prisma's `distinct` fetched every article's outlet (10,000 rows
// at list scale) and removed the repeats in JavaScript. Capped: a select of more outlets than this helps nobody.
export const MAX_OUTLET_CHOICES = 500;
export async function findOutletsForOrg(orgId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ outlet: string }[]>`
    SELECT DISTINCT "outlet" FROM "Article" WHERE "orgId" = ${orgId} AND "outlet" IS NOT NULL AND "outlet" <> ''
    ORDER BY "outlet" LIMIT ${MAX_OUTLET_CHOICES}`;
  return rows.map((r) => r.outlet);
}

export async function findArticleForEditing(orgId: string, articleId: string) {
  return db.article.findFirst({
    where: { id: articleId, orgId },
    select: {
      id: true,
      ...articleDetailsSelect,
      currentVersion: { select: { id: true, number: true, text: true } },
      // the reader page language an article without its own follows (named in the details form)
      org: { select: { publicLanguage: true } },
    },
  });
}

/** The organization's public language: the reader page's and embed's unless an article chooses another. */
export async function findPublicLanguage(orgId: string): Promise<string> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { publicLanguage: true } });
  return org?.publicLanguage ?? "en";
}

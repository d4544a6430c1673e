import "server-only";
import { db } from "@/lib/db";

/**
 * Marks an article as just worked on (the article list sorts by it). Claim writes call it after their transaction
 * has committed, as a statement of its own: inside the transaction the article's row would stay locked until the
 * commit, and every colleague saving a claim on the same article would queue behind it.
 */
export async function touchArticle(articleId: string): Promise<void> {
  await db.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
}

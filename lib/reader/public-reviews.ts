import "server-only";
import { publicBaseUrl } from "@/lib/operations/public-base-url";
import { buildPublicReviews, type PublicReviews } from "@/lib/embed/payload";
import { loadPublishedArticle } from "./data";
import type { PublishedArticleRef } from "./find-published";
import { renderRationale } from "./render-rationale";

// The publisher embed's data for one published article: built from its published snapshots only.
export async function loadPublicReviews(ref: PublishedArticleRef): Promise<PublicReviews | null> {
  const article = await loadPublishedArticle(ref.orgSlug, ref.articleId);
  return article && buildPublicReviews(article, await publicBaseUrl(), renderRationale);
}

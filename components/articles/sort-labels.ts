import type { ArticleSort } from "@/lib/articles/list-query";

/** The catalogue key (articles.sorts.*, articles.sortsInCaption.*) of each sort the Articles list's URL accepts. */
export const SORT_MESSAGE = {
  updated: "updated",
  "fact-check-published": "factCheckPublished",
  "original-date": "originalDate",
  title: "title",
} as const satisfies Record<ArticleSort, string>;

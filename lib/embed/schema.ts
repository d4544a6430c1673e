import { z } from "zod";
import { normalizeArticleUrl } from "@/lib/reader/canonical-url";

// GET /api/public/reviews?id=<article id> | ?url=<canonical address>: one of the two, validated at the boundary.
// Every message starts with the parameter's name, and the 400 names it.
export const publicReviewsQuerySchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "id must be a FactDesk article id (letters, digits, - and _)").optional(),
  url: z.string().max(2048, "url can be at most 2048 characters")
    .refine((v) => normalizeArticleUrl(v) !== null, "url must be an absolute http:// or https:// address").optional(),
}).superRefine((q, ctx) => {
  if (q.id && q.url) ctx.addIssue({ code: "custom", path: ["url"], message: "url and id cannot be used together: give one of them" });
  if (!q.id && !q.url) ctx.addIssue({ code: "custom", path: ["id"], message: "id (or url) is required: which article's fact-checks?" });
});

export type PublicReviewsQuery = z.infer<typeof publicReviewsQuerySchema>;

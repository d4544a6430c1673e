import { z } from "zod";

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));
const optionalDate = z.string().trim().optional().transform((v, ctx) => {
  if (!v) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
    ctx.addIssue({ code: "custom", message: "Dates must look like 2025-03-06." });
    return z.NEVER;
  }
  return new Date(`${v}T00:00:00Z`);
});

export const articleListFilterSchema = z.object({
  q: optionalText(200),
  status: z.enum(["DRAFT", "PUBLISHED"]).optional().catch(undefined),
  outlet: optionalText(200),
  from: optionalDate.catch(undefined),
  to: optionalDate.catch(undefined),
});
export type ArticleListFilter = z.infer<typeof articleListFilterSchema>;

import { z } from "zod";
import { errorKey } from "@/lib/i18n/error-text";
import { text } from "@/lib/validation/text";
import { CITATION_KINDS } from "@/lib/vocabulary/citation-kinds";
import { MAX_RATIONALE_LENGTH, refineMarkdownBounds } from "@/lib/text/bounds";

// Ids come from the page, not from the person: a missing or broken one means the page is stale.
const id = () =>
  text({ error: errorKey("validation.staleReference") })
    .min(1, errorKey("validation.staleReference"))
    .max(64, errorKey("validation.staleReference"));
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, errorKey("validation.tooLong"))
    .nullish()
    .transform((v) => (v ? v : null));
const optionalDate = () =>
  text()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
        ctx.addIssue({ code: "custom", message: errorKey("validation.dateFormat") });
        return z.NEVER;
      }
      return new Date(`${v}T00:00:00Z`);
    });
const optionalUrl = () =>
  text()
    .trim()
    .max(2000, errorKey("validation.tooLong"))
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      try {
        const u = new URL(v);
        if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
        return u.toString();
      } catch {
        ctx.addIssue({ code: "custom", message: errorKey("validation.webAddress") });
        return z.NEVER;
      }
    });

export const rangeSchema = z
  .object({
    start: z
      .number({ error: errorKey("claims.selectionNoStart") })
      .int()
      .min(0),
    end: z
      .number({ error: errorKey("claims.selectionNoEnd") })
      .int()
      .min(1),
  })
  .refine((r) => r.end > r.start, { message: errorKey("claims.selectionEmpty"), path: ["end"] });

export const createClaimSchema = z.object({ articleId: id(), versionId: id() }).and(rangeSchema);
export const reattachClaimSchema = z.object({ claimId: id(), lockVersion: z.number().int().min(1) }).and(rangeSchema);
export const claimRefSchema = z.object({ claimId: id() });

export const newExpertSchema = z.object({
  name: text().trim().min(1, errorKey("claims.expertNameMissing")).max(200, errorKey("validation.tooLong")),
  title: optionalText(200),
  affiliation: optionalText(200),
  profileUrl: optionalUrl(),
});

export const citationInputSchema = z
  .object({
    id: text().max(64).nullish(),
    kind: z.enum(CITATION_KINDS, { error: errorKey("claims.citationKindMissing") }),
    quote: optionalText(5000),
    sourceTitle: optionalText(500),
    publisher: optionalText(300),
    url: optionalUrl(),
    accessedAt: optionalDate(),
    saidAt: optionalDate(),
    saidWhere: optionalText(500),
    expertId: text()
      .max(64)
      .nullish()
      .transform((v) => v || null),
    newExpert: newExpertSchema.nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === "EXPERT_QUOTE") {
      if (!c.expertId && !c.newExpert)
        ctx.addIssue({
          code: "custom",
          message: errorKey("claims.expertMissing"),
          path: ["expertId"],
        });
      if (!c.quote) ctx.addIssue({ code: "custom", message: errorKey("claims.expertQuoteMissing"), path: ["quote"] });
    } else if (!c.sourceTitle && !c.url) {
      ctx.addIssue({ code: "custom", message: errorKey("claims.sourceMissing"), path: ["sourceTitle"] });
    }
  });
export type CitationInput = z.infer<typeof citationInputSchema>;

export const MAX_CITATIONS = 50;
export const saveClaimSchema = z.object({
  claimId: id(),
  lockVersion: z
    .number({ error: errorKey("validation.staleReference") })
    .int()
    .min(1),
  claimant: optionalText(300),
  claimDate: optionalDate(),
  claimContext: optionalText(1000),
  verdictOptionId: text()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  rationale: text()
    .max(MAX_RATIONALE_LENGTH, errorKey("claims.rationaleTooLong"))
    .superRefine(refineMarkdownBounds("The rationale"))
    .default(""),
  citations: z.array(citationInputSchema).max(MAX_CITATIONS, errorKey("claims.tooManyCitations")),
});
export type SaveClaimInput = z.infer<typeof saveClaimSchema>;

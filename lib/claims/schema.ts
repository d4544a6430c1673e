import { z } from "zod";
import { text } from "@/lib/validation/text";
import { CITATION_KINDS } from "@/lib/vocabulary/citation-kinds";
import { MAX_RATIONALE_LENGTH, refineMarkdownBounds } from "@/lib/text/bounds";

const id = (what: string) =>
  text({ error: `${what} is missing.` })
    .min(1, `${what} is missing.`)
    .max(64, `${what} is not valid.`);
const optionalText = (label: string, max: number) =>
  text()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullish()
    .transform((v) => (v ? v : null));
const optionalDate = (label: string) =>
  text()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) {
        ctx.addIssue({ code: "custom", message: `${label} must be a date like 2025-03-06.` });
        return z.NEVER;
      }
      return new Date(`${v}T00:00:00Z`);
    });
const optionalUrl = (label: string) =>
  text()
    .trim()
    .max(2000, `${label} is too long.`)
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      try {
        const u = new URL(v);
        if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
        return u.toString();
      } catch {
        ctx.addIssue({ code: "custom", message: `${label} must be a web address starting with http:// or https://.` });
        return z.NEVER;
      }
    });

export const rangeSchema = z
  .object({
    start: z.number({ error: "The selection has no start." }).int().min(0),
    end: z.number({ error: "The selection has no end." }).int().min(1),
  })
  .refine((r) => r.end > r.start, { message: "Select some text first: the selection is empty.", path: ["end"] });

export const createClaimSchema = z
  .object({ articleId: id("Article"), versionId: id("Article version") })
  .and(rangeSchema);
export const reattachClaimSchema = z
  .object({ claimId: id("Claim"), lockVersion: z.number().int().min(1) })
  .and(rangeSchema);
export const claimRefSchema = z.object({ claimId: id("Claim") });

export const newExpertSchema = z.object({
  name: text().trim().min(1, "Enter the expert's name.").max(200, "The expert's name can be at most 200 characters."),
  title: optionalText("The expert's title", 200),
  affiliation: optionalText("The affiliation", 200),
  profileUrl: optionalUrl("The profile URL"),
});

export const citationInputSchema = z
  .object({
    id: text().max(64).nullish(),
    kind: z.enum(CITATION_KINDS, { error: "Choose what kind of evidence this is." }),
    quote: optionalText("The quote", 5000),
    sourceTitle: optionalText("The source title", 500),
    publisher: optionalText("The publisher", 300),
    url: optionalUrl("The source URL"),
    accessedAt: optionalDate("The accessed date"),
    saidAt: optionalDate("The date it was said"),
    saidWhere: optionalText("Where it was said", 500),
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
          message: "Pick an expert from the directory or add a new one.",
          path: ["expertId"],
        });
      if (!c.quote) ctx.addIssue({ code: "custom", message: "Enter what the expert said.", path: ["quote"] });
    } else if (!c.sourceTitle && !c.url) {
      ctx.addIssue({ code: "custom", message: "Give the source a title or a URL.", path: ["sourceTitle"] });
    }
  });
export type CitationInput = z.infer<typeof citationInputSchema>;

export const MAX_CITATIONS = 50;
export const saveClaimSchema = z.object({
  claimId: id("Claim"),
  lockVersion: z.number({ error: "The claim's version is missing; reload the page." }).int().min(1),
  claimant: optionalText("Who made the claim", 300),
  claimDate: optionalDate("The claim date"),
  claimContext: optionalText("Where the claim was made", 1000),
  verdictOptionId: text()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  rationale: text()
    .max(MAX_RATIONALE_LENGTH, "The rationale can be at most 20,000 characters.")
    .superRefine(refineMarkdownBounds("The rationale"))
    .default(""),
  citations: z.array(citationInputSchema).max(MAX_CITATIONS, `A claim can have at most ${MAX_CITATIONS} citations.`),
});
export type SaveClaimInput = z.infer<typeof saveClaimSchema>;

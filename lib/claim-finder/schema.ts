import { z } from "zod";
import { text } from "@/lib/validation/text";

const id = text().min(1).max(64);

export const dismissSuggestionSchema = z.object({
  articleId: id,
  versionId: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionSchema>;

export const similarChecksSchema = z.object({ claimId: id });

// The input of the bulk actions (lib/workflow/actions.ts): one article, the selected claims with the lockVersion the
// member saw, at most BULK_CLAIM_LIMIT of them. Pure, so the bound is unit-tested beside this file.
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { BULK_CLAIM_LIMIT } from "./bulk-selection";
import { errorKey } from "@/lib/i18n/error-text";

export const bulkClaimsInput = z.object({
  articleId: text().min(1).max(64),
  claims: z
    .array(z.object({ claimId: text().min(1).max(64), lockVersion: z.number().int().min(0).max(2_147_483_647) }))
    .min(1, errorKey("workflow.selectClaims"))
    .max(BULK_CLAIM_LIMIT, errorKey("workflow.tooManyClaims")),
});

export const bulkAssignInput = bulkClaimsInput.extend({
  assigneeId: text()
    .max(64)
    .nullish()
    .transform((v) => v || null),
});

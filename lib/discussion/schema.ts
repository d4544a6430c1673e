import { z } from "zod";
import { errorKey } from "@/lib/i18n/error-text";
import { text } from "@/lib/validation/text";
import { refineMarkdownBounds } from "@/lib/text/bounds";

export const MAX_COMMENT_LENGTH = 5000;

// Ids come from the page, not from the person: a missing or broken one means the page is stale.
const id = () =>
  text({ error: errorKey("validation.staleReference") })
    .min(1, errorKey("validation.staleReference"))
    .max(64, errorKey("validation.staleReference"));

export const commentBodySchema = text({ error: errorKey("discussion.commentMissing") })
  .trim()
  .min(1, errorKey("discussion.commentMissing"))
  .max(MAX_COMMENT_LENGTH, errorKey("discussion.commentTooLong"))
  .superRefine(refineMarkdownBounds("The comment"));

export const createCommentSchema = z.object({
  claimId: id(),
  parentId: id()
    .nullish()
    .transform((v) => v ?? null),
  body: commentBodySchema,
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const discussionRefSchema = z.object({ claimId: id() });
export const commentRefSchema = z.object({ commentId: id() });
export const setThreadResolvedSchema = z.object({
  commentId: id(),
  resolved: z.boolean({ error: errorKey("validation.staleReference") }),
});

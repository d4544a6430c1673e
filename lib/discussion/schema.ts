import { z } from "zod";
import { text } from "@/lib/validation/text";
import { refineMarkdownBounds } from "@/lib/text/bounds";

export const MAX_COMMENT_LENGTH = 5000;

const id = (what: string) =>
  text({ error: `${what} is missing.` })
    .min(1, `${what} is missing.`)
    .max(64, `${what} is not valid.`);

export const commentBodySchema = text({ error: "Write a comment first." })
  .trim()
  .min(1, "Write a comment first.")
  .max(MAX_COMMENT_LENGTH, `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString("en-GB")} characters.`)
  .superRefine(refineMarkdownBounds("The comment"));

export const createCommentSchema = z.object({
  claimId: id("Claim"),
  parentId: id("The comment you reply to")
    .nullish()
    .transform((v) => v ?? null),
  body: commentBodySchema,
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const discussionRefSchema = z.object({ claimId: id("Claim") });
export const commentRefSchema = z.object({ commentId: id("Comment") });
export const setThreadResolvedSchema = z.object({
  commentId: id("Thread"),
  resolved: z.boolean({ error: "Say whether to resolve or reopen." }),
});

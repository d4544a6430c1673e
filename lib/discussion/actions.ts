"use server";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { loadDiscussion, type DiscussionView } from "./data";
import { createComment, deleteComment, setThreadResolved } from "./mutations";
import { commentRefSchema, createCommentSchema, discussionRefSchema, setThreadResolvedSchema } from "./schema";

// Each write answers with the fresh discussion, so the card shows colleagues' comments posted meanwhile too.
// The organization scope is checked in loadDiscussion and in every mutation, not only here.

export async function loadDiscussionAction(claimId: unknown): Promise<ActionResult<DiscussionView>> {
  return runAction(async () => {
    const viewer = await requirePermission("article.read");
    return loadDiscussion(viewer.orgId, discussionRefSchema.parse({ claimId }).claimId);
  });
}

export async function createCommentAction(input: unknown): Promise<ActionResult<DiscussionView>> {
  return runAction(async () => {
    const viewer = await requirePermission("comment.create");
    const { claimId } = await createComment(viewer, createCommentSchema.parse(input));
    return loadDiscussion(viewer.orgId, claimId);
  });
}

export async function setThreadResolvedAction(input: unknown): Promise<ActionResult<DiscussionView>> {
  return runAction(async () => {
    const viewer = await requirePermission("comment.create");
    const { commentId, resolved } = setThreadResolvedSchema.parse(input);
    const { claimId } = await setThreadResolved(viewer, commentId, resolved);
    return loadDiscussion(viewer.orgId, claimId);
  });
}

export async function deleteCommentAction(input: unknown): Promise<ActionResult<DiscussionView>> {
  return runAction(async () => {
    const viewer = await requirePermission("comment.create");
    const { claimId } = await deleteComment(viewer, commentRefSchema.parse(input).commentId);
    return loadDiscussion(viewer.orgId, claimId);
  });
}

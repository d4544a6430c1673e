"use server";
import { requirePermission } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import { dismissSuggestion } from "./mutations";
import { dismissSuggestionSchema } from "./schema";

// Anyone who may add claims may dismiss a suggestion (it only hides a hint in the desk; readers never see either).
export async function dismissSuggestionAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.create");
    await dismissSuggestion(viewer, dismissSuggestionSchema.parse(input));
  });
}

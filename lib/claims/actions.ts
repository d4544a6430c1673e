"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { claimRefSchema, createClaimSchema, reattachClaimSchema, saveClaimSchema } from "./schema";
import { createClaim, reattachClaim, setClaimDeleted } from "./mutations";
import { saveClaim } from "./save-claim";
import type { ClaimView } from "./view";

// Each action: authenticate → parse → authorize (role here, row in the mutation) → mutate → minimal result.
export async function createClaimAction(input: unknown): Promise<ActionResult<ClaimView>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.create");
    return createClaim(viewer, createClaimSchema.parse(input));
  });
}

export async function saveClaimAction(input: unknown): Promise<ActionResult<ClaimView>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.edit");
    return saveClaim(viewer, saveClaimSchema.parse(input));
  });
}

export async function deleteClaimAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.delete");
    await setClaimDeleted(viewer, claimRefSchema.parse(input).claimId, true);
  });
}

export async function restoreClaimAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.delete");
    await setClaimDeleted(viewer, claimRefSchema.parse(input).claimId, false);
  });
}

export async function reattachClaimAction(input: unknown): Promise<ActionResult<ClaimView>> {
  return runAction(async () => {
    const viewer = await requirePermission("claim.edit");
    const claim = await reattachClaim(viewer, reattachClaimSchema.parse(input));
    revalidatePath("/articles");
    return claim;
  });
}

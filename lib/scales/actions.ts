"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { presetSchema, saveScaleSchema, scaleRefSchema } from "./schema";
import { createScaleFromPreset, makeDefaultScale, saveScale } from "./mutations";

export async function saveScaleAction(input: unknown): Promise<ActionResult<{ scaleId: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("scale.manage");
    const saved = await saveScale(viewer, saveScaleSchema.parse(input));
    revalidatePath("/settings/scales");
    return saved;
  });
}

export async function createScaleFromPresetAction(input: unknown): Promise<ActionResult<{ scaleId: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("scale.manage");
    const created = await createScaleFromPreset(viewer, presetSchema.parse(input).preset);
    revalidatePath("/settings/scales");
    return created;
  });
}

export async function makeDefaultScaleAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("scale.manage");
    await makeDefaultScale(viewer, scaleRefSchema.parse(input).scaleId);
    revalidatePath("/settings/scales");
  });
}

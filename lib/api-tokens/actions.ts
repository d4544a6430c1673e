"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schema";
import { createApiToken, revokeApiToken } from "./mutations";

const TOKENS_PATH = "/settings/tokens";

export async function createApiTokenAction(
  _prev: ActionResult<{ name: string; token: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ name: string; token: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("token.manage");
    const input = createApiTokenSchema.parse(Object.fromEntries(formData));
    const { name, token } = await createApiToken(viewer, input);
    revalidatePath(TOKENS_PATH);
    return { name, token };
  });
}

export async function revokeApiTokenAction(
  _prev: ActionResult<{ name: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ name: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("token.manage");
    const result = await revokeApiToken(viewer, revokeApiTokenSchema.parse(Object.fromEntries(formData)));
    revalidatePath(TOKENS_PATH);
    return result;
  });
}

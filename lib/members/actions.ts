"use server";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { resetPasswordSchema } from "./schema";
import { resetMemberPassword } from "./mutations";

export async function resetPasswordAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await resetMemberPassword(viewer, resetPasswordSchema.parse(Object.fromEntries(formData)));
    return undefined;
  });
}

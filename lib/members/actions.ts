"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { addMemberSchema, resetPasswordSchema } from "./schema";
import { addMember, resetMemberPassword } from "./mutations";

export async function addMemberAction(_prev: ActionResult<{ email: string }> | null, formData: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    const input = addMemberSchema.parse(Object.fromEntries(formData));
    await addMember(viewer, input);
    revalidatePath("/settings/members");
    return { email: input.email };
  });
}

export async function resetPasswordAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await resetMemberPassword(viewer, resetPasswordSchema.parse(Object.fromEntries(formData)));
    return undefined;
  });
}

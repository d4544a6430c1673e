"use server";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { completeSetupSchema } from "./schema";
import { completeSetup } from "./mutations";

// Open to anyone holding the setup link of an empty instance: the token is the permission.
export async function completeSetupAction(
  _prev: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const { email } = await completeSetup(completeSetupSchema.parse(Object.fromEntries(formData)));
    return { email };
  });
}

"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import { setEmailDigest } from "./mutations";
import { errorKey } from "@/lib/i18n/error-text";

const schema = z.object({ emailDigest: z.enum(["on", "off"], { error: errorKey("digest.choiceMissing") }) });

// Every member may change their own setting, and only their own (the viewer's membership is the row).
export async function setEmailDigestAction(
  _prev: ActionResult<{ enabled: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ enabled: boolean }>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    const { emailDigest } = schema.parse(Object.fromEntries(formData));
    const result = await setEmailDigest(viewer, emailDigest === "on");
    revalidatePath("/settings/email");
    return result;
  });
}

"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import type { ActionResult } from "@/lib/errors";
import { runAction } from "@/lib/run-action";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { saveEmbedDomains, savePublicLanguage } from "./mutations";
import { embedDomainsSchema, publicLanguageSchema } from "./schema";

export async function saveEmbedDomainsAction(
  _prev: ActionResult<{ domains: string[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ domains: string[] }>> {
  return runAction(async () => {
    const viewer = await requirePermission("settings.manage");
    const input = embedDomainsSchema.parse({ domains: formData.get("domains") ?? "" });
    const result = await saveEmbedDomains(viewer, input);
    revalidatePath("/settings/embed");
    return result;
  });
}

export async function savePublicLanguageAction(
  _prev: ActionResult<{ language: InterfaceLocale }> | null,
  formData: FormData,
): Promise<ActionResult<{ language: InterfaceLocale }>> {
  return runAction(async () => {
    const viewer = await requirePermission("settings.manage");
    const input = publicLanguageSchema.parse({ language: formData.get("language") ?? "" });
    const result = await savePublicLanguage(viewer, input);
    revalidatePath("/settings/embed");
    return result;
  });
}

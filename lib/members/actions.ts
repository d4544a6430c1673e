"use server";
import { revalidatePath } from "next/cache";
import { requirePermission, requireViewer } from "@/lib/auth/viewer";
import type { InterfaceLocale } from "@/lib/i18n/locales";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { changeRoleSchema, interfaceLanguageSchema, memberSchema, resetPasswordSchema } from "./schema";
import { setInterfaceLanguage } from "./interface-language";
import { resetMemberPassword } from "./mutations";
import { changeMemberRole, deactivateMember, reactivateMember, removeMember } from "./membership-changes";

export async function resetPasswordAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await resetMemberPassword(viewer, resetPasswordSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return undefined;
  });
}

export async function changeMemberRoleAction(
  _prev: ActionResult<{ changed: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    const result = await changeMemberRole(viewer, changeRoleSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return result;
  });
}

export async function deactivateMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await deactivateMember(viewer, memberSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return undefined;
  });
}

export async function reactivateMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await reactivateMember(viewer, memberSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return undefined;
  });
}

export async function removeMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    await removeMember(viewer, memberSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return undefined;
  });
}

// Every member chooses their own interface language (their own user row only); the whole desk re-renders in it.
export async function setInterfaceLanguageAction(
  _prev: ActionResult<{ language: InterfaceLocale | null }> | null,
  formData: FormData,
): Promise<ActionResult<{ language: InterfaceLocale | null }>> {
  return runAction(async () => {
    const viewer = await requireViewer();
    const { language } = interfaceLanguageSchema.parse({ language: formData.get("language") ?? "" });
    const result = await setInterfaceLanguage(viewer, language === "" ? null : language);
    revalidatePath("/", "layout");
    return result;
  });
}

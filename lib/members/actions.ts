"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { requirePermission, requireViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, type InterfaceLocale } from "@/lib/i18n/locales";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import {
  changeRoleSchema,
  interfaceLanguageSchema,
  memberSchema,
  resetPasswordSchema,
  visitorLanguageSchema,
} from "./schema";
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

/** How long a visitor's language choice is kept: a year, renewed whenever they choose again. */
const VISITOR_LANGUAGE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

// The language menu of the pages seen before signing in (sign-in, forgotten password, reset, setup, invitation).
// Anyone may call it: it only sets the caller's own cookie (lib/members/request-locale.ts reads it after a member's
// own choice and before Accept-Language), and changes no data.
export async function setVisitorLanguageAction(
  _prev: ActionResult<{ language: InterfaceLocale }> | null,
  formData: FormData,
): Promise<ActionResult<{ language: InterfaceLocale }>> {
  return runAction(async () => {
    const raw = formData.get("language");
    const { language } = visitorLanguageSchema.parse({ language: typeof raw === "string" ? raw.slice(0, 16) : "" });
    (await cookies()).set(LOCALE_COOKIE, language, {
      path: "/",
      maxAge: VISITOR_LANGUAGE_MAX_AGE_SECONDS,
      sameSite: "lax",
      httpOnly: true,
    });
    revalidatePath("/", "layout");
    return { language };
  });
}

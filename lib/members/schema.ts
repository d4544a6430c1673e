import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { text } from "@/lib/validation/text";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { errorKey } from "@/lib/i18n/error-text";

export const resetPasswordSchema = z.object({
  userId: text().min(1, errorKey("members.noneChosen")),
  password: passwordSchema,
});

// A member is named by their user id; the action's query scopes it to the admin's organization.
const memberIdSchema = z
  .string({ error: errorKey("members.noneChosen") })
  .trim()
  .min(1, errorKey("members.noneChosen"))
  .max(64, errorKey("members.badId"))
  .regex(/^[A-Za-z0-9_-]+$/, errorKey("members.badId"));

export const memberSchema = z.object({ userId: memberIdSchema });

export const changeRoleSchema = z.object({
  userId: memberIdSchema,
  role: z.enum(ROLES, { error: errorKey("members.roleMissing") }),
});

/** A member's interface language: one of the shipped ones, or "" to follow their browser. */
export const interfaceLanguageSchema = z.object({
  language: z.union([z.literal(""), z.enum(INTERFACE_LOCALES)], {
    error: errorKey("members.languageOrBrowser"),
  }),
});

/** A visitor's choice on the sign-in pages (lib/members/actions.ts#setVisitorLanguageAction): one of the languages. */
export const visitorLanguageSchema = z.object({
  language: z.enum(INTERFACE_LOCALES, {
    error: errorKey("members.language"),
  }),
});

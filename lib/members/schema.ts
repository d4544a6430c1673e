import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { text } from "@/lib/validation/text";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";

export const resetPasswordSchema = z.object({
  userId: text().min(1, "No member was chosen."),
  password: passwordSchema,
});

// A member is named by their user id; the action's query scopes it to the admin's organization.
const memberIdSchema = z
  .string({ error: "No member was chosen." })
  .trim()
  .min(1, "No member was chosen.")
  .max(64, "That member id is not valid.")
  .regex(/^[A-Za-z0-9_-]+$/, "That member id is not valid.");

export const memberSchema = z.object({ userId: memberIdSchema });

export const changeRoleSchema = z.object({
  userId: memberIdSchema,
  role: z.enum(ROLES, { error: "Choose a role: admin, editor or reviewer." }),
});

/** A member's interface language: one of the shipped ones, or "" to follow their browser. */
export const interfaceLanguageSchema = z.object({
  language: z.union([z.literal(""), z.enum(INTERFACE_LOCALES)], {
    error: `Choose one of the interface languages (${INTERFACE_LOCALES.join(", ")}), or follow your browser.`,
  }),
});

/** A visitor's choice on the sign-in pages (lib/members/actions.ts#setVisitorLanguageAction): one of the languages. */
export const visitorLanguageSchema = z.object({
  language: z.enum(INTERFACE_LOCALES, {
    error: `Choose one of the interface languages (${INTERFACE_LOCALES.join(", ")}).`,
  }),
});

import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { text } from "@/lib/validation/text";

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

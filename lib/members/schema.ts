import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { text } from "@/lib/validation/text";

export const addMemberSchema = z.object({
  name: text().trim().min(1, "Enter the member's name.").max(120, "Names can be at most 120 characters."),
  email: text().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address, such as name@example.org.")),
  role: z.enum(ROLES, { error: "Choose a role: admin, editor or reviewer." }),
  password: passwordSchema,
});

export const resetPasswordSchema = z.object({
  userId: text().min(1, "No member was chosen."),
  password: passwordSchema,
});

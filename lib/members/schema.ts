import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";

export const addMemberSchema = z.object({
  name: z.string().trim().min(1, "Enter the member's name.").max(120, "Names can be at most 120 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address, such as name@example.org.")),
  role: z.enum(ROLES, { error: "Choose a role: admin, editor or reviewer." }),
  password: passwordSchema,
});

export const resetPasswordSchema = z.object({
  userId: z.string().min(1, "No member was chosen."),
  password: passwordSchema,
});

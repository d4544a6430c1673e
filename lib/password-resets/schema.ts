import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { emailSchema } from "@/lib/organizations/schema";

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordWithLinkSchema = z.object({
  token: z.string({ error: "This reset link is not valid." }).max(100, "This reset link is not valid."),
  password: passwordSchema,
});

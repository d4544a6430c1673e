import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import { emailSchema } from "@/lib/organizations/schema";

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordWithLinkSchema = z.object({
  token: text({ error: "This reset link is not valid." }).max(100, "This reset link is not valid."),
  password: passwordSchema,
});

import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import { emailSchema } from "@/lib/organizations/schema";
import { errorKey } from "@/lib/i18n/error-text";

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordWithLinkSchema = z.object({
  token: text({ error: errorKey("passwordResets.tokenNotValid") }).max(100, errorKey("passwordResets.tokenNotValid")),
  password: passwordSchema,
});

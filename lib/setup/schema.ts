import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import {
  emailSchema,
  organizationNameSchema,
  organizationSlugSchema,
  personNameSchema,
} from "@/lib/organizations/schema";
import { errorKey } from "@/lib/i18n/error-text";

export const completeSetupSchema = z.object({
  token: text({ error: errorKey("setup.tokenNotValid") }).max(100, errorKey("setup.tokenNotValid")),
  orgName: organizationNameSchema,
  slug: organizationSlugSchema,
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export type CompleteSetupInput = z.infer<typeof completeSetupSchema>;

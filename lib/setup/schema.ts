import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import {
  emailSchema,
  organizationNameSchema,
  organizationSlugSchema,
  personNameSchema,
} from "@/lib/organizations/schema";

export const completeSetupSchema = z.object({
  token: text({ error: "This setup link is not valid." }).max(100, "This setup link is not valid."),
  orgName: organizationNameSchema,
  slug: organizationSlugSchema,
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export type CompleteSetupInput = z.infer<typeof completeSetupSchema>;

import { z } from "zod";
import { passwordSchema } from "@/lib/auth/passwords";
import { emailSchema, organizationNameSchema, organizationSlugSchema, personNameSchema } from "@/lib/organizations/schema";

export const completeSetupSchema = z.object({
  token: z.string({ error: "This setup link is not valid." }).max(100, "This setup link is not valid."),
  orgName: organizationNameSchema,
  slug: organizationSlugSchema,
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export type CompleteSetupInput = z.infer<typeof completeSetupSchema>;

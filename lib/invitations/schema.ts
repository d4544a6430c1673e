import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { emailSchema, personNameSchema } from "@/lib/organizations/schema";
import { errorKey } from "@/lib/i18n/error-text";

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: errorKey("members.roleMissing") }),
});

export const invitationIdSchema = z.object({
  invitationId: text({ error: errorKey("invitations.noneChosen") })
    .min(1, errorKey("invitations.noneChosen"))
    .max(64, errorKey("invitations.noSuch")),
});

// The token is checked for shape in the mutation (a malformed one is just an invalid link, not a form error).
export const acceptInvitationSchema = z.object({
  token: text({ error: errorKey("invitations.linkNotValid") }).max(100, errorKey("invitations.linkNotValid")),
  name: personNameSchema,
  password: passwordSchema,
});

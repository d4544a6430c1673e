import { z } from "zod";
import { text } from "@/lib/validation/text";
import { passwordSchema } from "@/lib/auth/passwords";
import { ROLES } from "@/lib/auth/permissions";
import { emailSchema, personNameSchema } from "@/lib/organizations/schema";

export const inviteMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: "Choose a role: admin, editor or reviewer." }),
});

export const invitationIdSchema = z.object({
  invitationId: text({ error: "No invitation was chosen." })
    .min(1, "No invitation was chosen.")
    .max(64, "No such invitation."),
});

// The token is checked for shape in the mutation (a malformed one is just an invalid link, not a form error).
export const acceptInvitationSchema = z.object({
  token: text({ error: "This invitation link is not valid." }).max(100, "This invitation link is not valid."),
  name: personNameSchema,
  password: passwordSchema,
});

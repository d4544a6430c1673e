"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/viewer";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/errors";
import { acceptInvitationSchema, invitationIdSchema, inviteMemberSchema } from "./schema";
import { acceptInvitation, inviteMember, resendInvitation, revokeInvitation } from "./mutations";
import { deliverInvitation, type InvitationDelivery } from "./deliver";

export async function inviteMemberAction(
  _prev: ActionResult<InvitationDelivery> | null,
  formData: FormData,
): Promise<ActionResult<InvitationDelivery>> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    const issued = await inviteMember(viewer, inviteMemberSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return deliverInvitation(issued);
  });
}

export async function resendInvitationAction(
  _prev: ActionResult<InvitationDelivery> | null,
  formData: FormData,
): Promise<ActionResult<InvitationDelivery>> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    const issued = await resendInvitation(viewer, invitationIdSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return deliverInvitation(issued);
  });
}

export async function revokeInvitationAction(
  _prev: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const viewer = await requirePermission("member.manage");
    const result = await revokeInvitation(viewer, invitationIdSchema.parse(Object.fromEntries(formData)));
    revalidatePath("/settings/members");
    return result;
  });
}

// Open to anyone holding the link: the token is the permission.
export async function acceptInvitationAction(
  _prev: ActionResult<{ email: string; orgName: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string; orgName: string }>> {
  return runAction(async () => acceptInvitation(acceptInvitationSchema.parse(Object.fromEntries(formData))));
}

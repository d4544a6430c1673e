import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { findMembersOfOrg } from "@/lib/members/data";
import { findPendingInvitations } from "@/lib/invitations/data";
import { InvitationsSection } from "@/components/invitations/invitations-section";
import { ResetPasswordDialog } from "@/components/members/reset-password-dialog";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const viewer = await requirePageViewer("/settings/members");
  if (!can(viewer.role, "member.manage")) return <Forbidden what="the members page" />;
  const [members, invitations] = await Promise.all([findMembersOfOrg(viewer.orgId), findPendingInvitations(viewer.orgId)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="text-sm text-muted">{members.length} people in {viewer.orgName}</p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {viewer.orgName}</caption>
          <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
            <tr><th scope="col" className="px-4 py-3">Name</th><th scope="col" className="px-4 py-3">E-mail</th><th scope="col" className="px-4 py-3">Role</th><th scope="col" className="px-4 py-3"><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody className="divide-y divide-line">
            {members.map((m) => (
              <tr key={m.userId}>
                <td className="px-4 py-3 font-medium">{m.name}{m.userId === viewer.userId && <span className="ml-2 text-xs text-muted">(you)</span>}</td>
                <td className="px-4 py-3 text-muted">{m.email}</td>
                <td className="px-4 py-3">{ROLE_LABELS[m.role]}</td>
                <td className="px-4 py-3 text-right"><ResetPasswordDialog userId={m.userId} name={m.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InvitationsSection invitations={invitations} />
    </div>
  );
}

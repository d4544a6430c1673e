import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { findMembersOfOrg } from "@/lib/members/data";
import { findPendingInvitations } from "@/lib/invitations/data";
import { InvitationsSection } from "@/components/invitations/invitations-section";
import { ResetPasswordDialog } from "@/components/members/reset-password-dialog";
import { MemberRoleForm } from "@/components/members/member-role-form";
import { MemberAccessDialog } from "@/components/members/member-access-dialog";
import { Forbidden } from "@/components/ui/forbidden";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const viewer = await requirePageViewer("/settings/members");
  if (!can(viewer.role, "member.manage")) return <Forbidden what="the members page" />;
  const [members, invitations] = await Promise.all([
    findMembersOfOrg(viewer.orgId),
    findPendingInvitations(viewer.orgId),
  ]);
  const deactivated = members.filter((m) => m.deactivatedAt).length;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
        <p className="text-sm text-muted">
          {members.length} people in {viewer.orgName}
          {deactivated > 0 && `, ${deactivated} of them deactivated`}. Changing a role, resetting a password,
          deactivating or removing a member signs them out everywhere.
        </p>
      </div>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {viewer.orgName}</caption>
          <thead className="border-b border-line bg-slate-50 text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">
                Name
              </th>
              <th scope="col" className="px-4 py-3">
                E-mail
              </th>
              <th scope="col" className="px-4 py-3">
                Role
              </th>
              <th scope="col" className="px-4 py-3">
                Status
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {members.map((m) => (
              <tr key={m.userId}>
                <td className="px-4 py-3 font-medium">
                  {m.name}
                  {m.userId === viewer.userId && <span className="ml-2 text-xs text-muted">(you)</span>}
                </td>
                <td className="px-4 py-3 text-muted">{m.email}</td>
                <td className="px-4 py-3">
                  {m.userId === viewer.userId ? (
                    ROLE_LABELS[m.role]
                  ) : (
                    <MemberRoleForm userId={m.userId} name={m.name} role={m.role} />
                  )}
                </td>
                <td className="px-4 py-3">
                  {m.deactivatedAt ? (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-ink">
                      Deactivated
                    </span>
                  ) : (
                    <span className="text-muted">Active</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <div className="flex flex-wrap justify-end gap-2">
                    <ResetPasswordDialog userId={m.userId} name={m.name} />
                    {m.userId !== viewer.userId && (
                      <>
                        <MemberAccessDialog
                          userId={m.userId}
                          name={m.name}
                          change={m.deactivatedAt ? "reactivate" : "deactivate"}
                        />
                        <MemberAccessDialog userId={m.userId} name={m.name} change="remove" />
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InvitationsSection invitations={invitations} />
    </div>
  );
}

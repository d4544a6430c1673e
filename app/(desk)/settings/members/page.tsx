import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { findMembersOfOrg } from "@/lib/members/data";
import { findPendingInvitations } from "@/lib/invitations/data";
import { InvitationsSection } from "@/components/invitations/invitations-section";
import { ResetPasswordDialog } from "@/components/members/reset-password-dialog";
import { MemberRoleForm } from "@/components/members/member-role-form";
import { MemberAccessDialog } from "@/components/members/member-access-dialog";
import { Forbidden } from "@/components/ui/forbidden";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.members"))("title") };
}

export default async function MembersPage() {
  const viewer = await requirePageViewer("/settings/members");
  const t = await getTranslations("settings.members");
  const roles = await getTranslations("vocabulary.role");
  if (!can(viewer.role, "member.manage")) return <Forbidden what={t("forbidden")} />;
  const [members, invitations] = await Promise.all([
    findMembersOfOrg(viewer.orgId),
    findPendingInvitations(viewer.orgId),
  ]);
  const deactivated = members.filter((m) => m.deactivatedAt).length;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted">{t("intro", { count: members.length, org: viewer.orgName, deactivated })}</p>
      </div>
      <DataTable
        caption={t("caption", { org: viewer.orgName })}
        columns={[t("name"), t("email"), t("role"), t("status"), { hidden: t("actions") }]}
      >
        {members.map((m) => (
          <tr key={m.userId}>
            <td className="px-4 py-3 font-medium">
              {m.name}
              {m.userId === viewer.userId && <span className="ms-2 text-xs text-muted">{t("you")}</span>}
            </td>
            <td className="px-4 py-3 text-muted">{m.email}</td>
            <td className="px-4 py-3">
              {m.userId === viewer.userId ? (
                roles(m.role)
              ) : (
                <MemberRoleForm userId={m.userId} name={m.name} role={m.role} />
              )}
            </td>
            <td className="px-4 py-3">
              {m.deactivatedAt ? (
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-ink">
                  {t("deactivated")}
                </span>
              ) : (
                <span className="text-muted">{t("active")}</span>
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
      </DataTable>
      <InvitationsSection invitations={invitations} />
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { PendingInvitation } from "@/lib/invitations/data";
import { InviteMemberForm } from "./invite-member-form";
import { PendingInvitations } from "./pending-invitations";

// The members page's invitation part: invite by e-mail, and the invitations not yet accepted.
export async function InvitationsSection({ invitations }: { invitations: PendingInvitation[] }) {
  const t = await getTranslations("invitations.section");
  const locale = await getLocale();
  const rows = invitations.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role,
    isExpired: i.isExpired,
    invitedByName: i.invitedByName,
    expiresLabel: formatDate(i.expiresAt, "dateTime", { locale }),
  }));
  return (
    <>
      <section aria-labelledby="invite-member" className="rounded-xl border border-line bg-white p-6">
        <h2 id="invite-member" className="mb-4 text-lg font-semibold">
          {t("invite")}
        </h2>
        <InviteMemberForm />
      </section>
      <section aria-labelledby="pending-invitations" className="space-y-3">
        <h2 id="pending-invitations" className="text-lg font-semibold">
          {t("pending")}
        </h2>
        <PendingInvitations invitations={rows} />
      </section>
    </>
  );
}
